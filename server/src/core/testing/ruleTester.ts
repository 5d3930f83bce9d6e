// The one rule tester, in the spirit of ESLint's RuleTester: a rule object and tables of valid and invalid
// documents. Each invalid case lists every finding the rule must report (range, message, severity, related
// locations) and every fix with its kind and the exact text after applying it. Beyond the tables it checks what
// every rule owes: it is registered, its fixes are of the kinds it declares, a safe fix removes a finding without
// adding errors, and its documentation examples behave as documented. A module that reports under catalogue rule
// IDs (through `context.catalogue`) names those rules in `reportsAs`; what it adds under them is its own finding.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument, type AnalysisOptions } from '../analysis';
import { applyEdits } from '../features/codeActions';
import { allRules } from '../rules/registry';
import type { FixKind, RuleMeta, RuleSettings } from '../rules/rule';
import type { Finding, Severity, TextRange } from '../types';

/**
 * Where a finding (or a related location) must be: the first occurrence of a string, its `occurrence`-th
 * (0-based), the first occurrence after the first `after`; the name in the `occurrence`-th start tag of an element
 * (`tag`); the content between the `occurrence`-th `<content>` and its end tag (`content`); or explicit offsets.
 */
export type Locator =
  | string
  | { readonly text: string; readonly occurrence?: number; readonly after?: string }
  | { readonly tag: string; readonly occurrence?: number }
  | { readonly content: string; readonly occurrence?: number }
  | TextRange;

export interface ExpectedFix {
  readonly title: string;
  readonly kind: FixKind;
  /** The whole document after applying this fix alone. */
  readonly output: string;
}

export interface ExpectedFinding {
  /** The rule the finding is reported under when it is one of the case table's `reportsAs`; else the rule under test. */
  readonly rule?: RuleMeta;
  readonly at: Locator;
  /** A part of the message (a string it must contain) or a pattern it must match. */
  readonly message?: string | RegExp;
  readonly severity?: Severity;
  /** Every related location, in order. */
  readonly related?: readonly Locator[];
  /** Every fix, in order; omit to leave fixes unchecked, `[]` for none. */
  readonly fixes?: readonly ExpectedFix[];
}

/** Analysis options other than the rule settings: the target Windows, how the bytes were decoded, a script. */
export type CaseOptions = Omit<AnalysisOptions, 'rules'>;

export interface ValidCase {
  readonly name: string;
  readonly text: string;
  /** Rule settings for the analysis; an opt-in rule under test is switched on unless set here. */
  readonly settings?: RuleSettings;
  /** The other analysis options (target Windows, source encoding, language). */
  readonly options?: CaseOptions;
  /** No other rule reports an error on this text (the case causes no cascade of errors elsewhere). */
  readonly noOtherErrors?: boolean;
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in document order. */
  readonly findings: readonly ExpectedFinding[];
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
  /**
   * Catalogue rules the module also reports under (through `context.catalogue`). Their findings count as the
   * module's when they disappear with the module switched off, so a case lists exactly what the module adds.
   */
  readonly reportsAs?: readonly RuleMeta[];
  /** The analysis options the documented examples assume (a target Windows), as the rule's rationale says. */
  readonly docsOptions?: CaseOptions;
}

/**
 * Findings of `rule` on `text`, as users see them (the whole analysis, then filtered), in document order. With
 * `reportsAs`, also the findings under those rules' IDs that the module adds: those present with the module on and
 * absent with it off.
 */
export function findingsOf(rule: RuleMeta, text: string, settings: RuleSettings = {}, reportsAs: readonly RuleMeta[] = [], options: CaseOptions = {}): Finding[] {
  const rules = rule.optIn && !(rule.id in settings) ? { ...settings, [rule.id]: rule.defaultSeverity } : settings;
  const all = analyzeDocument(text, { ...options, rules }).findings;
  if (reportsAs.length === 0) return all.filter((f) => f.ruleId === rule.id);
  const borrowed = new Set(reportsAs.map((r) => r.id));
  const withoutModule = new Map<string, number>();
  for (const finding of analyzeDocument(text, { ...options, rules: { ...rules, [rule.id]: 'off' } }).findings) {
    if (borrowed.has(finding.ruleId)) withoutModule.set(findingKey(finding), (withoutModule.get(findingKey(finding)) ?? 0) + 1);
  }
  return all.filter((finding) => {
    if (finding.ruleId === rule.id) return true;
    if (!borrowed.has(finding.ruleId)) return false;
    const left = withoutModule.get(findingKey(finding)) ?? 0;
    if (left === 0) return true;
    withoutModule.set(findingKey(finding), left - 1);
    return false;
  });
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId} ${finding.range.start} ${finding.range.end} ${finding.message}`;
}

export function locate(text: string, locator: Locator): TextRange {
  if (typeof locator !== 'string' && 'start' in locator) return locator;
  if (typeof locator !== 'string' && 'tag' in locator) {
    const open = startTag(text, locator.tag, locator.occurrence ?? 0);
    return { start: open + 1, end: open + 1 + locator.tag.length };
  }
  if (typeof locator !== 'string' && 'content' in locator) {
    const open = startTag(text, locator.content, locator.occurrence ?? 0);
    const start = text.indexOf('>', open) + 1;
    const end = text.indexOf(`</${locator.content}`, start);
    assert.ok(start > 0 && end !== -1, `the test text closes \`<${locator.content}>\``);
    return { start, end };
  }
  const { text: needle, occurrence = 0, after } = typeof locator === 'string' ? { text: locator } : locator;
  let from = 0;
  if (after !== undefined) {
    const anchor = text.indexOf(after);
    assert.notEqual(anchor, -1, `the test text contains \`${after}\``);
    from = anchor + after.length;
  }
  let at = from - 1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `the test text contains \`${needle}\` ${occurrence + 1} time(s)${after === undefined ? '' : ` after \`${after}\``}`);
  }
  return { start: at, end: at + needle.length };
}

/** Offset of the `occurrence`-th start tag of `name` (`<name>`, `<name …>` or `<name/>`). */
function startTag(text: string, name: string, occurrence: number): number {
  // XML names hold letters, digits, `_`, `-`, `:` and `.`; only the dot needs escaping.
  const pattern = new RegExp(`<${name.replace(/\./g, '\\.')}(?=[\\s/>])`, 'g');
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= occurrence; i++) {
    match = pattern.exec(text);
    assert.ok(match, `the test text has ${occurrence + 1} start tag(s) \`<${name}>\``);
  }
  return match!.index;
}

function describeFinding(text: string, finding: Finding): string {
  return `${finding.severity} at ${finding.range.start}-${finding.range.end} \`${text.slice(finding.range.start, finding.range.end)}\`: ${finding.message}`;
}

function errorCount(text: string, settings: RuleSettings, options: CaseOptions = {}): number {
  return analyzeDocument(text, { ...options, rules: settings }).findings.filter((f) => f.severity === 'error').length;
}

function assertNoOtherErrors(rule: RuleMeta, text: string, settings: RuleSettings = {}, options: CaseOptions = {}): void {
  const others = analyzeDocument(text, { ...options, rules: settings }).findings.filter((f) => f.severity === 'error' && f.ruleId !== rule.id);
  assert.deepEqual(
    others.map((f) => `${f.ruleId}: ${describeFinding(text, f)}`),
    [],
    'no error from another rule',
  );
}

/** Registers node:test tests for `rule`: its tables and the checks every rule owes. */
export function testRule(rule: RuleMeta, cases: RuleCases): void {
  const reportsAs = cases.reportsAs ?? [];
  const metaOf = (ruleId: string): RuleMeta => reportsAs.find((r) => r.id === ruleId) ?? rule;
  describe(rule.id, () => {
    test('is registered under its ID', () => {
      assert.ok(
        allRules().some((r) => r.id === rule.id),
        `${rule.id} is in the rule registry`,
      );
    });

    for (const valid of cases.valid) {
      test(`valid: ${valid.name}`, () => {
        const found = findingsOf(rule, valid.text, valid.settings, reportsAs, valid.options);
        assert.deepEqual(
          found.map((f) => describeFinding(valid.text, f)),
          [],
          `no ${rule.id} finding`,
        );
        if (valid.noOtherErrors) assertNoOtherErrors(rule, valid.text, valid.settings, valid.options);
      });
    }

    for (const invalid of cases.invalid) {
      test(`invalid: ${invalid.name}`, () => {
        const text = invalid.text;
        const settings = invalid.settings ?? {};
        const options = invalid.options ?? {};
        const found = findingsOf(rule, text, settings, reportsAs, options);
        assert.equal(found.length, invalid.findings.length, `${invalid.findings.length} finding(s) expected; the rule reported:\n${found.map((f) => describeFinding(text, f)).join('\n')}`);
        if (invalid.noOtherErrors) assertNoOtherErrors(rule, text, settings, options);
        invalid.findings.forEach((expected, index) => {
          const finding = found[index];
          const where = `finding ${index + 1} (${describeFinding(text, finding)})`;
          assert.equal(finding.ruleId, (expected.rule ?? rule).id, `${where}: reported under`);
          assert.deepEqual(finding.range, locate(text, expected.at), `${where}: range`);
          if (typeof expected.message === 'string') assert.ok(finding.message.includes(expected.message), `${where}: message contains «${expected.message}»`);
          else if (expected.message) assert.match(finding.message, expected.message, `${where}: message`);
          if (expected.severity) assert.equal(finding.severity, expected.severity, `${where}: severity`);
          if (expected.related) {
            assert.deepEqual(
              (finding.related ?? []).map((r) => r.range),
              expected.related.map((l) => locate(text, l)),
              `${where}: related locations`,
            );
          }
          for (const fix of finding.fixes ?? []) {
            // A catalogue rule that declares no fix kinds leaves the declaration to the module reporting under it.
            const declaring = metaOf(finding.ruleId).fixKinds ? metaOf(finding.ruleId) : rule;
            if (declaring.fixKinds) assert.ok(declaring.fixKinds.includes(fix.kind), `${where}: fix «${fix.title}» is ${fix.kind}, which ${declaring.id} does not declare`);
            if (fix.kind === 'safe') {
              const output = applyEdits(text, fix.edits);
              assert.ok(findingsOf(rule, output, settings, reportsAs, options).length < found.length, `${where}: the safe fix «${fix.title}» resolves the finding`);
              assert.ok(errorCount(output, settings, options) <= errorCount(text, settings, options), `${where}: the safe fix «${fix.title}» adds no error`);
            }
          }
          if (expected.fixes) {
            assert.deepEqual(
              (finding.fixes ?? []).map((f) => ({ title: f.title, kind: f.kind, output: applyEdits(text, f.edits) })),
              expected.fixes.map((f) => ({ title: f.title, kind: f.kind, output: f.output })),
              `${where}: fixes`,
            );
          }
        });
      });
    }

    const docs = rule.docs;
    if (docs?.wrong !== undefined) {
      test('documentation: the wrong example is reported', () => {
        assert.ok(findingsOf(rule, docs.wrong!, {}, reportsAs, cases.docsOptions).length > 0, `${rule.id} reports its documented wrong example`);
      });
    }
    if (docs?.right !== undefined) {
      test('documentation: the right example is not reported', () => {
        assert.deepEqual(
          findingsOf(rule, docs.right!, {}, reportsAs, cases.docsOptions).map((f) => f.message),
          [],
        );
      });
    }
  });
}
