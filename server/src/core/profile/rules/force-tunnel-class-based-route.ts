// Practitioners: "If ForceTunnel is enabled, DisableClassBasedDefaultRoute must be set to false or removed"
// (richardhicks/aovpn ProfileXML_User.xml comment, DOMAIN.md §1.4).
import type { ProfileRule } from '../rule';
import { isTrue, related, removeElement } from '../helpers';

export const forceTunnelClassBasedRoute: ProfileRule = {
  id: 'profile/force-tunnel-class-based-route',
  defaultSeverity: 'warning',
  title: 'Force tunnel with DisableClassBasedDefaultRoute set to true',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-routing',
  check({ profile, report }) {
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    const disable = profile.element('NativeProfile/DisableClassBasedDefaultRoute');
    if (profile.routingPolicy !== 'ForceTunnel' || !policy || !disable || !isTrue(disable)) return;
    report({
      range: disable.nameRange,
      message:
        '`DisableClassBasedDefaultRoute` is a split-tunnel setting; practitioners report that with force tunnel it must be `false` or absent. Remove it.',
      related: [related(policy, 'force tunnel is set here')],
      fixes: [{ title: 'Remove `<DisableClassBasedDefaultRoute>`', edits: [removeElement(profile.text, disable)], kind: 'safe' }],
    });
  },
};
