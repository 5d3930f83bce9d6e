// Splits separator-delimited values and notes the spacing and empty-entry problems with their positions.

export interface ListItem {
  /** The entry without surrounding whitespace. */
  readonly text: string;
  /** Index of `text` in the whole value. */
  readonly start: number;
}

export interface SplitList {
  readonly items: ListItem[];
  /** Whitespace runs next to a separator (index ranges). */
  readonly spacing: { start: number; end: number }[];
  /** Empty entries: the range of the superfluous separator. */
  readonly empty: { start: number; end: number }[];
}

export function splitList(text: string, separator: string): SplitList {
  const items: ListItem[] = [];
  const spacing: { start: number; end: number }[] = [];
  const empty: { start: number; end: number }[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(separator, from);
    const end = at === -1 ? text.length : at;
    let s = from;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s > from && from > 0) spacing.push({ start: from, end: s });
    if (e < end && at !== -1) spacing.push({ start: e, end });
    if (s === e) {
      if (at !== -1) empty.push({ start: at, end: at + separator.length });
      else if (from > 0) empty.push({ start: from - separator.length, end: from });
    } else {
      items.push({ text: text.slice(s, e), start: s });
    }
    if (at === -1) break;
    from = at + separator.length;
  }
  return { items, spacing, empty };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
}
