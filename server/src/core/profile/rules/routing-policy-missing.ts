// "Force tunnel is the default configuration, and takes effect when no routes are specified" (VPN routing
// decisions); state the policy. Device tunnels are handled by profile/device-tunnel-force-tunnel; LockDown uses force
// tunnel by itself (VPN security features). Choosing the policy changes routing: both are suggestions (issue 9).
import { SOURCES } from '../../sources';
import type { Fix } from '../../types';
import type { ProfileRule } from '../rule';
import { insertIntoNativeProfile, isTrue } from '../helpers';

export const routingPolicyMissing: ProfileRule = {
  id: 'profile/routing-policy-missing',
  defaultSeverity: 'information',
  title: 'NativeProfile without RoutingPolicyType',
  docUrl: SOURCES.vpnRouting.url,
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'Microsoft documents force tunnel as the default routing, in effect when no routes are specified; how Windows routes a profile that lists routes but no `<RoutingPolicyType>` is not documented. ' +
      'Writing the policy out makes the profile say what it does: `SplitTunnel` sends only the listed routes through the VPN, `ForceTunnel` sends all traffic. Both are offered; the choice is yours.',
    wrong: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const native = profile.element('NativeProfile');
    if (!native || native.child('RoutingPolicyType') || profile.isDeviceTunnel || isTrue(profile.root.child('LockDown'))) return;
    const add = (policy: string): Fix => {
      const xml = `<RoutingPolicyType>${policy}</RoutingPolicyType>`;
      return { title: `Add ${xml}`, edits: [insertIntoNativeProfile(profile.text, native, xml)], kind: 'suggestion' };
    };
    const hasRoutes = profile.elements('Route').length > 0;
    report({
      range: native.nameRange,
      message: hasRoutes
        ? 'No `<RoutingPolicyType>`: Microsoft documents force tunnel as the default when no routes are given, and this profile lists routes, so how Windows routes it is not documented. Say which one you mean: `SplitTunnel` (only the listed routes use the VPN) or `ForceTunnel` (all traffic).'
        : 'No `<RoutingPolicyType>` and no routes: Windows then uses force tunnel, sending all traffic through the VPN. Say which one you mean: `SplitTunnel` (only the listed routes use the VPN) or `ForceTunnel` (all traffic).',
      fixes: [add('SplitTunnel'), add('ForceTunnel')],
    });
  },
};
