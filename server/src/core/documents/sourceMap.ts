// Maps offsets in a derived ("virtual") text back to the document it came from, for XML that had to be
// unwrapped (PowerShell output, a script's strings, escaped ProfileXML in SyncML) before it could be parsed.
import type { TextRange } from '../types';

export interface SourceMap {
  toOriginal(virtualOffset: number): number;
  /** Undefined when the original offset falls in text that was removed. */
  toVirtual(originalOffset: number): number | undefined;
}

export const IDENTITY_MAP: SourceMap = { toOriginal: (o) => o, toVirtual: (o) => o };

/** A range of the derived text as a range of the document: the one way ranges leave an embedding. */
export function toOriginalRange(map: SourceMap, range: TextRange): TextRange {
  return map === IDENTITY_MAP ? range : { start: map.toOriginal(range.start), end: map.toOriginal(range.end) };
}

/** Built from copied segments: each segment copies `length` characters from `original` to `virtual`. */
export class SegmentSourceMap implements SourceMap {
  private readonly virtualStarts: number[] = [];
  private readonly originalStarts: number[] = [];
  private readonly lengths: number[] = [];

  add(virtualStart: number, originalStart: number, length: number): void {
    this.virtualStarts.push(virtualStart);
    this.originalStarts.push(originalStart);
    this.lengths.push(length);
  }

  toOriginal(virtualOffset: number): number {
    const i = lastAtOrBefore(this.virtualStarts, virtualOffset);
    if (i < 0) return this.originalStarts[0] ?? virtualOffset;
    return this.originalStarts[i] + Math.min(virtualOffset - this.virtualStarts[i], this.lengths[i]);
  }

  toVirtual(originalOffset: number): number | undefined {
    const i = lastAtOrBefore(this.originalStarts, originalOffset);
    if (i < 0) return undefined;
    const delta = originalOffset - this.originalStarts[i];
    return delta <= this.lengths[i] ? this.virtualStarts[i] + delta : undefined;
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
  };
}
