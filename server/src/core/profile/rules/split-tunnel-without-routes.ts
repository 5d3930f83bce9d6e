// In a split tunnel only the routes (and, unless disabled, the class-based route) go through the VPN (VPN routing
// decisions; VPNv2 CSP DisableClassBasedDefaultRoute). Practitioners: "The Route setting is required when
// DisableClassBasedDefaultRoute is set to true" (https://github.com/richardhicks/aovpn/blob/master/ProfileXML_User.xml).
// Some VPN servers push routes while connecting (VPNv2 CSP RouteList), and IKEv2 traffic selectors can become routes.
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { isTrue, related, routes } from '../helpers';

export const splitTunnelWithoutRoutes: ProfileRule = {
  id: 'profile/split-tunnel-without-routes',
  defaultSeverity: 'warning',
  title: 'Split tunnel without routes while the class-based route is disabled',
  docUrl: SOURCES.vpnRouting.url,
  // Which networks to route is the administrator's to say: no fix.
  fixKinds: [],
  docs: {
    rationale:
      'In a split tunnel, only the listed routes go through the VPN, plus the class-based route Windows derives from the VPN address (for example `10.0.0.0/8` for a `10.x` address) unless `<DisableClassBasedDefaultRoute>` is true. ' +
      "With that route disabled and no `<Route>` into the VPN, nothing reaches the corporate network unless the VPN server pushes routes while connecting or `<PlumbIKEv2TSAsRoutes>` turns the server's IKEv2 traffic selectors into routes. Practitioners' sample profiles state that routes are required in this case.",
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>\n  </NativeProfile>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    const disable = profile.element('NativeProfile/DisableClassBasedDefaultRoute');
    if (profile.routingPolicy !== 'SplitTunnel' || !policy || !disable || !isTrue(disable)) return;
    if (isTrue(profile.element('NativeProfile/PlumbIKEv2TSAsRoutes'))) return; // the server's traffic selectors become routes
    if (routes(profile).some((r) => !r.exclusion)) return;
    report({
      range: disable.nameRange,
      message:
        'This split-tunnel profile disables the class-based route but has no `<Route>` that goes through the VPN, so nothing is routed into the tunnel unless the VPN server pushes routes. Add a `<Route>` for each internal network, or remove `<DisableClassBasedDefaultRoute>`.',
      related: [related(policy, 'split tunnel is set here')],
    });
  },
};
