// An expired certificate fails wherever it is used; the error clients report depends on the role. Client-side
// symptoms: RRAS error codes 854 (client certificate expired) and 858 (server certificate expired)
// (https://learn.microsoft.com/windows/win32/rras/routing-and-remote-access-error-codes); IKEv2's 13801 (Microsoft
// "Troubleshoot Always On VPN"); CERT_E_EXPIRED (0x800B0101 = -2146762495) for SSTP's TLS certificate.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import type { CertificateRole } from '../roles';
import { validityOf } from '../validity';

const SYMPTOM: Readonly<Record<CertificateRole, string>> = {
  'vpn-server': 'IKEv2 clients reject the VPN server (error 13801).',
  'sstp-server': 'SSTP clients reject the server (RasClient error -2146762495, CERT_E_EXPIRED).',
  'nps-server': 'Clients reject the NPS server during EAP (error 858).',
  user: 'NPS rejects the user (client error 854, NPS reason 268 or 278).',
  device: 'The device tunnel cannot authenticate with it.',
  'root-ca': 'Every certificate below it stops validating.',
  'issuing-ca': 'Every certificate it issued stops validating.',
};

export const expiredRule: CertificateRule = {
  id: 'cert/expired',
  defaultSeverity: 'error',
  title: 'The certificate has expired',
  docUrl: SOURCES.troubleshootAovpn.url,
  fixKinds: [],
  passed: 'Not expired',
  docs: {
    rationale:
      'Windows does not accept a certificate after its validity period ends, whatever role it plays: clients reject an expired VPN or NPS server certificate, ' +
      'NPS rejects an expired user certificate, and an expired CA certificate stops every certificate below it from validating. ' +
      "The message names the error clients then report for the certificate's most likely role.",
  },
  check({ cert, role, now, expiryWarningDays, report }) {
    const validity = validityOf(cert, now, expiryWarningDays);
    if (validity.state !== 'expired') return;
    report({ message: `The certificate ${validity.text}. ${role ? SYMPTOM[role] : 'Windows rejects expired certificates.'} Renew it.` });
  },
};
