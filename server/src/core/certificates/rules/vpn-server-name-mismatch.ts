// The name clients dial (ProfileXML NativeProfile/Servers) must be a name of the VPN server certificate, otherwise
// IKEv2 fails with 13801 (Microsoft "Troubleshoot Always On VPN", solution 4). DNS names compare case-insensitively.
import { CERT_DOCS, type CertificateRule } from '../rule';
import { bestMatch, certificateHostNames } from '../names';

export const vpnServerNameMismatchRule: CertificateRule = {
  id: 'cert/vpn-server-name-mismatch',
  defaultSeverity: 'warning',
  title: 'The VPN server certificate does not name any server of the workspace\'s VPN profiles',
  docUrl: CERT_DOCS.troubleshoot,
  roles: ['vpn-server', 'sstp-server'],
  passed: 'Names a server of the workspace\'s VPN profiles',
  applies: ({ context }) => (context.profileServers?.length ?? 0) > 0,
  check({ cert, context }) {
    const servers = context.profileServers ?? [];
    const names = certificateHostNames(cert);
    if (servers.some((server) => bestMatch(names, server) !== 'none')) return undefined;
    return {
      message: `None of the certificate's names (${names.join(', ') || 'none'}) matches the servers in the workspace's VPN profile (${servers.join(', ')}). Clients dialing those names reject this certificate (IKEv2 error 13801).`,
    };
  },
};
