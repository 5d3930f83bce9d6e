// The CSP node is ProtocolList/RetryTimeInHours, but Microsoft's ProfileXML example in the VPNv2 CSP writes
// `<RetryTimeinHours>`; which spelling Windows reads in ProfileXML is not documented, so both are accepted and the
// other one gets a hint. The rename is a suggestion: neither spelling is known to be the right one.
import type { ProfileRule } from '../rule';
import { cspSection, renameElement } from '../helpers';

export const retryTimeSpelling: ProfileRule = {
  id: 'profile/retry-time-spelling',
  defaultSeverity: 'hint',
  title: "RetryTimeInHours spelling differs from Microsoft's ProfileXML example",
  docUrl: cspSection('examples'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'The VPNv2 CSP calls the setting `ProtocolList/RetryTimeInHours` (how long Windows keeps using the protocol that last connected), while the ProfileXML example on the same page writes `<RetryTimeinHours>` with a lowercase "in". ' +
      "XML names are case-sensitive, and Microsoft does not document which spelling Windows reads in ProfileXML. Both are accepted; the CSP spelling gets a hint pointing at the example's, and both together get a warning because it is unclear which value applies.",
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>ProtocolList</NativeProtocolType>\n    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <RetryTimeInHours>24</RetryTimeInHours>\n    </ProtocolList>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>ProtocolList</NativeProtocolType>\n    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <RetryTimeinHours>24</RetryTimeinHours>\n    </ProtocolList>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const list = profile.element('NativeProfile/ProtocolList');
    if (!list) return;
    const csp = list.child('RetryTimeInHours');
    const example = list.child('RetryTimeinHours');
    if (csp && example) {
      const second = csp.start > example.start ? csp : example;
      const first = second === csp ? example : csp;
      report({
        range: second.nameRange,
        severity: 'warning',
        message: 'Both spellings `<RetryTimeInHours>` and `<RetryTimeinHours>` are present; keep one so that it is clear which value applies.',
        related: [{ range: first.nameRange, message: 'the other spelling' }],
      });
      return;
    }
    if (!csp) return;
    report({
      range: csp.nameRange,
      message:
        '`<RetryTimeInHours>` is the CSP node\'s spelling; Microsoft\'s ProfileXML example writes `<RetryTimeinHours>` (lowercase "in"). Which one Windows reads in ProfileXML is not documented: if the retry time seems to have no effect, try the other spelling.',
      fixes: [{ title: 'Rename to <RetryTimeinHours>', edits: renameElement(csp, 'RetryTimeinHours'), kind: 'suggestion' }],
    });
  },
};
