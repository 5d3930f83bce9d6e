// NativeProtocolType `ProtocolList` "requires additional configuration of the NativeProfile/ProtocolList parameter"
// (VPNv2 CSP NativeProtocolType note); a ProtocolList is read only with that type.
import type { ProfileRule } from '../rule';
import { related, replaceValue, valueOrNameRange } from '../helpers';

export const protocolListMismatch: ProfileRule = {
  id: 'profile/protocol-list-mismatch',
  defaultSeverity: 'error',
  title: 'NativeProtocolType ProtocolList and the ProtocolList element must go together',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofilenativeprotocoltype',
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
        message: `\`<ProtocolList>\` goes with \`<NativeProtocolType>ProtocolList</NativeProtocolType>\`${type ? `; with \`${type.text.trimmed}\` it has no documented effect` : ''}. Set the type to \`ProtocolList\` or remove the list.`,
        related: type ? [related(type, 'the protocol type')] : undefined,
        fixes: type ? [{ title: 'Change the type to `ProtocolList`', edits: [replaceValue(type, 'ProtocolList')], kind: 'suggestion' }] : undefined,
      });
    }
  },
};
