// A route names a network: the bits after the prefix length should be zero (VPNv2 CSP RouteList Address "Subnet
// address … the IP address part of the destination prefix").
import type { ProfileRule } from '../rule';
import { formatIp, hasHostBits, maxPrefixLength, networkAddress } from '../../values/ip';
import { replaceValue, routes } from '../helpers';

export const routeHostBits: ProfileRule = {
  id: 'profile/route-host-bits',
  defaultSeverity: 'warning',
  title: 'Route address with host bits set under its prefix',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenameroutelistrouterowidaddress',
  check({ profile, report }) {
    for (const route of routes(profile)) {
      if (!route.address || route.prefix === undefined || !route.addressElement) continue;
      if (route.prefix > maxPrefixLength(route.address.family) || !hasHostBits(route.address, route.prefix)) continue;
      const network = formatIp(networkAddress(route.address, route.prefix));
      report({
        range: route.addressElement.text.range,
        message: `\`${route.addressElement.text.trimmed}/${route.prefix}\` has bits set after the first ${route.prefix}; the network it describes is \`${network}/${route.prefix}\`. Write the network address, or correct the prefix length if you meant a smaller network.`,
        fixes: [{ title: `Change to \`${network}\``, edits: [replaceValue(route.addressElement, network)], kind: 'safe' }],
      });
    }
  },
};
