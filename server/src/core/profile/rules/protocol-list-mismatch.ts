// NativeProtocolType `ProtocolList` requires the NativeProfile/ProtocolList configuration (VPNv2 CSP
// NativeProtocolType); a ProtocolList is described only for that type. Changing the type is a suggestion (issue 9).
import { codeSpan } from '../../text/markdown';
import type { ProfileRule } from '../rule';
import { cspSection, related, valueOrNameRange } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const protocolListMismatch: ProfileRule = {
  id: 'profile/protocol-list-mismatch',
  defaultSeverity: 'error',
  title: 'NativeProtocolType ProtocolList and the ProtocolList element must go together',
  docUrl: cspSection('deviceprofilenamenativeprofilenativeprotocoltype'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'The VPNv2 CSP documents `ProtocolList` as a `<NativeProtocolType>` that needs the `<ProtocolList>` settings: the protocols to try, in order, and how long to remember the last one that worked. ' +
      'The type without the list gives Windows no protocol to try (an error); a list with another type has no documented effect (a warning). Changing the type changes the protocol, so it is a suggestion.',
    wrong: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>ProtocolList</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>ProtocolList</NativeProtocolType>\n    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <NativeProtocol><Type>Sstp</Type></NativeProtocol>\n    </ProtocolList>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const type = profile.element('NativeProfile/NativeProtocolType');
    const list = profile.element('NativeProfile/ProtocolList');
    if (profile.nativeProtocol === 'ProtocolList' && type && !list) {
      report({
        range: valueOrNameRange(type),
        message:
          '`ProtocolList` needs a `<ProtocolList>` element in `<NativeProfile>` naming the protocols in order, for example `<ProtocolList><NativeProtocol><Type>Ikev2</Type></NativeProtocol><NativeProtocol><Type>Sstp</Type></NativeProtocol><RetryTimeinHours>168</RetryTimeinHours></ProtocolList>`.',
      });
    } else if (list && profile.nativeProtocol !== 'ProtocolList') {
      report({
        range: list.nameRange,
        severity: 'warning',
        message: `\`<ProtocolList>\` goes with \`<NativeProtocolType>ProtocolList</NativeProtocolType>\`${type ? `; with ${codeSpan(type.text.trimmed)} it has no documented effect` : ''}. Set the type to \`ProtocolList\` or remove the list.`,
        related: type ? [related(type, 'the protocol type')] : undefined,
        fixes: type ? [{ title: 'Change the type to ProtocolList', edits: [replaceValue(type, 'ProtocolList')], kind: 'suggestion' }] : undefined,
      });
    }
  },
};
