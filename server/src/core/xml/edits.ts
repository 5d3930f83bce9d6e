// Reading and replacing an element's value, for every family's rules: one set of helpers, so that a fix that sets a
// value writes the same text whichever rule offers it.
import type { TextEdit, TextRange } from '../types';
import type { XmlElement } from './model';

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
