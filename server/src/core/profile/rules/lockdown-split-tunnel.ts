// "The VPN LockDown profile uses forced tunnel connection" (VPN security features): a split-tunnel setting
// contradicts it. Changing the routing policy is a suggestion (issue 9).
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { isTrue, related, sourceSection } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const lockdownSplitTunnel: ProfileRule = {
  id: 'profile/lockdown-split-tunnel',
  defaultSeverity: 'warning',
  title: 'A LockDown profile set to split tunnel',
  docUrl: sourceSection(SOURCES.vpnSecurityFeatures, 'lockdown-vpn'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'Microsoft documents that a LockDown profile uses a forced tunnel connection and blocks outbound traffic while the VPN is not connected. ' +
      "`<RoutingPolicyType>SplitTunnel</RoutingPolicyType>` contradicts that: either the profile is meant to be LockDown and should say `ForceTunnel`, or it needs split tunnelling and should not be LockDown. Which one is the administrator's decision, so the change is a suggestion.",
    wrong:
      '<VPNProfile>\n  <LockDown>true</LockDown>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <LockDown>true</LockDown>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const lockDown = profile.root.child('LockDown');
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    if (!lockDown || !isTrue(lockDown) || !policy || profile.routingPolicy !== 'SplitTunnel') return;
    report({
      range: policy.text.range,
      message:
        'A LockDown profile sends all traffic through the VPN (force tunnel) and blocks traffic while disconnected, so `SplitTunnel` contradicts it. Use `ForceTunnel`, or remove `<LockDown>` if you need split tunnelling.',
      related: [related(lockDown, 'LockDown is set here')],
      fixes: [{ title: 'Change to ForceTunnel', edits: [replaceValue(policy, 'ForceTunnel')], kind: 'suggestion' }],
    });
  },
};
