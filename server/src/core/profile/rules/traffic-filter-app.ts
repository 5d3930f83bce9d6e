// TrafficFilter/App holds one `<Id>` in the current schema (VPNv2 CSP TrafficFilterList App/Id); Microsoft's SyncML
// example in the same page still writes the older form `<App>text</App>`, which the catalogue accepts too. This module
// checks what the catalogue cannot describe: the old form under its own ID, and the content of `<App>` — unknown
// children, a missing or repeated `<Id>`, the identifier's format — under the catalogue's rule IDs, so that such
// findings look and are tuned like every other element and value finding.
import { codeSpan } from '../../text/markdown';
import type { ValueSpec } from '../../catalogue/types';
import { schemaRuleMeta } from '../../rules/schema';
import type { ProfileRule } from '../rule';
import { checkValue, cspSection } from '../helpers';

const APP_ID: ValueSpec = { kind: 'string', format: 'appId' };

export const trafficFilterApp: ProfileRule = {
  id: 'profile/traffic-filter-app',
  defaultSeverity: 'warning',
  title: 'A traffic filter app written without `<Id>` (old schema form)',
  docUrl: cspSection('deviceprofilenametrafficfilterlisttrafficfilteridappid'),
  // Its own fix, wrapping the identifier, restructures the element and Windows' reading of the old form is not
  // documented: a suggestion. The identifier's value fixes come from the catalogue's value checks (`system` to
  // `SYSTEM` is safe), reported under their rule IDs.
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'In the current ProfileXML schema a traffic filter names its app in `<App><Id>…</Id></App>`: a package family name, a full program path, or `SYSTEM` for kernel-mode traffic. ' +
      "The older schema, and Microsoft's SyncML example, write the identifier directly as `<App>…</App>`; whether current Windows still reads that form is not documented. Wrapping it in `<Id>` is offered as a suggestion. " +
      "Problems inside `<App>` (unknown children, a missing or repeated `<Id>`, a malformed identifier) are reported under the catalogue's own rule IDs.",
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <App>Microsoft.MicrosoftEdge_8wekyb3d8bbwe</App>\n  </TrafficFilter>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <App>\n      <Id>Microsoft.MicrosoftEdge_8wekyb3d8bbwe</Id>\n    </App>\n  </TrafficFilter>\n</VPNProfile>\n',
  },
  check({ profile, report, catalogue }) {
    for (const app of profile.elements('TrafficFilter/App')) {
      const children = app.elements();
      if (children.length === 0) {
        const value = app.text.trimmed;
        if (!value) {
          if (app.closed || app.selfClosing) {
            catalogue.report(schemaRuleMeta('profile', 'missing-element'), {
              range: app.nameRange,
              message: '`<App>` needs an `<Id>` element: the package family name, full program path or `SYSTEM` of the app this rule applies to.',
            });
          }
          continue;
        }
        const { start, end } = app.text.range;
        report({
          range: app.text.range,
          message: `The current schema puts the app identifier in \`<Id>\`: write ${codeSpan(`<App><Id>${value}</Id></App>`)}. The bare-text form comes from the older schema and a Microsoft example; whether current Windows still reads it is not documented.`,
          // Two insertions keep the identifier's own text (entities included) exactly as written.
          fixes: [
            {
              title: 'Wrap the identifier in <Id>',
              edits: [
                { range: { start, end: start }, newText: '<Id>' },
                { range: { start: end, end }, newText: '</Id>' },
              ],
              kind: 'suggestion',
            },
          ],
        });
        checkValue(app, APP_ID, catalogue);
        continue;
      }
      const ids = children.filter((c) => c.localName === 'Id');
      for (const child of children) {
        if (child.localName === 'Id') continue;
        catalogue.report(schemaRuleMeta('profile', 'unknown-element'), {
          range: child.nameRange,
          message: `${codeSpan(`<${child.localName}>`)} is not a known element of \`<App>\`; it holds only \`<Id>\`.`,
        });
      }
      if (ids.length === 0 && app.closed) {
        catalogue.report(schemaRuleMeta('profile', 'missing-element'), {
          range: app.nameRange,
          message: '`<App>` needs an `<Id>` element: the package family name, full program path or `SYSTEM` of the app this rule applies to.',
        });
      }
      for (const extra of ids.slice(1)) {
        catalogue.report(schemaRuleMeta('profile', 'duplicate-element'), {
          range: extra.nameRange,
          message: '`<App>` may contain `<Id>` only once; write one traffic filter per app.',
          related: [{ range: ids[0].nameRange, message: 'first occurrence' }],
        });
      }
      for (const id of ids) if (id.closed || id.selfClosing) checkValue(id, APP_ID, catalogue);
    }
  },
};
