// Rules about the analysis itself rather than about Always On VPN (no external documentation: docUrl is empty).
// The analysis reports them directly; they have no check of their own.
import type { Rule } from './rule';

export const SIZE_LIMIT_RULE: Rule = {
  id: 'aovpn/size-limit',
  defaultSeverity: 'information',
  title: 'The document is larger than the analysis limit, so part of the analysis was skipped',
  docUrl: '',
  fixKinds: [],
  docs: {
    rationale:
      'Past the size set by `aovpn.maxAnalysisSize` (2,000,000 characters by default) only well-formedness is checked, so that a huge generated file keeps the editor responsive; ' +
      'in a text file with more than 250 certificate blocks only the first 250 are judged. This note says where the analysis stopped, so that silence is not read as a clean bill of health.',
  },
};

export const INTERNAL_ERROR_RULE: Rule = {
  id: 'aovpn/internal-error',
  defaultSeverity: 'warning',
  title: 'A rule failed with an internal error (the other rules still ran)',
  docUrl: '',
  fixKinds: [],
  docs: {
    rationale:
      'A defect in one rule must not take the whole analysis down: its error becomes this one finding, naming the rule, and every other rule still runs. Please report it with the document that caused it.',
  },
};

export const FINDING_LIMIT_RULE: Rule = {
  id: 'aovpn/finding-limit',
  defaultSeverity: 'information',
  title: 'A rule found more problems in one document than are listed',
  docUrl: '',
  fixKinds: [],
  docs: {
    rationale: 'Each rule lists at most 1,000 findings per document; thousands of identical findings help nobody and cost memory. This note, after the last one listed, says how many more there were.',
  },
};

export const UNUSED_SUPPRESSION_RULE: Rule = {
  id: 'aovpn/unused-suppression',
  defaultSeverity: 'hint',
  title: 'A suppression comment suppresses nothing',
  docUrl: '',
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'A comment such as `<!-- aovpn-disable-next-line profile/some-rule - reason -->` hides the findings of that rule on the next line, and `<!-- aovpn-disable RULE -->` hides them ' +
      'from the comment to a matching `<!-- aovpn-enable RULE -->` or the end of the document; `family/*` names every rule of a family, and no rule at all names every rule. ' +
      'A suppression that hides nothing (the problem was fixed, the rule ID is misspelt, or the comment is on the wrong line) would hide a new problem later without anyone noticing, so it is reported, faded, with a suggestion to remove it. ' +
      "Suppressions of `cert/` rules are not checked here: their findings depend on the workspace's certificates. `aovpn check --no-inline-config` ignores every suppression comment. " +
      'The reason follows a single ` - `: XML does not allow `--` inside a comment (https://www.w3.org/TR/xml/#sec-comments).',
    wrong: '<VPNProfile>\n  <!-- aovpn-disable-next-line profile/no-such-rule - left over -->\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <!-- aovpn-disable-next-line profile/unknown-element - read by our own tooling -->\n  <ContosoNote>deployed by pipeline 42</ContosoNote>\n</VPNProfile>\n',
  },
};

/**
 * Findings a comment cannot silence: the suppression note itself, and the finding-limit notes (made after the
 * findings are counted, so no comment reaches them).
 */
export const NOT_SUPPRESSIBLE_RULE_IDS: ReadonlySet<string> = new Set([UNUSED_SUPPRESSION_RULE.id, FINDING_LIMIT_RULE.id]);

/** The analysis rules, sorted by ID. */
export const coreRules: readonly Rule[] = [FINDING_LIMIT_RULE, INTERNAL_ERROR_RULE, SIZE_LIMIT_RULE, UNUSED_SUPPRESSION_RULE];
