// Edits on the source text of an XML document, computed from decoded values: the one place where a fix that
// names decoded text (a value, part of a list) becomes an edit of the characters that hold it. References and CDATA
// are mapped exactly: a range either maps to whole source characters in one text or CDATA section, or the edit is
// not made (undefined), never approximated. Text put into the source is written for where it goes (`&` as `&amp;`
// in text, nothing that ends a CDATA section inside one).
import type { TextEdit, TextRange } from '../types';
import type { TextRun, TextValue, XmlAttribute, XmlElement } from './model';

// Reading and replacing an element's value, for every family's rules: one set of helpers, so that a fix that sets a
// value writes the same text whichever rule offers it.

/** The whole number in the element's text, if it is one. */
export function integerValue(element: XmlElement | undefined): number | undefined {
  const text = element?.text.trimmed;
  return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Range of an element's trimmed text; for an empty element, the empty range where text would go. */
export function valueRange(element: XmlElement): TextRange {
  if (element.selfClosing) return { start: element.startTagEnd - 2, end: element.startTagEnd - 2 };
  return element.text.range;
}

/**
 * Replaces an element's value (its trimmed text; its whole content when that is only white space), keeping the tags
 * and their attributes: `<X/>` becomes `<X>value</X>`.
 */
export function replaceValue(element: XmlElement, newText: string): TextEdit {
  if (element.selfClosing) return { range: { start: element.startTagEnd - 2, end: element.startTagEnd }, newText: `>${newText}</${element.name}>` };
  const text = element.text;
  if (text.trimmed) return { range: text.range, newText };
  return { range: { start: element.contentStart, end: element.contentEnd }, newText };
}

/** `text` written as XML character data: `&` and `<` escaped, and the `>` of a `]]>`. */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/]]>/g, ']]&gt;');
}

/** `text` written inside a quoted attribute value (either quote). */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * The edit that replaces the decoded characters [start, end) of an element's text with `replacement`, or undefined
 * when that range has no exact source range: a boundary inside a reference, or a range across a comment or from text
 * into a CDATA section. An empty range inserts.
 */
export function textValueEdit(value: TextValue, start: number, end: number, replacement: string): TextEdit | undefined {
  const runs = value.runs();
  if (!runs.length) return start === 0 && end === 0 ? { range: { start: value.offsetAt(0), end: value.offsetAt(0) }, newText: escapeXmlText(replacement) } : undefined;
  let first: { offset: number; run: TextRun } | undefined;
  let last: { offset: number; run: TextRun } | undefined;
  if (start === end) first = last = endOf(runs, start) ?? startOf(runs, start);
  else {
    first = startOf(runs, start);
    last = endOf(runs, end);
  }
  if (!first || !last || first.run.piece !== last.run.piece || last.offset < first.offset) return undefined;
  if (first.run.cdata) return replacement.includes(']]>') ? undefined : { range: { start: first.offset, end: last.offset }, newText: replacement };
  return { range: { start: first.offset, end: last.offset }, newText: escapeXmlText(replacement) };
}

/** The edit that replaces the decoded characters [start, end) of an attribute value, or undefined when not exact. */
export function attributeValueEdit(attribute: XmlAttribute, start: number, end: number, replacement: string): TextEdit | undefined {
  const range = attribute.valueRange;
  if (attribute.value === undefined || !range) return undefined;
  // References (`&amp;`) make the decoded value shorter than its source: positions in it are not source positions.
  if (range.end - range.start !== attribute.value.length) return undefined;
  return { range: { start: range.start + start, end: range.start + end }, newText: escapeXmlAttribute(replacement) };
}

/** The source offset where the decoded character at `index` starts, and its run, when a character starts there. */
function startOf(runs: readonly TextRun[], index: number): { offset: number; run: TextRun } | undefined {
  const run = runAt(runs, index, false);
  if (!run) return undefined;
  const delta = index - run.index;
  if (delta === 0) return { offset: run.source, run };
  return run.length === run.sourceLength ? { offset: run.source + delta, run } : undefined;
}

/** The source offset where the decoded character before `index` ends, and its run. */
function endOf(runs: readonly TextRun[], index: number): { offset: number; run: TextRun } | undefined {
  const run = runAt(runs, index, true);
  if (!run) return undefined;
  const delta = index - run.index;
  if (delta === run.length) return { offset: run.source + run.sourceLength, run };
  return run.length === run.sourceLength ? { offset: run.source + delta, run } : undefined;
}

/** The run holding the character at `index` (or, with `before`, the one before `index`). */
function runAt(runs: readonly TextRun[], index: number, before: boolean): TextRun | undefined {
  let low = 0;
  let high = runs.length;
  // The first run that ends after `index` (before: at or after `index`).
  while (low < high) {
    const mid = (low + high) >> 1;
    const end = runs[mid].index + runs[mid].length;
    if (before ? end < index : end <= index) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < runs.length; k++) {
    const run = runs[k];
    if (run.length === 0) continue;
    if (before ? run.index < index && index <= run.index + run.length : run.index <= index && index < run.index + run.length) return run;
    if (run.index > index) break;
  }
  return undefined;
}

const DELIMITERS = ['<![CDATA[', ']]>', '<!--', '-->'];
const REFERENCE = /^&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z_:][\w.:-]*);/;

/**
 * Whether an edit of `text` would cut an entity or character reference (`&a|mp;`) or a CDATA or comment delimiter
 * in two. Every fix is checked with it before it is offered: such an edit breaks what it cuts.
 */
export function editSplitsMarkup(text: string, range: TextRange): boolean {
  return splitsAt(text, range.start) || (range.end !== range.start && splitsAt(text, range.end));
}

function splitsAt(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  // The last `&` among the 39 characters before: lastIndexOf went back through the whole text when there was none.
  let amp = -1;
  for (let i = offset - 1; i >= 0 && i > offset - 40; i--) {
    if (text.charCodeAt(i) === 0x26) {
      amp = i;
      break;
    }
  }
  if (amp !== -1) {
    const match = REFERENCE.exec(text.slice(amp, amp + 40));
    if (match && offset < amp + match[0].length) return true;
  }
  for (const delimiter of DELIMITERS) {
    for (let k = 1; k < delimiter.length; k++) if (text.startsWith(delimiter, offset - k)) return true;
  }
  return false;
}
