// "For built-in VPN, LockDown VPN is only available for the IKEv2 connection type" (vpn-security-features.md).
import type { ProfileRule } from '../rule';
import { insertAfter, insertFirstChild, isTrue, related, replaceValue, valueOrNameRange } from '../helpers';

export const lockdownIkev2Only: ProfileRule = {
  id: 'profile/lockdown-ikev2-only',
  defaultSeverity: 'error',
  title: 'A LockDown profile with the built-in client must use IKEv2',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-security-features#lockdown-vpn',
  check({ profile, report }) {
    const lockDown = profile.root.child('LockDown');
    const native = profile.element('NativeProfile');
    if (!lockDown || !isTrue(lockDown) || !native || profile.nativeProtocol === 'IKEv2') return;
    const type = native.child('NativeProtocolType');
    const isLockDown = related(lockDown, 'LockDown is set here');
    if (!type) {
      const servers = native.child('Servers');
      const xml = '<NativeProtocolType>IKEv2</NativeProtocolType>';
      report({
        range: native.nameRange,
        message: 'With the built-in client, LockDown works only with IKEv2: add `<NativeProtocolType>IKEv2</NativeProtocolType>`.',
        related: [isLockDown],
        fixes: [{ title: 'Add `<NativeProtocolType>IKEv2</NativeProtocolType>`', edits: [servers ? insertAfter(profile.text, servers, xml) : insertFirstChild(profile.text, native, xml)], kind: 'safe' }],
      });
      return;
    }
    report({
      range: valueOrNameRange(type),
      message: `With the built-in client, LockDown works only with IKEv2, not \`${type.text.trimmed}\`. Set \`<NativeProtocolType>IKEv2</NativeProtocolType>\`.`,
      related: [isLockDown],
      fixes: [{ title: 'Change to `IKEv2`', edits: [replaceValue(type, 'IKEv2')], kind: 'safe' }],
    });
  },
};
