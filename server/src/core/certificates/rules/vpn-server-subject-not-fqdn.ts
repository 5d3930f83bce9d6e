// The VPN server certificate's subject must be the public FQDN clients dial (the profile's Servers), not the server's
// internal host name (Microsoft AOVPN tutorial: Subject = "vpn.contoso.com"; troubleshooting: 13801 when the name
// clients use does not match the certificate's subject).
import { CERT_DOCS, type CertificateRule } from '../rule';
import { commonNames, isFqdn } from '../names';

export const vpnServerSubjectNotFqdnRule: CertificateRule = {
  id: 'cert/vpn-server-subject-not-fqdn',
  defaultSeverity: 'warning',
  title: 'The VPN server certificate\'s subject is not a fully qualified DNS name',
  docUrl: CERT_DOCS.tutorial,
  roles: ['vpn-server', 'sstp-server'],
  passed: 'Subject is a fully qualified DNS name',
  check({ cert }) {
    const names = commonNames(cert);
    if (names.some(isFqdn)) return undefined;
    const sanFqdns = cert.subjectAltNames.filter((alt) => alt.kind === 'dns' && isFqdn(alt.value)).map((alt) => alt.value);
    const subject = names.length ? `The subject's common name is "${names.join('", "')}", which is not a fully qualified DNS name` : 'The subject has no common name';
    const hint = sanFqdns.length ? ` (the SAN does list ${sanFqdns.join(', ')})` : '';
    return {
      message: `${subject}${hint}. Clients compare the name they dial with the certificate, so the subject should be the public FQDN in the profile's Servers (for example vpn.contoso.com), not the server's host name.`,
    };
  },
};
