// The name clients dial (ProfileXML NativeProfile/Servers) must be a name of the VPN server certificate, otherwise
// IKEv2 fails with 13801 (Microsoft "Troubleshoot Always On VPN", solution 4). DNS names compare case-insensitively.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { bestMatch, certificateHostNames } from '../names';

export const vpnServerNameMismatchRule: CertificateRule = {
  id: 'cert/vpn-server-name-mismatch',
  defaultSeverity: 'warning',
  title: "The VPN server certificate does not name any server of the workspace's VPN profiles",
  docUrl: SOURCES.troubleshootAovpn.url,
  fixKinds: [],
  roles: ['vpn-server', 'sstp-server'],
  passed: "Names a server of the workspace's VPN profiles",
  applies: ({ workspace }) => (workspace.profileServers?.length ?? 0) > 0,
  docs: {
    rationale:
      "Clients compare the name they dial, the profile's `Servers`, with the VPN server certificate; Microsoft's troubleshooting guide lists a mismatch among the causes of IKEv2 error 13801. " +
      "The rule compares the certificate with the servers of the workspace's profiles (DNS names without regard to case, a wildcard covering one label).",
  },
  check({ cert, workspace, report }) {
    const servers = workspace.profileServers ?? [];
    const names = certificateHostNames(cert);
    if (servers.some((server) => bestMatch(names, server) !== 'none')) return;
    report({
      message: `None of the certificate's names (${names.join(', ') || 'none'}) matches the servers in the workspace's VPN profile (${servers.join(', ')}). Clients dialing those names reject this certificate (IKEv2 error 13801).`,
    });
  },
};
