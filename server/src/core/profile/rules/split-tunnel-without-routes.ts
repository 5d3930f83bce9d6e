// In a split tunnel only the routes (and, unless disabled, the class-based route) go through the VPN (vpn-routing.md,
// VPNv2 CSP DisableClassBasedDefaultRoute); practitioners: "The Route setting is required when
// DisableClassBasedDefaultRoute is set to true" (DOMAIN.md §1.4).
import type { ProfileRule } from '../rule';
import { isTrue, related, routes } from '../helpers';

export const splitTunnelWithoutRoutes: ProfileRule = {
  id: 'profile/split-tunnel-without-routes',
  defaultSeverity: 'warning',
  title: 'Split tunnel without routes while the class-based route is disabled',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-routing',
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
