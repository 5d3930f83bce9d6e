// Get-only CSP nodes in a ProfileXML. Windows writes `DomainNameType` into the profiles it reports (VPNv2 CSP:
// DomainNameType "Returns the namespace type", supported operation Get), so read-back profiles carry it; it is not
// a setting and not an unknown element. The leading dot of `DomainName` decides the kind of NRPT rule.
import { codeSpan } from '../../text/markdown';
import type { XmlElement } from '../../xml/model';
import type { ProfileRule, ProfileRuleContext } from '../rule';
import { cspSection, related, removeElement } from '../helpers';

export const readOnlyElement: ProfileRule = {
  id: 'profile/read-only-element',
  defaultSeverity: 'hint',
  title: 'A read-only CSP node (such as `DomainNameType`) that Windows reports but that sets nothing',
  docUrl: cspSection('deviceprofilenamedomainnameinformationlistdnirowiddomainnametype'),
  // Removing it changes nothing Windows documents, but it deletes what the document holds: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'Some VPNv2 CSP nodes are read only (Get): Windows fills them in when it reports a profile. `DomainNameType` says whether an NRPT rule names one host (`FQDN`) or a namespace (`Suffix`), and Windows derives it from the leading dot of `DomainName`; ' +
      'a profile read back from a device (for example through the WMI bridge) therefore carries it. It is not one of the settings you write, so this is a hint: the leading dot of `DomainName` is what decides. ' +
      'When the two disagree, the finding says so, because the rule then does not cover what `DomainNameType` suggests.',
    wrong:
      '<VPNProfile>\n  <DomainNameInformation>\n    <DomainName>corp.example.net</DomainName>\n    <DomainNameType>Suffix</DomainNameType>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    // DomainNameType is the one read-only node the catalogue knows in ProfileXML.
    for (const element of profile.elements('DomainNameInformation/DomainNameType')) {
      if (profile.specs.specOf(element)?.readOnly) reportDomainNameType(element, profile.enumValue(element), profile.text, report);
    }
  },
};

function reportDomainNameType(element: XmlElement, kind: string | undefined, text: string, report: ProfileRuleContext['report']): void {
  const domain = element.parent?.child('DomainName');
  const name = domain?.text.trimmed;
  const actual = name === undefined || name === '' ? undefined : name.startsWith('.') ? 'Suffix' : 'FQDN';
  const remove = { title: 'Remove <DomainNameType> (read only)', edits: [removeElement(text, element)], kind: 'suggestion' as const };
  const readOnly = '`<DomainNameType>` is a read-only node of the VPNv2 CSP: Windows reports it when it reads a profile back, derived from `<DomainName>`, and it is not a setting you write.';
  if (kind && actual && kind !== actual && domain) {
    report({
      range: element.text.range,
      severity: 'information',
      message: `${readOnly} It says ${codeSpan(kind)}, but ${codeSpan(name!)} ${actual === 'FQDN' ? 'has no leading `.`, so the rule applies to that one name only; to cover the namespace and its subdomains, start `<DomainName>` with a dot' : 'starts with a `.`, so the rule applies to the whole namespace and its subdomains; for one host only, write the name without the dot'}.`,
      related: [related(domain, 'the leading dot of `<DomainName>` decides')],
      fixes: [remove],
    });
    return;
  }
  report({
    range: element.nameRange,
    message: `${readOnly} The leading dot of \`<DomainName>\` decides whether the rule covers one name or a namespace.`,
    fixes: [remove],
  });
}
