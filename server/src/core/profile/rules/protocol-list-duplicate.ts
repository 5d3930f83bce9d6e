// Each protocol needs one entry in the list (VPNv2 CSP NativeProtocolList: "A separate entry is needed for every VPN
// protocol"); listing one twice adds nothing. Removing an entry deletes content: a suggestion (issue 9).
import { codeSpan } from '../../text/markdown';
import type { TextRange } from '../../types';
import type { ProfileRule } from '../rule';
import { cspSection, removeElement } from '../helpers';

export const protocolListDuplicate: ProfileRule = {
  id: 'profile/protocol-list-duplicate',
  defaultSeverity: 'warning',
  title: 'A protocol listed twice in ProtocolList',
  docUrl: cspSection('deviceprofilenamenativeprofileprotocollistnativeprotocollist'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'With `<NativeProtocolType>ProtocolList</NativeProtocolType>`, Windows tries the protocols of `<ProtocolList>` in order, and the VPNv2 CSP asks for one separate entry per protocol. ' +
      'A protocol listed twice adds nothing; which of the two entries Windows keeps is not documented. Removing the later entry keeps the order of the first ones, but it deletes an element, so it is a suggestion.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>ProtocolList</NativeProtocolType>\n    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n    </ProtocolList>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>ProtocolList</NativeProtocolType>\n    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <NativeProtocol><Type>Sstp</Type></NativeProtocol>\n    </ProtocolList>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const seen = new Map<string, TextRange>();
    for (const entry of profile.elements('NativeProfile/ProtocolList/NativeProtocol')) {
      const type = entry.child('Type');
      const key = type?.text.trimmed.toLowerCase();
      if (!type || !key) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, type.text.range);
        continue;
      }
      report({
        range: type.text.range,
        message: `${codeSpan(type.text.trimmed)} is already in the list; each protocol needs exactly one \`<NativeProtocol>\` entry. Remove this one.`,
        related: [{ range: first, message: 'first entry' }],
        fixes: [{ title: `Remove this <NativeProtocol> entry (${type.text.trimmed})`, edits: [removeElement(profile.text, entry)], kind: 'suggestion' }],
      });
    }
  },
};
