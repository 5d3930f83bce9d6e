// "For built-in VPN, LockDown VPN is only available for the Internet Key Exchange version 2 (IKEv2) connection type"
// (VPN security features). Changing the protocol is a suggestion (issue 9): LockDown itself may be the mistake.
import { codeSpan } from '../../text/markdown';
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { insertIntoNativeProfile, isTrue, related, sourceSection, valueOrNameRange } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const lockdownIkev2Only: ProfileRule = {
  id: 'profile/lockdown-ikev2-only',
  defaultSeverity: 'error',
  title: 'A LockDown profile with the built-in client must use IKEv2',
  docUrl: sourceSection(SOURCES.vpnSecurityFeatures, 'lockdown-vpn'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'A LockDown profile lets network traffic through only over the VPN and keeps the VPN connected at all times. Microsoft documents that, with the built-in VPN client, LockDown is available only for IKEv2 connections. ' +
      'Switching the protocol is offered as a suggestion: the VPN server must accept IKEv2, and LockDown itself may be what was set by mistake.',
    wrong:
      '<VPNProfile>\n  <LockDown>true</LockDown>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>SSTP</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <LockDown>true</LockDown>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const lockDown = profile.root.child('LockDown');
    const native = profile.element('NativeProfile');
    if (!lockDown || !isTrue(lockDown) || !native || profile.nativeProtocol === 'IKEv2') return;
    const type = native.child('NativeProtocolType');
    const isLockDown = related(lockDown, 'LockDown is set here');
    if (!type) {
      const xml = '<NativeProtocolType>IKEv2</NativeProtocolType>';
      report({
        range: native.nameRange,
        message: 'With the built-in client, LockDown works only with IKEv2: add `<NativeProtocolType>IKEv2</NativeProtocolType>`.',
        related: [isLockDown],
        fixes: [{ title: `Add ${xml}`, edits: [insertIntoNativeProfile(profile.text, native, xml)], kind: 'suggestion' }],
      });
      return;
    }
    report({
      range: valueOrNameRange(type),
      message: `With the built-in client, LockDown works only with IKEv2, not ${codeSpan(type.text.trimmed)}. Set \`<NativeProtocolType>IKEv2</NativeProtocolType>\`.`,
      related: [isLockDown],
      fixes: [{ title: 'Change to IKEv2', edits: [replaceValue(type, 'IKEv2')], kind: 'suggestion' }],
    });
  },
};
