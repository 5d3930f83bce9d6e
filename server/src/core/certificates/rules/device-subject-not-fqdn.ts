// Device tunnel certificates name the computer by its FQDN (practitioner guidance, DOMAIN.md §5.2).
import { CERT_DOCS, type CertificateRule } from '../rule';
import { certificateHostNames, isFqdn } from '../names';

export const deviceSubjectNotFqdnRule: CertificateRule = {
  id: 'cert/device-subject-not-fqdn',
  defaultSeverity: 'information',
  title: 'The device certificate does not name the computer by a fully qualified DNS name',
  docUrl: CERT_DOCS.deviceTunnel,
  roles: ['device'],
  passed: 'Names the computer by a fully qualified DNS name',
  check({ cert }) {
    if (certificateHostNames(cert).some(isFqdn)) return undefined;
    return { message: `Neither the subject (${cert.subject.text || 'empty'}) nor the Subject Alternative Name carries the computer's fully qualified DNS name; practitioner guidance names device tunnel certificates by the computer's FQDN.` };
  },
};
