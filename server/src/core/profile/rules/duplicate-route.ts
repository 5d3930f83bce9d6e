// Each RouteList entry adds one route (VPNv2 CSP RouteList); the same destination prefix twice is redundant, or
// contradictory when one entry is an exclusion route and the other is not.
import { codeSpan } from '../../text/markdown';
import { formatIp, maxPrefixLength, networkAddress } from '../../values/ip';
import type { ProfileRule } from '../rule';
import { cspSection, routes, type RouteEntry } from '../helpers';

export const duplicateRoute: ProfileRule = {
  id: 'profile/duplicate-route',
  defaultSeverity: 'warning',
  title: 'The same route appears twice',
  docUrl: cspSection('deviceprofilenameroutelist'),
  // Removing a route deletes content, and which of two contradicting routes is meant is the administrator's call.
  fixKinds: [],
  docs: {
    rationale:
      'Each `<Route>` adds one route for a destination prefix (address and prefix length) to the VPN interface, or to the physical interface when it is an exclusion route. ' +
      'The same prefix listed twice is redundant; listed once as a VPN route and once as an exclusion route, the two entries contradict each other and the profile does not say which one you mean. ' +
      'Routes are compared by the network they name, so `10.0.0.0/8` and `10.1.0.0/8` are the same destination.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const seen = new Map<string | number, RouteEntry>();
    for (const route of routes(profile)) {
      if (!route.address || route.prefix === undefined || route.prefix > maxPrefixLength(route.address.family)) continue;
      // A cheap identity for the network; the readable form is only built for a report.
      const network = networkAddress(route.address, route.prefix);
      const identity = networkIdentity(network.bytes, route.prefix);
      const first = seen.get(identity);
      if (!first) {
        seen.set(identity, route);
        continue;
      }
      const key = `${formatIp(network)}/${route.prefix}`;
      report({
        range: route.element.nameRange,
        message:
          first.exclusion !== route.exclusion
            ? `${codeSpan(key)} is listed both as a VPN route and as an exclusion route; the two entries contradict each other. Keep the one you mean.`
            : `${codeSpan(key)} is already listed; remove this duplicate route.`,
        related: [{ range: first.element.nameRange, message: `first route for ${key}` }],
      });
    }
  },
};

/** A key for a network: a number for IPv4 (32 bits of address and 6 of prefix fit a double exactly), else text. */
function networkIdentity(bytes: readonly number[], prefix: number): string | number {
  if (bytes.length === 4) return (((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0) * 64 + prefix;
  return `${bytes.join('.')}/${prefix}`;
}
