// Microsoft's AOVPN tutorial lists every name clients use as a SAN DNS entry of the VPN server certificate.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';

export const vpnServerMissingSanDnsRule: CertificateRule = {
  id: 'cert/vpn-server-missing-san-dns',
  defaultSeverity: 'information',
  title: 'The VPN server certificate has no DNS name in its Subject Alternative Name',
  docUrl: SOURCES.aovpnCertificates.url,
  fixKinds: [],
  roles: ['vpn-server', 'sstp-server'],
  passed: 'Subject Alternative Name lists DNS names',
  docs: {
    rationale:
      "Microsoft's certificate tutorial enrols the VPN server certificate with every name clients use to reach the server as a DNS entry of the Subject Alternative Name, as well as in the subject. " +
      'A certificate without them still works where clients compare the subject, so this is information.',
  },
  check({ cert, report }) {
    if (cert.subjectAltNames.some((alt) => alt.kind === 'dns')) return;
    report({
      message: "The Subject Alternative Name has no DNS entry. Microsoft's deployment guide lists every name clients use to reach the VPN server there (DNS type), as well as in the subject.",
    });
  },
};
