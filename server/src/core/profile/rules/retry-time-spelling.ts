// The CSP node is ProtocolList/RetryTimeInHours, but Microsoft's only ProfileXML example writes `<RetryTimeinHours>`;
// which spelling Windows reads in ProfileXML is undocumented (DOMAIN.md §1.2: accept both, hint on the other one).
import type { ProfileRule } from '../rule';

export const retryTimeSpelling: ProfileRule = {
  id: 'profile/retry-time-spelling',
  defaultSeverity: 'hint',
  title: 'RetryTimeInHours spelling differs from Microsoft\'s ProfileXML example',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#examples',
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
        message: `Both spellings \`<RetryTimeInHours>\` and \`<RetryTimeinHours>\` are present; keep one so that it is clear which value applies.`,
        related: [{ range: first.nameRange, message: 'the other spelling' }],
      });
      return;
    }
    if (!csp) return;
    const rename = [{ range: csp.nameRange, newText: 'RetryTimeinHours' }, ...(csp.closeTag ? [{ range: csp.closeTag.nameRange, newText: 'RetryTimeinHours' }] : [])];
    report({
      range: csp.nameRange,
      message:
        '`<RetryTimeInHours>` is the CSP node\'s spelling; Microsoft\'s only ProfileXML example writes `<RetryTimeinHours>` (lowercase "in"). Which one Windows reads in ProfileXML is not documented: if the retry time seems to have no effect, try the other spelling.',
      fixes: [{ title: 'Rename to `<RetryTimeinHours>`', edits: rename, kind: 'suggestion' }],
    });
  },
};
