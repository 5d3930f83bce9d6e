// Traffic to the VPN server itself must leave through the physical interface; a VPN route that contains the
// server's address would send the tunnel's own packets into the tunnel. Checked when Servers holds IP addresses
// (VPNv2 CSP Servers: "Public or routable IP address or DNS name").
import type { ProfileRule } from '../rule';
import { compareIp, maxPrefixLength, networkAddress, parseIp, type IpAddress } from '../../values/ip';
import { routes, serverEntries } from '../helpers';

export const routeCoversVpnServer: ProfileRule = {
  id: 'profile/route-covers-vpn-server',
  defaultSeverity: 'warning',
  title: 'A VPN route contains the VPN server\'s own address',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-routing',
  check({ profile, report }) {
    const servers = serverEntries(profile)
      .map((entry) => ({ ...entry, ip: parseIp(entry.server) }))
      .filter((entry) => entry.ip);
    if (servers.length === 0) return;
    for (const route of routes(profile)) {
      if (route.exclusion || !route.address || route.prefix === undefined || !route.addressElement) continue;
      if (route.prefix > maxPrefixLength(route.address.family)) continue;
      for (const server of servers) {
        if (!sameNetwork(server.ip!, route.address, route.prefix)) continue;
        report({
          range: route.addressElement.text.range,
          message: `This route sends \`${route.addressElement.text.trimmed}/${route.prefix}\` through the VPN, and that network contains the VPN server \`${server.server}\`. Traffic to the server must use the physical network; sending it into the tunnel can break the connection. Narrow the route, or add an exclusion route for the server.`,
          related: [{ range: server.range, message: 'VPN server' }],
        });
      }
    }
  },
};

function sameNetwork(a: IpAddress, b: IpAddress, prefix: number): boolean {
  return a.family === b.family && compareIp(networkAddress(a, prefix), networkAddress(b, prefix)) === 0;
}
