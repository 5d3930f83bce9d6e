// Format Document / Format Selection for ProfileXML and EAP XML: indentation only. A line is re-indented only where
// its leading whitespace is whitespace between markup in element content (which XML applications, Windows' CSPs
// among them, ignore); text values, comments' inner lines, CDATA, attribute lines of a multi-line start tag and
// anything under xml:space="preserve" are kept byte for byte. A document with a well-formedness error is not
// formatted at all: with a broken tree, no indentation can be known to be right, and nothing may be lost.
import type { Analysis } from '../analysis';
import { IDENTITY_MAP } from '../documents/sourceMap';
import type { TextEdit, TextRange } from '../types';
import { XmlElement, type XmlDocument, type XmlNode } from '../xml/model';
import { parseXml } from '../xml/parser';

export interface FormatOptions {
  /** Spaces per level (when insertSpaces). */
  readonly tabSize: number;
  readonly insertSpaces: boolean;
}

export type FormatResult = { readonly ok: true; readonly edits: TextEdit[] } | { readonly ok: false; readonly reason: string };

/**
 * The edits that re-indent a ProfileXML or EAP XML document (or the lines of `range`). Refuses documents that are
 * not plain XML holding a profile or EAP configuration, and documents with well-formedness errors.
 */
export function formatDocument(analysis: Analysis, options: FormatOptions, range?: TextRange): FormatResult {
  if (analysis.kind === 'other' || analysis.units[0]?.map !== IDENTITY_MAP) return { ok: false, reason: 'Only a ProfileXML or EAP XML document is formatted (not XML embedded in another document).' };
  if (analysis.limited) return { ok: false, reason: 'The document is larger than the analysis limit: it is not formatted.' };
  const xml = parseXml(analysis.text);
  if (xml.errors.length || xml.omittedErrors.size) return { ok: false, reason: 'The document has XML errors: fix them first, then format.' };
  if (xml.partial) return { ok: false, reason: 'The document has too many elements to format.' };
  return { ok: true, edits: indentationEdits(xml, options, range) };
}

export function indentationEdits(xml: XmlDocument, options: FormatOptions, range?: TextRange): TextEdit[] {
  const text = xml.text;
  // A tab size outside 1–16 (or not a number) is not one an editor means: 2 then.
  const size = Math.floor(Number(options.tabSize));
  const unit = options.insertSpaces ? ' '.repeat(size >= 1 && size <= 16 ? size : 2) : '\t';
  const edits: TextEdit[] = [];
  /** Re-indents the line on which `at` starts, if only ignorable whitespace (with a line break) precedes it since `from`. */
  const indent = (from: number, at: number, depth: number) => {
    const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    if (lineStart <= from || lineStart === 0) return;
    for (let i = from; i < at; i++) if (!isXmlSpace(text.charCodeAt(i))) return;
    if (range && (at < range.start || lineStart > range.end)) return;
    const wanted = unit.repeat(depth);
    if (text.slice(lineStart, at) !== wanted) edits.push({ range: { start: lineStart, end: at }, newText: wanted });
  };
  const visit = (nodes: readonly XmlNode[], contentStart: number, depth: number, elementContent: boolean, contentEnd?: { at: number; depth: number }) => {
    let previousEnd = contentStart;
    for (const node of nodes) {
      if (elementContent && node.kind !== 'text' && node.kind !== 'cdata') indent(previousEnd, node.start, depth);
      if (node instanceof XmlElement && !node.selfClosing && node.closeTag && !preservesSpace(node)) {
        visit(node.children, node.startTagEnd, depth + 1, node.hasChildElements && !hasText(node), { at: node.closeTag.start, depth });
      }
      // Whitespace-only text in element content is the very whitespace being re-indented.
      if (!(elementContent && node.kind === 'text')) previousEnd = node.end;
    }
    if (elementContent && contentEnd) indent(previousEnd, contentEnd.at, contentEnd.depth);
  };
  visit(xml.children, 0, 0, true);
  return edits;
}

function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Mixed content (text or CDATA beside child elements): the whitespace around the text is part of it. */
function hasText(element: XmlElement): boolean {
  return element.children.some((c) => c.kind === 'cdata' || (c.kind === 'text' && /[^ \t\r\n]/.test(c.value)));
}

function preservesSpace(element: XmlElement): boolean {
  return element.attributes.some((a) => a.name === 'xml:space' && a.value === 'preserve');
}
