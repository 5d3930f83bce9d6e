// VPN servers (IKEv2 and SSTP) and NPS present their certificate as TLS/IKE servers: Server Authentication
// (1.3.6.1.5.5.7.3.1) is required. IKEv2 without it fails with 13801 / 0x80070040 (Microsoft "Troubleshoot Always
// On VPN"); NPS without it is not offered to clients (DOMAIN.md §5.2, error 864).
import { EKU } from '../oids';
import { CERT_DOCS, type CertificateRule } from '../rule';
import { SERVER_ROLES, hasEku, type CertificateRole } from '../roles';
import { ekuSummary, roleNoun } from './shared';

const SYMPTOM: Partial<Record<CertificateRole, string>> = {
  'vpn-server': 'IKEv2 clients fail with error 13801 (0x80070040: the server certificate lacks Server Authentication).',
  'sstp-server': 'SSTP clients refuse the TLS server certificate.',
  'nps-server': 'Clients cannot validate the NPS server during PEAP/EAP-TLS (typically error 864).',
};

export const serverMissingServerAuthEkuRule: CertificateRule = {
  id: 'cert/server-missing-server-auth-eku',
  defaultSeverity: 'error',
  title: 'A VPN or NPS server certificate lacks the Server Authentication EKU',
  docUrl: CERT_DOCS.troubleshoot,
  roles: SERVER_ROLES,
  passed: 'Server Authentication EKU present',
  check({ cert, role }) {
    // Without EKUs, or with only Any/All Purpose, cert/generic-purpose-eku explains the situation instead.
    if (!cert.extendedKeyUsages || hasEku(cert, EKU.serverAuth) || hasEku(cert, EKU.anyPurpose) || hasEku(cert, EKU.allPurpose)) return undefined;
    return {
      message: `As ${roleNoun(role)}, it needs the Server Authentication EKU (1.3.6.1.5.5.7.3.1), but its EKUs are: ${ekuSummary(cert)}. ${(role && SYMPTOM[role]) ?? ''} Reissue it from a template based on "RAS and IAS Server".`.replace('  ', ' '),
    };
  },
};
