// Each DomainNameInformation entry is one NRPT rule, for one namespace (VPNv2 CSP DomainNameInformationList); two
// rules for the same namespace leave it unclear which settings answer for it. DNS names compare without regard to
// case, and a trailing dot names the same domain.
import { codeSpan } from '../../text/markdown';
import type { TextRange } from '../../types';
import type { ProfileRule } from '../rule';
import { cspSection } from '../helpers';

export const duplicateNrptRule: ProfileRule = {
  id: 'profile/duplicate-nrpt-rule',
  defaultSeverity: 'warning',
  title: 'Two NRPT rules for the same namespace',
  docUrl: cspSection('deviceprofilenamedomainnameinformationlist'),
  // Merging two rules means choosing DNS servers and options: a person decides.
  fixKinds: [],
  docs: {
    rationale:
      "Each `<DomainNameInformation>` element becomes one rule of the Name Resolution Policy Table: the DNS client compares a query with each rule's namespace and applies the settings of the matching rule. " +
      'Two rules for the same namespace make it unclear which DNS servers and options apply; list all DNS servers of a namespace, comma-separated, in one rule. ' +
      '`corp.example.net` (that host only) and `.corp.example.net` (the whole suffix) are different namespaces.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.11</DnsServers>\n  </DomainNameInformation>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10,10.0.0.11</DnsServers>\n  </DomainNameInformation>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const seen = new Map<string, TextRange>();
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
        message: `There is already an NRPT rule for ${codeSpan(value)}. Merge the two \`<DomainNameInformation>\` entries (list all DNS servers, comma-separated, in one rule) so that it is clear which settings apply.`,
        related: [{ range: first, message: 'first rule for this namespace' }],
      });
    }
  },
};
