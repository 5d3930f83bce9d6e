// The VPN server certificate's subject must be the public FQDN clients dial (the profile's Servers), not the server's
// internal host name (Microsoft AOVPN tutorial: Subject = "vpn.contoso.com"; troubleshooting: 13801 when the name
// clients use does not match the certificate's subject).
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { commonNames, isFqdn } from '../names';

export const vpnServerSubjectNotFqdnRule: CertificateRule = {
  id: 'cert/vpn-server-subject-not-fqdn',
  defaultSeverity: 'warning',
  title: "The VPN server certificate's subject is not a fully qualified DNS name",
  docUrl: SOURCES.aovpnCertificates.url,
  fixKinds: [],
  roles: ['vpn-server', 'sstp-server'],
  passed: 'Subject is a fully qualified DNS name',
  docs: {
    rationale:
      "Microsoft's certificate tutorial gives the VPN server certificate the public name clients dial as its subject (for example vpn.contoso.com), not the server's host name, " +
      'and its troubleshooting guide lists a subject that does not match that name among the causes of 13801.',
  },
  check({ cert, report }) {
    const names = commonNames(cert);
    if (names.some(isFqdn)) return;
    const sanFqdns = cert.subjectAltNames.filter((alt) => alt.kind === 'dns' && isFqdn(alt.value)).map((alt) => alt.value);
    const subject = names.length ? `The subject's common name is "${names.join('", "')}", which is not a fully qualified DNS name` : 'The subject has no common name';
    const hint = sanFqdns.length ? ` (the SAN does list ${sanFqdns.join(', ')})` : '';
    report({
      message: `${subject}${hint}. Clients compare the name they dial with the certificate, so the subject should be the public FQDN in the profile's Servers (for example vpn.contoso.com), not the server's host name.`,
    });
  },
};
