// Exclusion routes send traffic around the VPN ("True - This route will direct traffic over the physical
// interface", VPNv2 CSP ExclusionRoute); practitioners: "Exclusion Routes are often used in combination with Force
// Tunnel, but can also be used with split tunnel configurations" (Richard Hicks' sample user profile).
import type { ProfileRule } from '../rule';
import { cspSection, related, routes } from '../helpers';

export const exclusionRouteSplitTunnel: ProfileRule = {
  id: 'profile/exclusion-route-split-tunnel',
  defaultSeverity: 'information',
  title: 'An exclusion route on a split-tunnel profile',
  docUrl: cspSection('deviceprofilenameroutelistrouterowidexclusionroute'),
  // Whether the exclusion is needed depends on the other routes and on the server: advice only.
  fixKinds: [],
  docs: {
    rationale:
      'An exclusion route sends a network over the physical interface instead of the VPN. With force tunnel, where everything goes into the tunnel, that is how you keep some destinations out; in a split tunnel, only the listed routes (and the class-based route, unless disabled) go into the tunnel anyway. ' +
      'Practitioners note exclusion routes are mostly used with force tunnel but work with split tunnel too: there they matter only for a network that would otherwise be routed into the tunnel, such as a subnet of a larger `<Route>`.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route>\n    <Address>203.0.113.0</Address>\n    <PrefixSize>24</PrefixSize>\n    <ExclusionRoute>true</ExclusionRoute>\n  </Route>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route>\n    <Address>203.0.113.0</Address>\n    <PrefixSize>24</PrefixSize>\n    <ExclusionRoute>true</ExclusionRoute>\n  </Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    if (profile.routingPolicy !== 'SplitTunnel' || !policy) return;
    for (const route of routes(profile)) {
      const exclusion = route.element.child('ExclusionRoute');
      if (!route.exclusion || !exclusion) continue;
      report({
        range: exclusion.nameRange,
        message:
          'Exclusion routes send a network around the VPN; they matter mostly with force tunnel. In this split-tunnel profile the route only has an effect if the network would otherwise be routed into the tunnel (for example a subnet of a larger `<Route>` or of the class-based route).',
        related: [related(policy, 'split tunnel is set here')],
      });
    }
  },
};
