// An NRPT DomainName without a leading dot names one host (VPNv2 CSP: "To specify a suffix, prepend a . to the DNS
// suffix"; DomainNameType: FQDN when not prepended, Suffix when prepended, covering the namespace, its records and
// all subdomains). When the same name is the profile's DNS suffix or a trusted network suffix, the rule looks meant
// for the whole namespace: information, with the leading-dot rule.
// Adding the dot changes which names the rule covers: a suggestion.
import { codeSpan } from '../../text/markdown';
import type { XmlElement } from '../../xml/model';
import type { ProfileRule } from '../rule';
import { cspSection, related } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const nrptDomainWithoutLeadingDot: ProfileRule = {
  id: 'profile/nrpt-domain-without-leading-dot',
  defaultSeverity: 'information',
  title: 'An NRPT rule for one name that looks meant for a whole namespace (no leading dot)',
  docUrl: cspSection('deviceprofilenamedomainnameinformationlistdnirowiddomainname'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'The VPNv2 CSP distinguishes two kinds of NRPT namespace: a name without a leading dot is an FQDN and the rule applies to that one host; a name that starts with `.` is a suffix and the rule applies to the namespace, its records and all subdomains. ' +
      'A rule for `corp.example.net` therefore does not send `server.corp.example.net` to the listed DNS servers. ' +
      'The rule reports a name without a dot when the profile itself treats it as a namespace: it is the `DnsSuffix` or a `TrustedNetworkDetection` suffix. A host rule next to a rule for the same namespace (`corp.example.net` and `.corp.example.net`) is deliberate and not reported. Adding the dot is offered as a suggestion.',
    wrong:
      '<VPNProfile>\n  <DnsSuffix>corp.example.net</DnsSuffix>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <DomainNameInformation>\n    <DomainName>corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <DnsSuffix>corp.example.net</DnsSuffix>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const names = profile.elements('DomainNameInformation/DomainName');
    const key = (name: string) => name.toLowerCase().replace(/\.$/, '');
    const written = new Set(names.map((n) => key(n.text.trimmed)));
    const suffixes = new Map<string, { element: XmlElement; what: string }>();
    for (const [path, what] of [
      ['DnsSuffix', 'the DNS suffix of this profile (`DnsSuffix`)'],
      ['TrustedNetworkDetection', 'a trusted network suffix of this profile (`TrustedNetworkDetection`)'],
    ] as const) {
      const element = profile.element(path);
      for (const suffix of element?.text.trimmed.split(',') ?? []) {
        const k = key(suffix.trim().replace(/^\./, ''));
        if (k && element && !suffixes.has(k)) suffixes.set(k, { element, what });
      }
    }
    for (const element of names) {
      const value = element.text.trimmed;
      if (!value || value.startsWith('.') || !value.includes('.')) continue;
      const k = key(value);
      if (written.has('.' + k)) continue; // a host rule next to the namespace rule: deliberate
      const suffix = suffixes.get(k);
      if (!suffix) continue;
      report({
        range: element.text.range,
        message:
          `${codeSpan(value)} has no leading dot, so this NRPT rule applies to that one name only; names below it such as ${codeSpan(`server.${value}`)} are not covered. ` +
          `It is also ${suffix.what}, so it looks meant for the whole namespace: the VPNv2 CSP writes a namespace with a leading \`.\` (${codeSpan('.' + value)}), which covers all its subdomains.`,
        related: [related(suffix.element, 'the same name as a suffix')],
        fixes: [{ title: `Change to .${value}`, edits: [replaceValue(element, '.' + value)], kind: 'suggestion' }],
      });
    }
  },
};
