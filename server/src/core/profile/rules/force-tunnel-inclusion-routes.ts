// With force tunnel all traffic goes through the VPN (VPN routing decisions); practitioners: "all Route entries with
// the exception of Exclusion Routes must be removed" (https://github.com/richardhicks/aovpn/blob/master/ProfileXML_User.xml).
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { related, routes } from '../helpers';

export const forceTunnelInclusionRoutes: ProfileRule = {
  id: 'profile/force-tunnel-inclusion-routes',
  defaultSeverity: 'warning',
  title: 'Force tunnel with routes that are not exclusion routes',
  docUrl: SOURCES.vpnRouting.url,
  // Removing or turning a route into an exclusion changes routing: the administrator decides.
  fixKinds: [],
  docs: {
    rationale:
      'With force tunnel Windows adds VPN default routes for IPv4 and IPv6 with a lower metric than the other interfaces, so all traffic goes through the VPN unless a more specific route points elsewhere. ' +
      "A `<Route>` into the VPN adds nothing then; practitioners' sample profiles state that a force-tunnel profile must keep only exclusion routes (`<ExclusionRoute>true</ExclusionRoute>`).",
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route>\n    <Address>203.0.113.0</Address>\n    <PrefixSize>24</PrefixSize>\n    <ExclusionRoute>true</ExclusionRoute>\n  </Route>\n</VPNProfile>\n',
  },
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
