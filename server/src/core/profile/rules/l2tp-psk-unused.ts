// L2tpPsk is "The preshared key used for an L2TP connection" (VPNv2 CSP); other protocols never use it, and the key
// sits in the profile in clear text. Removing it deletes content, so the fix is a suggestion (issue 9).
import type { ProfileRule } from '../rule';
import { cspSection, possibleProtocols, related, removeElement } from '../helpers';

export const l2tpPskUnused: ProfileRule = {
  id: 'profile/l2tp-psk-unused',
  defaultSeverity: 'warning',
  title: 'An L2TP pre-shared key in a profile that does not use L2TP',
  docUrl: cspSection('deviceprofilenamenativeprofilel2tppsk'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      '`<L2tpPsk>` is the pre-shared key of L2TP connections. A profile that can only connect with other protocols (IKEv2, SSTP, or a protocol list without L2TP) never uses it, ' +
      'and the key stays readable in the profile and wherever the profile is stored or deployed. `Automatic` may try L2TP, so it is not reported.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <L2tpPsk>secret</L2tpPsk>\n  </NativeProfile>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const psk = profile.element('NativeProfile/L2tpPsk');
    const type = profile.element('NativeProfile/NativeProtocolType');
    const protocols = possibleProtocols(profile);
    if (!psk || !type || !protocols || protocols.has('L2TP')) return;
    report({
      range: psk.nameRange,
      message: 'This profile never connects with L2TP, so the pre-shared key is unused — and it is stored in clear text in the profile. Remove `<L2tpPsk>`.',
      related: [related(type, 'the protocol is chosen here')],
      fixes: [{ title: 'Remove <L2tpPsk> (the unused pre-shared key)', edits: [removeElement(profile.text, psk)], kind: 'suggestion' }],
    });
  },
};
