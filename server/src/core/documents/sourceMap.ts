// Maps offsets in a derived ("virtual") text back to the document it came from, for XML that had to be
// unwrapped (PowerShell output, a script's strings) or unescaped (`&lt;VPNProfile&gt;` in SyncML) before it could
// be parsed.
import type { TextRange } from '../types';

export interface SourceMap {
  /** Where a virtual offset is in the document; inside an escape, the escape's start (good for showing ranges). */
  toOriginal(virtualOffset: number): number;
  /** Undefined when the original offset falls in text that was removed. */
  toVirtual(originalOffset: number): number | undefined;
  /**
   * The document range that holds exactly the virtual range, for edits: undefined when a boundary falls inside an
   * escape (`&gt;`, `''`, a backtick sequence), where no document offset corresponds to it. An empty range is an
   * insertion point: between two escapes it is the end of the first.
   */
  toOriginalRange(range: TextRange): TextRange | undefined;
}

export const IDENTITY_MAP: SourceMap = { toOriginal: (o) => o, toVirtual: (o) => o, toOriginalRange: (r) => r };

/**
 * A range of the derived text as a range of the document, for findings: the one way their ranges leave an
 * embedding. Edits need the exact `SourceMap.toOriginalRange`, which refuses a boundary inside an escape.
 */
export function toOriginalRange(map: SourceMap, range: TextRange): TextRange {
  return map === IDENTITY_MAP ? range : { start: map.toOriginal(range.start), end: map.toOriginal(range.end) };
}

/**
 * Built from segments: each copies `length` virtual characters from `originalLength` document characters. A
 * segment whose lengths are equal is a plain copy (character for character); one whose lengths differ is an escape,
 * which only maps as a whole.
 */
export class SegmentSourceMap implements SourceMap {
  private readonly virtualStarts: number[] = [];
  private readonly originalStarts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly originalLengths: number[] = [];

  add(virtualStart: number, originalStart: number, length: number, originalLength = length): void {
    if (length <= 0) return;
    this.virtualStarts.push(virtualStart);
    this.originalStarts.push(originalStart);
    this.lengths.push(length);
    this.originalLengths.push(originalLength);
  }

  toOriginal(virtualOffset: number): number {
    const i = lastAtOrBefore(this.virtualStarts, virtualOffset);
    if (i < 0) return this.originalStarts[0] ?? virtualOffset;
    const delta = virtualOffset - this.virtualStarts[i];
    if (delta >= this.lengths[i]) return this.originalStarts[i] + this.originalLengths[i];
    return this.originalStarts[i] + (this.lengths[i] === this.originalLengths[i] ? delta : 0);
  }

  toVirtual(originalOffset: number): number | undefined {
    const i = lastAtOrBefore(this.originalStarts, originalOffset);
    if (i < 0) return undefined;
    const delta = originalOffset - this.originalStarts[i];
    if (delta > this.originalLengths[i]) return undefined;
    if (this.lengths[i] === this.originalLengths[i]) return this.virtualStarts[i] + delta;
    return this.virtualStarts[i] + (delta === this.originalLengths[i] ? this.lengths[i] : 0);
  }

  toOriginalRange(range: TextRange): TextRange | undefined {
    if (range.start === range.end) {
      // An insertion: at the end of the segment before it, or at the start of the one it begins.
      const at = this.endOf(range.start) ?? this.startOf(range.start);
      return at === undefined ? undefined : { start: at, end: at };
    }
    const start = this.startOf(range.start);
    const end = this.endOf(range.end);
    return start === undefined || end === undefined || end < start ? undefined : { start, end };
  }

  /** The document offset where the virtual character at `offset` starts, if it starts a character there. */
  private startOf(offset: number): number | undefined {
    const i = lastAtOrBefore(this.virtualStarts, offset);
    if (i < 0) return undefined;
    const delta = offset - this.virtualStarts[i];
    if (delta === 0) return this.originalStarts[i];
    if (delta < this.lengths[i]) return this.lengths[i] === this.originalLengths[i] ? this.originalStarts[i] + delta : undefined;
    return delta === this.lengths[i] ? this.originalStarts[i] + this.originalLengths[i] : undefined;
  }

  /** The document offset where the virtual character before `offset` ends, if one ends there. */
  private endOf(offset: number): number | undefined {
    const i = lastAtOrBefore(this.virtualStarts, offset - 1);
    if (i < 0) return undefined;
    const delta = offset - this.virtualStarts[i];
    if (delta === this.lengths[i]) return this.originalStarts[i] + this.originalLengths[i];
    if (delta < this.lengths[i]) return this.lengths[i] === this.originalLengths[i] ? this.originalStarts[i] + delta : undefined;
    return undefined;
  }
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Offsets of a text derived from a derived text: `inner` leads to the middle text, `outer` from it to the document. */
export function composeMaps(inner: SourceMap, outer: SourceMap): SourceMap {
  if (outer === IDENTITY_MAP) return inner;
  return {
    toOriginal: (offset) => outer.toOriginal(inner.toOriginal(offset)),
    toVirtual: (offset) => {
      const middle = outer.toVirtual(offset);
      return middle === undefined ? undefined : inner.toVirtual(middle);
    },
    toOriginalRange: (range) => {
      const middle = inner.toOriginalRange(range);
      return middle && outer.toOriginalRange(middle);
    },
  };
}
