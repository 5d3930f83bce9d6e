// Microsoft's AOVPN tutorial lists every name clients use as a SAN DNS entry of the VPN server certificate.
import { CERT_DOCS, type CertificateRule } from '../rule';

export const vpnServerMissingSanDnsRule: CertificateRule = {
  id: 'cert/vpn-server-missing-san-dns',
  defaultSeverity: 'information',
  title: 'The VPN server certificate has no DNS name in its Subject Alternative Name',
  docUrl: CERT_DOCS.tutorial,
  roles: ['vpn-server', 'sstp-server'],
  passed: 'Subject Alternative Name lists DNS names',
  check({ cert }) {
    if (cert.subjectAltNames.some((alt) => alt.kind === 'dns')) return undefined;
    return { message: 'The Subject Alternative Name has no DNS entry. Microsoft\'s deployment guide lists every name clients use to reach the VPN server there (DNS type), as well as in the subject.' };
  },
};
