// A certificate that is neither a CA nor carries any EKU Always On VPN uses cannot serve any role.
import { CERT_DOCS, type CertificateRule } from '../rule';
import { ekuSummary } from './shared';

export const noAovpnRoleRule: CertificateRule = {
  id: 'cert/no-aovpn-role',
  defaultSeverity: 'information',
  title: 'The certificate fits no Always On VPN role',
  docUrl: CERT_DOCS.tutorial,
  check({ cert, roles }) {
    if (roles.length) return undefined;
    return {
      message: `This certificate is not a CA and its EKUs (${ekuSummary(cert)}) include neither Server Authentication nor Client Authentication, so it cannot serve as a VPN server, NPS, user or device certificate.`,
    };
  },
};
