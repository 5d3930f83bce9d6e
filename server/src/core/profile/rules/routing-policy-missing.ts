// Force tunnel is the default and takes effect when no routes are specified (vpn-routing.md); state the policy.
// Device tunnels are handled by profile/device-tunnel-force-tunnel, LockDown implies force tunnel (vpn-security-features.md).
import type { ProfileRule } from '../rule';
import { insertAfter, insertFirstChild, isTrue } from '../helpers';

export const routingPolicyMissing: ProfileRule = {
  id: 'profile/routing-policy-missing',
  defaultSeverity: 'information',
  title: 'NativeProfile without RoutingPolicyType',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-routing',
  check({ profile, report }) {
    const native = profile.element('NativeProfile');
    if (!native || native.child('RoutingPolicyType') || profile.isDeviceTunnel || isTrue(profile.root.child('LockDown'))) return;
    const servers = native.child('Servers');
    const add = (policy: string) => ({
      title: `Add \`<RoutingPolicyType>${policy}</RoutingPolicyType>\``,
      edits: [servers ? insertAfter(profile.text, servers, `<RoutingPolicyType>${policy}</RoutingPolicyType>`) : insertFirstChild(profile.text, native, `<RoutingPolicyType>${policy}</RoutingPolicyType>`)],
      kind: 'suggestion' as const,
    });
    report({
      range: native.nameRange,
      message:
        'No `<RoutingPolicyType>`: Windows then uses force tunnel when no routes are specified. Say which one you mean: `SplitTunnel` (only the listed routes use the VPN) or `ForceTunnel` (all traffic).',
      fixes: [add('SplitTunnel'), add('ForceTunnel')],
    });
  },
};
