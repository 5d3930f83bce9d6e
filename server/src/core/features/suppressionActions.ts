// The "Disable RULE for this line / for this file" suggestions for the findings under a range. The comment is
// written where the finding's XML is: raw in a profile, escaped in escaped SyncML, raw in CDATA or a script string.
import { escapeDepthOf, type Analysis, type AnalysisUnit } from '../analysis';
import { IDENTITY_MAP } from '../documents/sourceMap';
import { NOT_SUPPRESSIBLE_RULE_IDS } from '../rules/coreRules';
import type { Finding, TextRange } from '../types';
import type { QuickFix } from './codeActions';
import { lineContentStart, lineStartOf, parseSuppressions, suppressionFixes, type InsertionContext } from './suppressions';

export function suppressionQuickFixes(analysis: Analysis, findings: readonly Finding[], range: TextRange): QuickFix[] {
  const out: QuickFix[] = [];
  const seen = new Set<string>();
  let directives: ReturnType<typeof parseSuppressions> | undefined;
  for (const finding of findings) {
    if (NOT_SUPPRESSIBLE_RULE_IDS.has(finding.ruleId) || !(finding.range.start <= range.end && range.start <= finding.range.end)) continue;
    const key = `${finding.ruleId}@${lineStartOf(analysis.text, finding.range.start)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = insertionContext(analysis, finding.range.start);
    if (!where) continue;
    directives ??= parseSuppressions(analysis.text);
    for (const fix of suppressionFixes(analysis.text, finding.ruleId, finding.range.start, where, directives)) {
      // One "for this file" per rule, whatever the number of its findings under the range.
      if (fix.title.endsWith('file')) {
        if (seen.has(fix.title)) continue;
        seen.add(fix.title);
      }
      out.push({ ...fix, findings: [finding] });
    }
  }
  return out;
}

/** Where a comment about a finding starting at `offset` can go, or undefined when nowhere safe is known. */
export function insertionContext(analysis: Analysis, offset: number): InsertionContext | undefined {
  const text = analysis.text;
  const unit = unitHolding(analysis, offset);
  if (!unit) {
    // An XML document that is neither a profile nor EAP (its well-formedness findings): a comment before the line.
    const start = skipProlog(text);
    if (text[start] !== '<') return undefined;
    return { escapeDepth: 0, lineInsertAt: lineInsertion(text, offset, 0, start), fileInsertAt: start <= offset ? start : undefined, fileOnOwnLine: true };
  }
  const escapeDepth = escapeDepthOf(unit);
  if (escapeDepth > 2) return undefined;
  const identity = unit.map === IDENTITY_MAP;
  const regionStart = unit.map.toOriginal(0);
  let lineInsertAt = lineInsertion(text, offset, escapeDepth, regionStart);
  if (lineInsertAt !== undefined && !identity && unit.map.toVirtual(lineInsertAt) === undefined) lineInsertAt = undefined;
  const root = unit.xml.root ?? unit.root;
  let fileInsertAt: number | undefined;
  let fileOnOwnLine = false;
  if (identity && !root.parent && lineContentStart(text, root.start) === root.start) {
    fileInsertAt = root.start;
    fileOnOwnLine = true;
  } else if (root.startTagEnd > 0) {
    // Inside the outermost root, as its first child: embedded XML must still start with its root element.
    fileInsertAt = unit.map.toOriginal(root.startTagEnd);
  }
  if (fileInsertAt !== undefined && fileInsertAt > offset) fileInsertAt = undefined;
  return { escapeDepth, lineInsertAt, fileInsertAt, fileOnOwnLine };
}

/** The start of the finding's line when a comment can stand there on a line of its own (before a tag). */
function lineInsertion(text: string, offset: number, escapeDepth: number, regionStart: number): number | undefined {
  const at = lineContentStart(text, offset);
  if (at < regionStart) return undefined;
  const tag = ['<', '&lt;', '&amp;lt;'][escapeDepth];
  if (!text.startsWith(tag, at) || text.startsWith(`${tag}!`, at) || text.startsWith(`${tag}?`, at)) return undefined;
  return at;
}

/** The innermost unit whose text covers `offset` (EAP escaped in a profile wins over the profile). */
function unitHolding(analysis: Analysis, offset: number): AnalysisUnit | undefined {
  let best: AnalysisUnit | undefined;
  let bestSize = Infinity;
  for (const unit of analysis.units) {
    const start = unit.map.toOriginal(0);
    const end = unit.map.toOriginal(unit.text.length);
    if (offset < start || offset > end) continue;
    const size = end - start;
    if (size < bestSize || (size === bestSize && unit.map !== IDENTITY_MAP && best?.map === IDENTITY_MAP)) {
      best = unit;
      bestSize = size;
    }
  }
  return best;
}

/** Past a byte-order mark, whitespace and the XML declaration. */
function skipProlog(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text.startsWith('<?xml', i)) {
    const end = text.indexOf('?>', i);
    if (end < 0) return text.length;
    i = end + 2;
    while (i < text.length && /\s/.test(text[i])) i++;
  }
  return i;
}
