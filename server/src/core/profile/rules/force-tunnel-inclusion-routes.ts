// With force tunnel all traffic already uses the VPN; practitioners advise removing every route except exclusion
// routes (richardhicks/aovpn ProfileXML_User.xml comment, quoted in DOMAIN.md §1.4).
import type { ProfileRule } from '../rule';
import { related, routes } from '../helpers';

export const forceTunnelInclusionRoutes: ProfileRule = {
  id: 'profile/force-tunnel-inclusion-routes',
  defaultSeverity: 'warning',
  title: 'Force tunnel with routes that are not exclusion routes',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-routing',
  check({ profile, report }) {
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    if (profile.routingPolicy !== 'ForceTunnel' || !policy) return;
    for (const route of routes(profile)) {
      if (route.exclusion) continue;
      report({
        range: route.element.nameRange,
        message:
          'With force tunnel every destination already goes through the VPN, so this route adds nothing; practitioners advise keeping only exclusion routes (`<ExclusionRoute>true</ExclusionRoute>`) in a force-tunnel profile. Remove the route or make it an exclusion route.',
        related: [related(policy, 'force tunnel is set here')],
      });
    }
  },
};
