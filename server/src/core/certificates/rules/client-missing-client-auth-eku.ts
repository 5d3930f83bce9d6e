// User certificates (EAP-TLS / PEAP-TLS) and device-tunnel machine certificates need Client Authentication
// (1.3.6.1.5.5.7.3.2): DOMAIN.md §5.1/§5.2. NPS rejects user certificates without it (reasons 267, 283, 293, 296).
import { EKU } from '../oids';
import { CERT_DOCS, type CertificateRule } from '../rule';
import { hasEku } from '../roles';
import { ekuSummary, roleNoun } from './shared';

export const clientMissingClientAuthEkuRule: CertificateRule = {
  id: 'cert/client-missing-client-auth-eku',
  defaultSeverity: 'error',
  title: 'A user or device certificate lacks the Client Authentication EKU',
  docUrl: CERT_DOCS.tutorial,
  roles: ['user', 'device'],
  passed: 'Client Authentication EKU present',
  check({ cert, role }) {
    // Without EKUs, or with only Any/All Purpose, cert/generic-purpose-eku explains the situation instead.
    if (!cert.extendedKeyUsages || hasEku(cert, EKU.clientAuth) || hasEku(cert, EKU.anyPurpose) || hasEku(cert, EKU.allPurpose)) return undefined;
    const symptom =
      role === 'user'
        ? 'Windows does not offer it for EAP-TLS, and NPS rejects it (reason 267 or 283).'
        : 'IKEv2 does not use it to authenticate the device tunnel (errors 13806 or 13801).';
    return { message: `As ${roleNoun(role)}, it needs the Client Authentication EKU (1.3.6.1.5.5.7.3.2), but its EKUs are: ${ekuSummary(cert)}. ${symptom}` };
  },
};
