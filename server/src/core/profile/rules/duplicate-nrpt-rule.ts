// Each DomainNameInformation entry is one NRPT rule for a namespace (VPNv2 CSP DomainNameInformationList); two rules
// for the same namespace leave it unclear which DNS servers answer.
import type { ProfileRule } from '../rule';

export const duplicateNrptRule: ProfileRule = {
  id: 'profile/duplicate-nrpt-rule',
  defaultSeverity: 'warning',
  title: 'Two NRPT rules for the same namespace',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamedomainnameinformationlist',
  check({ profile, report }) {
    const seen = new Map<string, { start: number; end: number }>();
    for (const name of profile.elements('DomainNameInformation/DomainName')) {
      const value = name.text.trimmed;
      if (!value) continue;
      const key = value === '.' ? value : value.toLowerCase().replace(/\.$/, '');
      const first = seen.get(key);
      if (!first) {
        seen.set(key, name.text.range);
        continue;
      }
      report({
        range: name.text.range,
        message: `There is already an NRPT rule for \`${value}\`. Merge the two \`<DomainNameInformation>\` entries (list all DNS servers, comma-separated, in one rule) so that it is clear which settings apply.`,
        related: [{ range: first, message: 'first rule for this namespace' }],
      });
    }
  },
};
