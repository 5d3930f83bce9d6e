// Quick fixes for the findings under a range, and a fix-all that applies every safe fix at once.
import type { Finding, Fix, FixKind, TextEdit, TextRange } from '../types';

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly kind: FixKind;
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
    for (const fix of finding.fixes) out.push({ title: fix.title, edits: fix.edits, kind: fix.kind, findings: [finding] });
  }
  return out;
}

/**
 * The first safe fix of every finding (suggestions need a person and are never applied in bulk), minus any whose edits would overlap an earlier one, so the result can be
 * applied as one edit. Running fix-all again on the result changes nothing more that it already fixed.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const taken = new TakenRanges();
  const seen = new Set<string>();
  for (const finding of findings) {
    const fix: Fix | undefined = finding.fixes?.find((f) => f.kind === 'safe');
    if (!fix) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (fix.edits.some((edit) => taken.conflicts(edit.range))) continue;
    seen.add(key);
    for (const edit of fix.edits) {
      chosen.push(edit);
      taken.add(edit.range);
    }
  }
  return chosen.sort((a, b) => a.range.start - b.range.start);
}

/**
 * The ranges fix-all has already taken, sorted by start (then end). They never overlap, so their ends are sorted
 * too, and a conflict check is a binary search instead of a scan (100,000 fixable findings took 19 s).
 */
class TakenRanges {
  private readonly ranges: TextRange[] = [];

  /** Overlaps a taken range, or is an insertion at the same point as a taken insertion. */
  conflicts(range: TextRange): boolean {
    const ranges = this.ranges;
    // The taken ranges that start before `range` ends; the last of them reaches furthest.
    const before = this.firstIndex((t) => t.start >= range.end);
    if (before > 0 && ranges[before - 1].end > range.start) return true;
    if (range.start === range.end) {
      const at = this.firstIndex((t) => t.start >= range.start);
      if (at < ranges.length && ranges[at].start === range.start && ranges[at].end === range.start) return true;
    }
    return false;
  }

  add(range: TextRange): void {
    const at = this.firstIndex((t) => t.start > range.start || (t.start === range.start && t.end > range.end));
    if (at === this.ranges.length) this.ranges.push(range);
    else this.ranges.splice(at, 0, range);
  }

  /** The first index whose range satisfies `after` (a predicate that is false, then true, along the list). */
  private firstIndex(after: (t: TextRange) => boolean): number {
    let low = 0;
    let high = this.ranges.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (after(this.ranges[mid])) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

/** Applies non-overlapping edits to a text (used by the CLI and tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // As if applied one by one from the end of the text (insertions at one point end up in reverse order), but
  // built in one pass: slicing the whole text for every edit took 8 s for 1,000 fixes in a 2 MB file.
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  const pieces: string[] = [];
  let cursor = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const { range, newText } = sorted[i];
    pieces.push(text.slice(cursor, range.start), newText);
    cursor = Math.max(cursor, range.end);
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}
