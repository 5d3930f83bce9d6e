// Each RouteList entry adds one route (VPNv2 CSP RouteList); the same prefix twice is redundant, or contradictory
// when one entry is an exclusion route and the other is not.
import type { ProfileRule } from '../rule';
import { formatIp, maxPrefixLength, networkAddress } from '../../values/ip';
import { routes, type RouteEntry } from '../helpers';

export const duplicateRoute: ProfileRule = {
  id: 'profile/duplicate-route',
  defaultSeverity: 'warning',
  title: 'The same route appears twice',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenameroutelist',
  check({ profile, report }) {
    const seen = new Map<string, RouteEntry>();
    for (const route of routes(profile)) {
      if (!route.address || route.prefix === undefined || route.prefix > maxPrefixLength(route.address.family)) continue;
      // A cheap identity for the network; the readable form is only built for a report.
      const network = networkAddress(route.address, route.prefix);
      const identity = `${network.bytes.join('.')}/${route.prefix}`;
      const first = seen.get(identity);
      if (!first) {
        seen.set(identity, route);
        continue;
      }
      const key = `${formatIp(network)}/${route.prefix}`;
      const conflicting = first.exclusion !== route.exclusion;
      report({
        range: route.element.nameRange,
        message: conflicting
          ? `\`${key}\` is listed both as a VPN route and as an exclusion route; the two entries contradict each other. Keep the one you mean.`
          : `\`${key}\` is already listed; remove this duplicate route.`,
        related: [{ range: first.element.nameRange, message: `first route for ${key}` }],
      });
    }
  },
};
