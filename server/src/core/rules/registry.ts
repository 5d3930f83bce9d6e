// Every rule the product can report, for the rule reference, SARIF output and settings validation.
import { certificateRuleMetas } from '../certificates/ruleMetas';
import { eapRules } from '../eap/rules';
import { profileRules } from '../profile/rules';
import { FINDING_LIMIT_RULE, INTERNAL_ERROR_RULE, SIZE_LIMIT_RULE } from './coreRules';
import type { RuleMeta } from './rule';
import { allSchemaRuleMetas } from './schema';
import { allValueRuleMetas } from './valueRules';
import { allXmlRuleMetas } from './xmlRules';

export function allRules(): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  const metas: RuleMeta[] = [...allXmlRuleMetas(), ...allSchemaRuleMetas(), ...allValueRuleMetas(), ...profileRules, ...eapRules, ...certificateRuleMetas, SIZE_LIMIT_RULE, INTERNAL_ERROR_RULE, FINDING_LIMIT_RULE];
  for (const meta of metas) {
    byId.set(meta.id, { id: meta.id, defaultSeverity: meta.defaultSeverity, title: meta.title, docUrl: meta.docUrl });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
