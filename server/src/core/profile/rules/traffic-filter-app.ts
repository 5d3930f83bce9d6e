// TrafficFilter/App holds one `<Id>` (current XSD); Microsoft's SyncML example still writes the 2018 form `<App>text</App>`
// (DOMAIN.md §1.2). The catalogue accepts both forms, so this rule checks the content the catalogue cannot:
// the old form, and `<Id>` like any catalogue value (same rule IDs as the catalogue checks).
import type { ValueSpec } from '../../catalogue/types';
import type { ProfileRule } from '../rule';
import { schemaRuleMeta } from '../../rules/schema';
import { checkValue } from '../helpers';

const APP_ID: ValueSpec = { kind: 'string', format: 'appId' };

export const trafficFilterApp: ProfileRule = {
  id: 'profile/traffic-filter-app',
  defaultSeverity: 'warning',
  title: 'A traffic filter app written without `<Id>` (old schema form)',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenametrafficfilterlisttrafficfilteridappid',
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
        report({
          range: app.text.range,
          message: `The current schema puts the app identifier in \`<Id>\`: write \`<App><Id>${value}</Id></App>\`. The bare-text form comes from the 2018 schema and a Microsoft example; whether current Windows still reads it is not documented.`,
          fixes: [{ title: 'Wrap the identifier in `<Id>`', edits: [{ range: app.text.range, newText: `<Id>${value}</Id>` }], kind: 'safe' }],
        });
        checkValue(app, APP_ID, catalogue);
        continue;
      }
      const ids = children.filter((c) => c.localName === 'Id');
      for (const child of children) {
        if (child.localName === 'Id') continue;
        catalogue.report(schemaRuleMeta('profile', 'unknown-element'), {
          range: child.nameRange,
          message: `\`<${child.localName}>\` is not a known element of \`<App>\`; it holds only \`<Id>\`.`,
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
