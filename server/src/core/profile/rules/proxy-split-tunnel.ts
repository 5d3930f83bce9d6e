// VPN proxy settings are used only on force-tunnel connections; split tunnel uses the general proxy settings
// (vpn-profile-options.md note).
import type { ProfileRule } from '../rule';
import { related, removeElement } from '../helpers';

export const proxySplitTunnel: ProfileRule = {
  id: 'profile/proxy-split-tunnel',
  defaultSeverity: 'warning',
  title: 'Proxy settings on a split-tunnel profile are ignored',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-profile-options',
  check({ profile, report }) {
    const proxy = profile.root.child('Proxy');
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    if (!proxy || !policy || profile.routingPolicy !== 'SplitTunnel') return;
    report({
      range: proxy.nameRange,
      message:
        'Windows applies the VPN `<Proxy>` only to force-tunnel connections; on this split-tunnel profile it keeps using the general proxy settings. Remove `<Proxy>`, or use force tunnel if clients must use this proxy while connected.',
      related: [related(policy, 'split tunnel is set here')],
      fixes: [{ title: 'Remove `<Proxy>`', edits: [removeElement(profile.text, proxy)], kind: 'suggestion' }],
    });
  },
};
