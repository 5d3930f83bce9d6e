// A certificate that is neither a CA nor carries any EKU Always On VPN uses cannot serve any role.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { ekuSummary } from './shared';

export const noAovpnRoleRule: CertificateRule = {
  id: 'cert/no-aovpn-role',
  defaultSeverity: 'information',
  title: 'The certificate fits no Always On VPN role',
  docUrl: SOURCES.aovpnCertificates.url,
  fixKinds: [],
  docs: {
    rationale:
      'Always On VPN uses CA certificates and end-entity certificates with Server Authentication (VPN and NPS servers) or Client Authentication (users and devices). ' +
      'A certificate with neither, that is not a CA, plays no part in it; the note says so when no role was asked for.',
  },
  check({ cert, roles, report }) {
    if (roles.length) return;
    report({
      message: `This certificate is not a CA and its EKUs (${ekuSummary(cert)}) include neither Server Authentication nor Client Authentication, so it cannot serve as a VPN server, NPS, user or device certificate.`,
    });
  },
};
