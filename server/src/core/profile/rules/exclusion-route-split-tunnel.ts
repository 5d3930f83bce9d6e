// Exclusion routes send traffic around the VPN and are used mainly with force tunnel (VPNv2 CSP ExclusionRoute;
// practitioners: "often used in combination with Force Tunnel, but can also be used with split tunnel").
import type { ProfileRule } from '../rule';
import { related, routes } from '../helpers';

export const exclusionRouteSplitTunnel: ProfileRule = {
  id: 'profile/exclusion-route-split-tunnel',
  defaultSeverity: 'information',
  title: 'An exclusion route on a split-tunnel profile',
  docUrl: `https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenameroutelistrouterowidexclusionroute`,
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
