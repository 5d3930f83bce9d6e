// An expired certificate fails wherever it is used; the error clients report depends on the role.
import { CERT_DOCS, type CertificateRule } from '../rule';
import type { CertificateRole } from '../roles';
import { validityOf } from '../validity';

// Client-side symptoms: DOMAIN.md §3.2 (858, 854, 13801) and §3.1 (-2146762495 = CERT_E_EXPIRED for SSTP).
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
  docUrl: CERT_DOCS.troubleshoot,
  passed: 'Not expired',
  check({ cert, role, now, expiryWarningDays }) {
    const validity = validityOf(cert, now, expiryWarningDays);
    if (validity.state !== 'expired') return undefined;
    return { message: `The certificate ${validity.text}. ${role ? SYMPTOM[role] : 'Windows rejects expired certificates.'} Renew it.` };
  },
};
