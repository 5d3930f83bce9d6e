// Inline suppression comments in the ESLint style, read from the document's text (so they work in a plain profile,
// in escaped or CDATA XML inside SyncML and in a script's strings alike):
//   <!-- aovpn-disable-next-line RULE[, RULE] - reason -->   findings that start on the next line
//   <!-- aovpn-disable RULE[, RULE] -->                      findings from here to a matching aovpn-enable or the end
//   <!-- aovpn-enable RULE[, RULE] -->                       ends aovpn-disable for the same RULE (none: for all)
// RULE is a rule ID or a family (`profile/*`); no RULE at all means every rule. XML forbids `--` inside a comment
// (https://www.w3.org/TR/xml/#sec-comments; strict parsers reject the document), so the reason follows a single
// ` - `, not ESLint's ` -- ` (which is still understood, and still reported by xml/double-hyphen-in-comment).
import type { Fix, TextRange } from '../types';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface RulePattern {
  /** A rule ID, `family/*`, or '' for every rule. */
  readonly pattern: string;
  /** Where the pattern is written (for '' the directive's keyword). */
  readonly range: TextRange;
  used: boolean;
  /** aovpn-disable: where a matching aovpn-enable ends this pattern's suppression (else `covers.end`). */
  end?: number;
}

export interface SuppressionDirective {
  readonly kind: DirectiveKind;
  /** The whole comment, in document offsets. */
  readonly range: TextRange;
  /** The patterns as written; one '' pattern when the directive names no rule. */
  readonly patterns: readonly RulePattern[];
  /** How many times the comment is escaped (`&lt;!-- … --&gt;` is 1): XML that is text of another document. */
  readonly escapeDepth: number;
  /** disable-next-line: the document range of the line it covers. disable: from the comment to the end (see RulePattern.end). */
  readonly covers: TextRange;
}

// The body is bounded so that unterminated directives cannot make the scan quadratic.
const DIRECTIVE = /(<!--|&lt;!--|&amp;lt;!--)[ \t\r\n]*aovpn-(disable-next-line|disable|enable)(?![\w-])([^]{0,2000}?)(-->|--&gt;|--&amp;gt;)/g;
/** The comment's delimiters written as XML, escaped once (SyncML `<Data>`), or twice (EAP escaped in such a profile). */
const OPENERS = ['<!--', '&lt;!--', '&amp;lt;!--'];
const CLOSERS = ['-->', '--&gt;', '--&amp;gt;'];
/** Directives past this many are ignored: each finding is checked against every directive. */
export const MAX_DIRECTIVES = 1_000;
const RULE_TOKEN = /^[a-z]+\/(\*|[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The suppression directives of a document, in document order. Cheap when there are none. */
export function parseSuppressions(text: string): SuppressionDirective[] {
  if (!text.includes('aovpn-')) return [];
  const found: { kind: DirectiveKind; range: TextRange; patterns: RulePattern[]; escapeDepth: number }[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match && found.length < MAX_DIRECTIVES; match = DIRECTIVE.exec(text)) {
    const escapeDepth = OPENERS.indexOf(match[1]);
    if (escapeDepth !== CLOSERS.indexOf(match[4])) continue;
    const kind = match[2] as DirectiveKind;
    const bodyStart = match.index + match[0].length - match[4].length - match[3].length;
    const keywordStart = text.indexOf('aovpn-', match.index);
    const keywordRange = { start: keywordStart, end: keywordStart + 'aovpn-'.length + kind.length };
    found.push({ kind, range: { start: match.index, end: match.index + match[0].length }, patterns: parsePatterns(match[3], bodyStart, keywordRange), escapeDepth });
  }
  if (!found.length) return [];
  const lines = lineStarts(text);
  const directives: SuppressionDirective[] = [];
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    let covers: TextRange;
    if (d.kind === 'disable-next-line') {
      const next = lineAfter(lines, d.range.end);
      covers = next === undefined ? { start: text.length, end: text.length } : { start: lines[next], end: next + 1 < lines.length ? lines[next + 1] : text.length };
    } else if (d.kind === 'disable') {
      covers = { start: d.range.end, end: text.length };
    } else covers = d.range;
    directives.push({ ...d, covers });
  }
  // An enable ends, pattern by pattern, the open disables of the same pattern (or, naming none, every open one).
  for (let i = 0; i < directives.length; i++) {
    const enable = directives[i];
    if (enable.kind !== 'enable') continue;
    const all = enable.patterns.some((p) => p.pattern === '');
    for (let j = 0; j < i; j++) {
      const disable = directives[j];
      if (disable.kind !== 'disable') continue;
      for (const pattern of disable.patterns) {
        if ((pattern.end ?? disable.covers.end) <= enable.range.start) continue;
        if (all || enable.patterns.some((e) => e.pattern === pattern.pattern)) pattern.end = enable.range.start;
      }
    }
  }
  return directives;
}

function parsePatterns(body: string, bodyStart: number, keywordRange: TextRange): RulePattern[] {
  // The reason starts at ` - ` (or ESLint's ` -- `); what precedes it lists rules, separated by commas or spaces.
  const reason = /(^|\s)-{1,2}(\s|$)/.exec(body);
  const list = reason ? body.slice(0, reason.index) : body;
  const patterns: RulePattern[] = [];
  const token = /[^\s,]+/g;
  for (let match = token.exec(list); match; match = token.exec(list)) {
    patterns.push({ pattern: match[0], range: { start: bodyStart + match.index, end: bodyStart + match.index + match[0].length }, used: false });
  }
  return patterns.length ? patterns : [{ pattern: '', range: keywordRange, used: false }];
}

/** True when a pattern is written like a rule ID or a family (`profile/*`); anything else can match nothing. */
export function isRulePattern(pattern: string): boolean {
  return pattern === '' || RULE_TOKEN.test(pattern);
}

export function patternMatches(pattern: string, ruleId: string): boolean {
  if (pattern === '' || pattern === ruleId) return true;
  return pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1));
}

/** Decides, finding by finding, whether a directive suppresses it, and remembers which patterns did. */
export class Suppressions {
  constructor(readonly directives: readonly SuppressionDirective[]) {}

  /** True (and the pattern marked used) when a directive covers a finding of `ruleId` starting at `offset`. */
  suppresses(ruleId: string, offset: number): boolean {
    let suppressed = false;
    for (const directive of this.directives) {
      if (directive.kind === 'enable' || offset < directive.covers.start || offset >= directive.covers.end) continue;
      // A finding about the comment itself is never hidden by it.
      if (offset >= directive.range.start && offset < directive.range.end) continue;
      for (const pattern of directive.patterns) {
        if (pattern.end !== undefined && offset >= pattern.end) continue;
        if (patternMatches(pattern.pattern, ruleId)) {
          pattern.used = true;
          suppressed = true;
        }
      }
    }
    return suppressed;
  }

  /** Patterns of disable directives that suppressed nothing. */
  unused(): { directive: SuppressionDirective; pattern: RulePattern }[] {
    const out: { directive: SuppressionDirective; pattern: RulePattern }[] = [];
    for (const directive of this.directives) {
      if (directive.kind === 'enable') continue;
      for (const pattern of directive.patterns) if (!pattern.used) out.push({ directive, pattern });
    }
    return out;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

/** Index of the line after the one holding `offset`, or undefined on the last line. */
function lineAfter(starts: readonly number[], offset: number): number | undefined {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1 < starts.length ? low + 1 : undefined;
}

/** Where the text of the document can take an inserted comment, and how it must be written there. */
export interface InsertionContext {
  /** How many times the XML around the finding is escaped (`&lt;` is 1), so the comment must be as well. */
  readonly escapeDepth: number;
  /** A document offset where a comment may start a line of its own, for the finding's line; undefined if none. */
  readonly lineInsertAt?: number;
  /** A document offset where a file-wide comment may go (before the finding); undefined if none. */
  readonly fileInsertAt?: number;
  /** The file-wide comment goes on a line of its own (a plain XML document) rather than inline. */
  readonly fileOnOwnLine: boolean;
}

/** The two suggestions for one finding of `ruleId`: disable it for the finding's line, and for the file. */
export function suppressionFixes(text: string, ruleId: string, findingStart: number, where: InsertionContext, directives: readonly SuppressionDirective[]): Fix[] {
  const fixes: Fix[] = [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const open = OPENERS[where.escapeDepth] ?? OPENERS[0];
  const close = CLOSERS[where.escapeDepth] ?? CLOSERS[0];
  if (where.lineInsertAt !== undefined) {
    const lineStart = lineStartOf(text, findingStart);
    // Already a disable-next-line for this line: add the rule to it rather than stack a second comment.
    const existing = directives.find((d) => d.kind === 'disable-next-line' && d.covers.start === lineStart && !d.patterns.some((p) => p.pattern === ''));
    if (existing) {
      const last = existing.patterns[existing.patterns.length - 1];
      fixes.push({ title: `Disable ${ruleId} for this line`, kind: 'suggestion', edits: [{ range: { start: last.range.end, end: last.range.end }, newText: `, ${ruleId}` }] });
    } else {
      const indent = text.slice(lineStart, where.lineInsertAt);
      fixes.push({
        title: `Disable ${ruleId} for this line`,
        kind: 'suggestion',
        edits: [{ range: { start: where.lineInsertAt, end: where.lineInsertAt }, newText: `${open} aovpn-disable-next-line ${ruleId} ${close}${eol}${indent}` }],
      });
    }
  }
  if (where.fileInsertAt !== undefined) {
    const comment = `${open} aovpn-disable ${ruleId} ${close}`;
    fixes.push({
      title: `Disable ${ruleId} for this file`,
      kind: 'suggestion',
      edits: [{ range: { start: where.fileInsertAt, end: where.fileInsertAt }, newText: where.fileOnOwnLine ? comment + eol : comment }],
    });
  }
  return fixes;
}

export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The first offset of the line holding `offset` that is not a space or a tab. */
export function lineContentStart(text: string, offset: number): number {
  let i = lineStartOf(text, offset);
  while (i < offset && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Findings made outside the analysis (the workspace's certificate checks) minus those a comment suppresses. */
export function withoutSuppressed<F extends { readonly ruleId: string; readonly range: TextRange }>(findings: readonly F[], suppressions: Suppressions | undefined): readonly F[] {
  if (!suppressions?.directives.length) return findings;
  return findings.filter((finding) => !suppressions.suppresses(finding.ruleId, finding.range.start));
}
