// User certificates (EAP-TLS / PEAP-TLS) and device-tunnel machine certificates need Client Authentication
// (1.3.6.1.5.5.7.3.2): Microsoft "Certificate requirements when you use EAP-TLS or PEAP with EAP-TLS" (KB 814394);
// the device tunnel guide asks for a machine certificate with Client Authentication. NPS reason codes 267, 283, 293
// and 296 name the missing purpose (Microsoft NPS reason codes).
import { SOURCES } from '../../sources';
import { EKU } from '../oids';
import type { CertificateRule } from '../rule';
import { hasEku } from '../roles';
import { ekuSummary, roleNoun } from './shared';

export const clientMissingClientAuthEkuRule: CertificateRule = {
  id: 'cert/client-missing-client-auth-eku',
  defaultSeverity: 'error',
  title: 'A user or device certificate lacks the Client Authentication EKU',
  docUrl: SOURCES.eapTlsCertificateRequirements.url,
  fixKinds: [],
  roles: ['user', 'device'],
  passed: 'Client Authentication EKU present',
  docs: {
    rationale:
      'A certificate that authenticates a client must carry the Client Authentication purpose (1.3.6.1.5.5.7.3.2) in its Enhanced Key Usage: ' +
      'Windows does not offer other certificates for EAP-TLS, NPS rejects them, and IKEv2 does not use them for the device tunnel. ' +
      'Certificates without any EKU, or with Any Purpose / All Purpose, are explained by `cert/generic-purpose-eku` instead.',
  },
  check({ cert, role, report }) {
    // Without EKUs, or with only Any/All Purpose, cert/generic-purpose-eku explains the situation instead.
    if (!cert.extendedKeyUsages || hasEku(cert, EKU.clientAuth) || hasEku(cert, EKU.anyPurpose) || hasEku(cert, EKU.allPurpose)) return;
    const symptom =
      role === 'user' ? 'Windows does not offer it for EAP-TLS, and NPS rejects it (reason 267 or 283).' : 'IKEv2 does not use it to authenticate the device tunnel (errors 13806 or 13801).';
    report({ message: `As ${roleNoun(role)}, it needs the Client Authentication EKU (1.3.6.1.5.5.7.3.2), but its EKUs are: ${ekuSummary(cert)}. ${symptom}` });
  },
};
