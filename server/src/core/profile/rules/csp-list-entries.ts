// A CSP list node written as an element (`<DomainNameInformationList>`) is already reported by the catalogue check
// profile/csp-node-name; its children are not resolved then. This rule still checks their names against the entry
// element (`<DomainNameInformation>`), so that misspellings inside — such as `<DNSServers>` in Microsoft's SyncML
// example — are reported with the catalogue's own element-name-case finding.
import type { ProfileRule } from '../rule';
import { schemaRuleMeta } from '../../rules/schema';

export const cspListEntries: ProfileRule = {
  id: 'profile/csp-list-entries',
  defaultSeverity: 'warning',
  title: 'Element names inside a CSP list node written as an element',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp',
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
        const edits = [{ range: child.nameRange, newText: match.spec.name }];
        if (child.closeTag) edits.push({ range: child.closeTag.nameRange, newText: match.spec.name });
        catalogue.report(schemaRuleMeta('profile', 'element-name-case'), {
          range: child.nameRange,
          message: `XML names are case-sensitive: the documented element is \`<${match.spec.name}>\`, not \`<${child.localName}>\`.`,
          fixes: [{ title: `Rename to \`<${match.spec.name}>\``, edits, kind: 'safe' }],
        });
      }
    }
  },
};
