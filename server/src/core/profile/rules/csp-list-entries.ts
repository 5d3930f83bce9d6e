// A CSP list node written as an element (`<DomainNameInformationList>`) is reported by the catalogue check
// profile/csp-node-name, and the catalogue does not resolve its children. This module still compares their names
// with the entry element (`<DomainNameInformation>`), so that a misspelling inside, such as `<DNSServers>` in
// Microsoft's SyncML example (VPNv2 CSP, Examples), gets the catalogue's own element-name-case finding.
// It never reports under its own ID: the ID is the switch that turns this extra check on or off.
import { codeSpan } from '../../text/markdown';
import { schemaRuleMeta } from '../../rules/schema';
import type { ProfileRule } from '../rule';
import { cspSection, renameElement } from '../helpers';

export const cspListEntries: ProfileRule = {
  id: 'profile/csp-list-entries',
  defaultSeverity: 'warning',
  title: 'Element names inside a CSP list node written as an element (reported as `profile/element-name-case`)',
  docUrl: cspSection('examples'),
  // Restoring the documented case of an element name keeps its meaning (the rename is reported as element-name-case).
  fixKinds: ['safe'],
  docs: {
    rationale:
      'Microsoft\'s SyncML example writes the NRPT rules inside `<DomainNameInformationList>`, the CSP node\'s name, where ProfileXML has one `<DomainNameInformation>` element per rule (reported as `profile/csp-node-name`). ' +
      'Inside such a list the catalogue cannot check the children by itself; this check compares their names with the entry element\'s children and reports a name that differs only in case (the example\'s `<DNSServers>` for `<DnsServers>`) under `profile/element-name-case`, with a rename. ' +
      'XML names are case-sensitive. Set this rule to `off` to switch the extra check off; its findings take the severity of `profile/element-name-case`.',
    wrong: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <DomainNameInformationList>\n    <DomainName>.corp.example.net</DomainName>\n    <DNSServers>10.0.0.10</DNSServers>\n  </DomainNameInformationList>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <DomainNameInformationList>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformationList>\n</VPNProfile>\n',
  },
  check({ profile, catalogue }) {
    const rootSpec = profile.specs.specOf(profile.root);
    if (!rootSpec?.children) return;
    for (const list of profile.root.elements()) {
      if (profile.specs.specOf(list) || !list.localName.endsWith('List')) continue;
      const entrySpec = rootSpec.children.find((c) => c.spec.name === list.localName.slice(0, -'List'.length))?.spec;
      if (!entrySpec?.children) continue;
      for (const child of list.elements()) {
        const match = entrySpec.children.find((c) => c.spec.name !== child.localName && c.spec.name.toLowerCase() === child.localName.toLowerCase());
        if (!match) continue;
        catalogue.report(schemaRuleMeta('profile', 'element-name-case'), {
          range: child.nameRange,
          message: `XML names are case-sensitive: the documented element is \`<${match.spec.name}>\`, not ${codeSpan(`<${child.localName}>`)}.`,
          fixes: [{ title: `Rename to <${match.spec.name}>`, edits: renameElement(child, match.spec.name), kind: 'safe' }],
        });
      }
    }
  },
};
