// Quick fixes for the findings under a range, and a fix-all that applies every preferred fix at once.
import type { Finding, Fix, TextEdit, TextRange } from '../types';

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly isPreferred: boolean;
  /** The findings this fix resolves. */
  readonly findings: readonly Finding[];
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Every fix offered by the findings that touch `range`. */
export function quickFixes(findings: readonly Finding[], range: TextRange): QuickFix[] {
  const out: QuickFix[] = [];
  for (const finding of findings) {
    if (!finding.fixes?.length || !overlaps(finding.range, range)) continue;
    for (const fix of finding.fixes) out.push({ title: fix.title, edits: fix.edits, isPreferred: fix.isPreferred === true, findings: [finding] });
  }
  return out;
}

/**
 * The preferred fix of every finding, minus any whose edits would overlap an earlier one, so the result can be
 * applied as one edit. Running fix-all again on the result changes nothing more that it already fixed.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const taken: TextRange[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const fix: Fix | undefined = finding.fixes?.find((f) => f.isPreferred);
    if (!fix) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (fix.edits.some((edit) => taken.some((t) => edit.range.start < t.end && t.start < edit.range.end) || taken.some((t) => edit.range.start === edit.range.end && t.start === t.end && t.start === edit.range.start))) continue;
    seen.add(key);
    for (const edit of fix.edits) {
      chosen.push(edit);
      taken.push(edit.range);
    }
  }
  return chosen.sort((a, b) => a.range.start - b.range.start);
}

/** Applies non-overlapping edits to a text (used by the CLI and tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  return result;
}
