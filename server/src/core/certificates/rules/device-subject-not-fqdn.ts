// Device tunnel certificates name the computer by its FQDN: practitioner guidance (Richard Hicks, "Always On VPN
// Error 13806", SOURCES.hicksError13806); Microsoft's device tunnel guide does not say it.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { certificateHostNames, isFqdn } from '../names';

export const deviceSubjectNotFqdnRule: CertificateRule = {
  id: 'cert/device-subject-not-fqdn',
  defaultSeverity: 'information',
  title: 'The device certificate does not name the computer by a fully qualified DNS name',
  docUrl: SOURCES.hicksError13806.url,
  fixKinds: [],
  roles: ['device'],
  passed: 'Names the computer by a fully qualified DNS name',
  docs: {
    rationale:
      "Microsoft's device tunnel guide asks for a machine certificate with Client Authentication but says nothing of its name. " +
      "Practitioners troubleshooting error 13806 (no valid machine certificate) say the subject should be the device's fully qualified DNS name; this rule passes that advice on as information.",
  },
  check({ cert, report }) {
    if (certificateHostNames(cert).some(isFqdn)) return;
    report({
      message: `Neither the subject (${cert.subject.text || 'empty'}) nor the Subject Alternative Name carries the computer's fully qualified DNS name; practitioner guidance names device tunnel certificates by the computer's FQDN.`,
    });
  },
};
