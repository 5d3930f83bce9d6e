// Every rule the product can report, one registry above the families it lists: the rule objects themselves (not
// copies), sorted by ID, for the rule reference, SARIF output, settings validation and the rule testers.
import { allCertificateRules } from '../certificates/rules';
import { xmlTextRules } from '../characters/rules';
import { eapRules } from '../eap/rules';
import { profileRules } from '../profile/rules';
import { coreRules } from './coreRules';
import type { RuleMeta } from './rule';
import { schemaRules } from './schema';
import { valueRules } from './valueRules';
import { xmlRules } from './xmlRules';

let sorted: readonly RuleMeta[] | undefined;
let byId: ReadonlyMap<string, RuleMeta> | undefined;

function build(): void {
  const all: RuleMeta[] = [...xmlRules, ...xmlTextRules, ...schemaRules, ...valueRules, ...profileRules, ...eapRules, ...allCertificateRules, ...coreRules];
  const map = new Map<string, RuleMeta>();
  for (const rule of all) {
    const other = map.get(rule.id);
    if (other && other !== rule) throw new Error(`two rules share the ID ${rule.id}`);
    map.set(rule.id, rule);
  }
  sorted = [...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  byId = map;
}

/** Every rule, sorted by ID. Built on first use, so that no family depends on the order modules load in. */
export function allRules(): readonly RuleMeta[] {
  if (!sorted) build();
  return sorted!;
}

/** The rule with this ID, or undefined when there is none. */
export function ruleById(id: string): RuleMeta | undefined {
  if (!byId) build();
  return byId!.get(id);
}
