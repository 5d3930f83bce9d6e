// A VPN route whose network contains the VPN server's own address (checked when Servers holds IP addresses; VPNv2
// CSP Servers: "Public or routable IP address or DNS name"). Microsoft documents that with the VPN's default route
// the VPN server's address stays reachable outside the tunnel (Configure routing on a VPN client); for narrower
// routes it documents nothing, so this is information, not a warning.
import { codeSpan } from '../../text/markdown';
import { SOURCES } from '../../sources';
import { compareIp, maxPrefixLength, networkAddress, parseIp, type IpAddress } from '../../values/ip';
import type { ProfileRule } from '../rule';
import { routes, serverEntries } from '../helpers';

export const routeCoversVpnServer: ProfileRule = {
  id: 'profile/route-covers-vpn-server',
  defaultSeverity: 'information',
  title: "A VPN route contains the VPN server's own address",
  docUrl: SOURCES.vpnClientRouting.url,
  // Narrowing a route or adding an exclusion changes routing: the administrator decides.
  fixKinds: [],
  docs: {
    rationale:
      "The tunnel's own packets must reach the VPN server over the physical network. Microsoft documents that when the built-in client adds a default route for the VPN, the VPN server's address stays reachable outside the tunnel; it does not document what happens when a narrower `<Route>` contains the server's address. " +
      "Such a route at least sends the rest of the server's network through the tunnel. The finding is information: if the connection drops right after it is established, narrow the route or add an exclusion route for the server.",
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>203.0.113.10</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route><Address>203.0.113.0</Address><PrefixSize>24</PrefixSize></Route>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>203.0.113.10</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const servers = serverEntries(profile)
      .map((entry) => ({ ...entry, ip: parseIp(entry.server) }))
      .filter((entry): entry is typeof entry & { ip: IpAddress } => entry.ip !== undefined);
    if (servers.length === 0) return;
    for (const route of routes(profile)) {
      if (route.exclusion || !route.address || route.prefix === undefined || !route.addressElement) continue;
      if (route.prefix > maxPrefixLength(route.address.family)) continue;
      for (const server of servers) {
        if (!sameNetwork(server.ip, route.address, route.prefix)) continue;
        report({
          range: route.addressElement.text.range,
          message: `This route sends ${codeSpan(`${route.addressElement.text.trimmed}/${route.prefix}`)} through the VPN, and that network contains the VPN server ${codeSpan(server.server)}. The tunnel's own traffic must reach the server over the physical network; Microsoft documents that for the VPN's default route, not for a route like this one. If the connection drops right after it connects, narrow the route or add an exclusion route for the server.`,
          related: [{ range: server.range, message: 'VPN server' }],
        });
      }
    }
  },
};

function sameNetwork(a: IpAddress, b: IpAddress, prefix: number): boolean {
  return a.family === b.family && compareIp(networkAddress(a, prefix), networkAddress(b, prefix)) === 0;
}
