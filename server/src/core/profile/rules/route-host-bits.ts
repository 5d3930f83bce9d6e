// A route names a network: the VPNv2 CSP describes RouteList Address as the "Subnet address … the IP address part of
// the destination prefix", so the bits after the prefix length should be zero.
// Fix kind (issue 9): a route with host bits is ambiguous by itself — the address or the prefix length may be the
// typo (`10.1.2.3/16` may mean `10.1.0.0/16` or the host `10.1.2.3/32`), and how Windows treats host bits in a VPN
// route is not documented. The intended network is certain only when the profile names it elsewhere, exactly: a
// traffic filter address range `10.1.0.0/16`. Then writing the network address is safe; otherwise each repair is a
// suggestion.
import { codeSpan } from '../../text/markdown';
import type { Fix } from '../../types';
import { compareIp, formatIp, hasHostBits, maxPrefixLength, networkAddress, parseIp, type IpAddress } from '../../values/ip';
import type { ProfileModel } from '../model';
import type { ProfileRule } from '../rule';
import { cspSection, routes } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const routeHostBits: ProfileRule = {
  id: 'profile/route-host-bits',
  defaultSeverity: 'warning',
  title: 'Route address with host bits set under its prefix',
  docUrl: cspSection('deviceprofilenameroutelistrouterowidaddress'),
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'A `<Route>` is a destination prefix: the VPNv2 CSP describes `<Address>` as the subnet address, the address part of that prefix, so every bit after `<PrefixSize>` should be zero. ' +
      'An address with host bits set is ambiguous: `10.1.2.3/16` may mean the network `10.1.0.0/16` or the single host `10.1.2.3/32`, and Microsoft does not document how Windows treats such a route. ' +
      'Only when a traffic filter of the same profile names the network exactly (`10.1.0.0/16`) is the intended network certain, and writing the network address is a safe fix; otherwise the network address, and for a host address the host route, are offered as suggestions.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route><Address>10.1.2.3</Address><PrefixSize>16</PrefixSize></Route>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route><Address>10.1.0.0</Address><PrefixSize>16</PrefixSize></Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    for (const route of routes(profile)) {
      if (!route.address || route.prefix === undefined || !route.addressElement || !route.prefixElement) continue;
      const max = maxPrefixLength(route.address.family);
      if (route.prefix > max || !hasHostBits(route.address, route.prefix)) continue;
      const network = networkAddress(route.address, route.prefix);
      const written = `${route.addressElement.text.trimmed}/${route.prefix}`;
      const readable = `${formatIp(network)}/${route.prefix}`;
      const confirmed = filterNamesNetwork(profile, network, route.prefix);
      const fixes: Fix[] = confirmed
        ? [{ title: `Change to ${formatIp(network)}`, edits: [replaceValue(route.addressElement, formatIp(network))], kind: 'safe' }]
        : [{ title: `Change to ${formatIp(network)} (keep /${route.prefix})`, edits: [replaceValue(route.addressElement, formatIp(network))], kind: 'suggestion' }];
      // Only the full length makes a host address a network address: the route may be meant as a host route.
      if (!confirmed && hasHostBits(route.address, max - 1)) {
        fixes.push({ title: `Change the prefix to ${max} (a host route to ${formatIp(route.address)})`, edits: [replaceValue(route.prefixElement, String(max))], kind: 'suggestion' });
      }
      report({
        range: route.addressElement.text.range,
        message:
          `${codeSpan(written)} has bits set after the first ${route.prefix}; the network it describes is ${codeSpan(readable)}. ` +
          (confirmed
            ? `A traffic filter of this profile names ${codeSpan(readable)}: write the network address.`
            : 'Write the network address, or correct the prefix length if you meant a smaller network or a single host.'),
        fixes,
      });
    }
  },
};

/** True when a traffic filter address range of the profile is exactly `network/prefix`. */
function filterNamesNetwork(profile: ProfileModel, network: IpAddress, prefix: number): boolean {
  const ranges = [...profile.elements('TrafficFilter/RemoteAddressRanges'), ...profile.elements('TrafficFilter/LocalAddressRanges')];
  for (const element of ranges) {
    for (const item of element.text.trimmed.split(',')) {
      const match = /^\s*([^/\s]+)\/(\d{1,3})\s*$/.exec(item);
      const address = match ? parseIp(match[1]) : undefined;
      if (address && Number(match![2]) === prefix && address.family === network.family && compareIp(address, network) === 0) return true;
    }
  }
  return false;
}
