// "The VPN LockDown profile uses forced tunnel connection" (vpn-security-features.md): a split-tunnel setting
// contradicts it.
import type { ProfileRule } from '../rule';
import { isTrue, related, replaceValue } from '../helpers';

export const lockdownSplitTunnel: ProfileRule = {
  id: 'profile/lockdown-split-tunnel',
  defaultSeverity: 'warning',
  title: 'A LockDown profile set to split tunnel',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-security-features#lockdown-vpn',
  check({ profile, report }) {
    const lockDown = profile.root.child('LockDown');
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    if (!lockDown || !isTrue(lockDown) || !policy || profile.routingPolicy !== 'SplitTunnel') return;
    report({
      range: policy.text.range,
      message: 'A LockDown profile sends all traffic through the VPN (force tunnel) and blocks traffic while disconnected, so `SplitTunnel` contradicts it. Use `ForceTunnel`, or remove `<LockDown>` if you need split tunnelling.',
      related: [related(lockDown, 'LockDown is set here')],
      fixes: [{ title: 'Change to `ForceTunnel`', edits: [replaceValue(policy, 'ForceTunnel')], kind: 'safe' }],
    });
  },
};
