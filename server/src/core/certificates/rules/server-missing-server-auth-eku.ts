// VPN servers (IKEv2 and SSTP) and NPS present their certificate as TLS/IKE servers: Server Authentication
// (1.3.6.1.5.5.7.3.1) is required. IKEv2 without it fails with 13801 / 0x80070040 (Microsoft "Troubleshoot Always
// On VPN"); EAP clients accept an NPS certificate only with Server Authentication (Microsoft KB 814394, "Certificate
// requirements when you use EAP-TLS or PEAP with EAP-TLS").
import { SOURCES } from '../../sources';
import { EKU } from '../oids';
import type { CertificateRule } from '../rule';
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
  docUrl: SOURCES.troubleshootAovpn.url,
  fixKinds: [],
  roles: SERVER_ROLES,
  passed: 'Server Authentication EKU present',
  docs: {
    rationale:
      'A VPN server (IKEv2 or SSTP) and an NPS server prove their identity with a certificate that must carry Server Authentication (1.3.6.1.5.5.7.3.1). ' +
      'Microsoft documents the IKEv2 failure (13801, 0x80070040) and that EAP clients accept an NPS certificate only with this purpose. ' +
      'Certificates without any EKU, or with Any Purpose / All Purpose, are explained by `cert/generic-purpose-eku` instead.',
  },
  check({ cert, role, report }) {
    // Without EKUs, or with only Any/All Purpose, cert/generic-purpose-eku explains the situation instead.
    if (!cert.extendedKeyUsages || hasEku(cert, EKU.serverAuth) || hasEku(cert, EKU.anyPurpose) || hasEku(cert, EKU.allPurpose)) return;
    report({
      message:
        `As ${roleNoun(role)}, it needs the Server Authentication EKU (1.3.6.1.5.5.7.3.1), but its EKUs are: ${ekuSummary(cert)}. ${(role && SYMPTOM[role]) ?? ''} Reissue it from a template based on "RAS and IAS Server".`.replace(
          '  ',
          ' ',
        ),
    });
  },
};
