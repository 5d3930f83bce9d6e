// What a rule is, in every family (XML well-formedness, ProfileXML, EAP XML, certificates, the analysis itself):
// metadata that the rule reference, the settings and SARIF read, and a check that reports through its context.
// This kernel imports no model: each family defines its context type beside its model (profile/rule.ts, …).
import type { Fix, FixKind, RelatedLocation, Severity, TextRange } from '../types';

export type RuleFamily = 'xml' | 'profile' | 'eap' | 'cert' | 'aovpn';

/**
 * How much a fix can be trusted without a person reading it.
 * - `safe`: one right answer that keeps the profile's meaning or restores what Windows requires (lowercase `true`,
 *   `&` → `&amp;`, a thumbprint's spacing). Fix-all, `source.fixAll.aovpn` and `aovpn check --fix` apply these.
 * - `suggestion`: needs a decision (one value among several, anything that deletes content, changes the tunnel
 *   type, authentication, trust or security settings, or restructures elements). Offered in the light bulb only.
 */
export type { FixKind } from '../types';

/** The rule reference's text for a rule (docs/rules.md and the per-rule pages). */
export interface RuleDocs {
  /** Why the rule exists and what Windows does, in a few sentences of Markdown, in our own words. */
  readonly rationale: string;
  /** A short document the rule reports on (for document families, a test checks that it does). */
  readonly wrong?: string;
  /** The same document written right (a test checks that the rule is silent on it). */
  readonly right?: string;
  /** Other public sources the rationale relies on, beside `docUrl` (URLs of `SOURCES` entries, listed on the rule's page). */
  readonly seeAlso?: readonly string[];
}

export interface RuleMeta {
  /** Stable kebab-case ID, `family/name`, e.g. `profile/device-tunnel-force-tunnel`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** What the rule checks, in one line (rule reference, SARIF, settings completion). */
  readonly title: string;
  /** The public source of the fact the rule enforces (Microsoft documentation where one exists); '' for aovpn/*. */
  readonly docUrl: string;
  /** The kinds of fix the rule may offer; empty when it offers none. A reported fix of another kind is refused. */
  readonly fixKinds?: readonly FixKind[];
  /** Off unless the user's settings give it a severity (advice few want by default). */
  readonly optIn?: boolean;
  readonly docs?: RuleDocs;
}

/** One finding as a check reports it; the family's runner maps its ranges to the document. */
export interface Report {
  readonly range: TextRange;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  /** Overrides the default severity for this one finding (an escalation or a milder variant). */
  readonly severity?: Severity;
  /** Rendered faded by editors (content that has no effect). */
  readonly unnecessary?: boolean;
}

/** What a check receives: its family's model (added by the family's context type) and a way to report. */
export interface RuleContext<R = Report> {
  report(report: R): void;
}

/**
 * A rule. `check` is absent only for rules whose findings come from a shared pass that serves many rules at once
 * (the XML parser's well-formedness errors, the catalogue's element and value checks); those passes report through
 * a `Reporter` naming the rule object.
 */
export interface Rule<C extends RuleContext<never> = RuleContext> extends RuleMeta {
  check?(context: C): void;
}

/** Reports on behalf of any rule (shared passes). */
export interface Reporter {
  report(rule: RuleMeta, report: Report): void;
}

export type RuleSeveritySetting = Severity | 'off';
/** Severity per rule ID, or per family with `family/*` (a rule's own entry wins). */
export type RuleSettings = Readonly<Record<string, RuleSeveritySetting>>;

export function ruleFamily(id: string): RuleFamily {
  return id.slice(0, id.indexOf('/')) as RuleFamily;
}

/** `profile/*` for `profile/…`: built once per rule ID, as this is asked for every rule and finding on every keystroke. */
const FAMILY_WILDCARDS = new Map<string, string>();

function familyWildcard(id: string): string {
  let wildcard = FAMILY_WILDCARDS.get(id);
  if (wildcard === undefined) {
    wildcard = `${ruleFamily(id)}/*`;
    // Rule IDs are the code's own, a few hundred; the bound only guards against misuse.
    if (FAMILY_WILDCARDS.size < 10_000) FAMILY_WILDCARDS.set(id, wildcard);
  }
  return wildcard;
}

/**
 * The severity a finding of `rule` gets: the user's setting for the rule or its family, else (unless the rule is
 * opt-in) the severity the check reported, else the rule's default. Undefined when the rule is off.
 */
export function effectiveSeverity(rule: RuleMeta, settings: RuleSettings | undefined, reported?: Severity): Severity | undefined {
  const setting = settings?.[rule.id] ?? settings?.[familyWildcard(rule.id)];
  if (setting === 'off') return undefined;
  if (setting) return setting;
  if (rule.optIn) return undefined;
  return reported ?? rule.defaultSeverity;
}

/** True when a rule runs at all under these settings. */
export function isRuleEnabled(rule: RuleMeta, settings: RuleSettings | undefined): boolean {
  return effectiveSeverity(rule, settings) !== undefined;
}
