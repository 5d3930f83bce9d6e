// Start and end tags as pairs: linked editing of their names, highlighting the pair, and the end tag to insert when
// a start tag has just been finished with `>`. Offsets in, offsets out.
import type { Analysis } from '../analysis';
import { IDENTITY_MAP, type SourceMap } from '../documents/sourceMap';
import type { TextRange } from '../types';
import type { XmlDocument, XmlElement } from '../xml/model';
import { parseXml } from '../xml/parser';
import { elementAt } from '../xml/query';

/** An XML name as linked editing lets it be typed (no markup, quote, space or reference characters). */
export const TAG_NAME_PATTERN = '[^\\s<>/"\'=&;]+';

/** Document texts larger than this are not parsed again for tag pairs (the analysis' trees are used). */
const MAX_REPARSE = 4_000_000;

export interface TagPair {
  /** The name in the start tag. */
  readonly start: TextRange;
  /** The name in the matching end tag; undefined for a self-closing or unclosed element. */
  readonly end?: TextRange;
}

/** The element whose start- or end-tag name holds `offset` (at either edge too). */
export function tagPairAt(analysis: Analysis, offset: number): TagPair | undefined {
  for (const { xml, map } of trees(analysis)) {
    const local = map.toVirtual(offset);
    if (local === undefined || !xml.root) continue;
    const element = elementAt(xml.children, local);
    if (!element) continue;
    const pair = pairOf(element, map);
    const inName = (r: TextRange | undefined) => r !== undefined && offset >= r.start && offset <= r.end;
    if (inName(pair.start) || inName(pair.end)) return pair;
  }
  return undefined;
}

/** The name ranges to edit together, or undefined when the cursor is not on a matched pair's name. */
export function linkedEditingRangesAt(analysis: Analysis, offset: number): TextRange[] | undefined {
  const pair = tagPairAt(analysis, offset);
  return pair?.end ? [pair.start, pair.end] : undefined;
}

/** The names of the tag pair under the cursor, for document highlight. */
export function tagHighlightsAt(analysis: Analysis, offset: number): TextRange[] {
  const pair = tagPairAt(analysis, offset);
  return pair ? (pair.end ? [pair.start, pair.end] : [pair.start]) : [];
}

/**
 * The end tag to insert right after a `>` the user just typed at `offset - 1`: `</Name>` when that `>` finished a
 * start tag whose element has no end tag of its own. Plain XML only (not escaped or embedded XML).
 */
export function autoCloseTagAt(text: string, offset: number): string | undefined {
  if (offset < 2 || text[offset - 1] !== '>' || text[offset - 2] === '/' || text.length > MAX_REPARSE || !startsLikeXml(text)) return undefined;
  const open = text.lastIndexOf('<', offset - 1);
  if (open < 0) return undefined;
  const tag = /^<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>$/.exec(text.slice(open, offset));
  // An odd number of quotes: the `>` was typed inside an attribute value.
  if (!tag || (tag[0].split('"').length - 1) % 2 || (tag[0].split("'").length - 1) % 2) return undefined;
  const xml = parseXml(text);
  const element = elementAt(xml.children, open);
  if (!element || element.start !== open || element.name !== tag[1] || element.startTagEnd !== offset) return undefined;
  return element.closeTag ? undefined : `</${element.name}>`;
}

function pairOf(element: XmlElement, map: SourceMap): TagPair {
  const mapRange = (r: TextRange): TextRange => (map === IDENTITY_MAP ? r : { start: map.toOriginal(r.start), end: map.toOriginal(r.end) });
  const close = element.closeTag && element.closeTag.name === element.name ? mapRange(element.closeTag.nameRange) : undefined;
  return { start: mapRange(element.nameRange), end: close };
}

/** Per analysis (the server keeps one per document version): highlight runs on every cursor move. */
const treeCache = new WeakMap<Analysis, { xml: XmlDocument; map: SourceMap }[]>();

/** The XML trees of a document: the document itself when it is XML, and the analysis' embedded trees. */
function trees(analysis: Analysis): { xml: XmlDocument; map: SourceMap }[] {
  let cached = treeCache.get(analysis);
  if (!cached) treeCache.set(analysis, (cached = buildTrees(analysis)));
  return cached;
}

function buildTrees(analysis: Analysis): { xml: XmlDocument; map: SourceMap }[] {
  const text = analysis.text;
  const out: { xml: XmlDocument; map: SourceMap }[] = [];
  // The document's own tree, parsed again: the analysis' trees have unclosed elements repaired.
  if (startsLikeXml(text) && text.length <= MAX_REPARSE) out.push({ xml: parseXml(text), map: IDENTITY_MAP });
  const seen = new Set<XmlDocument>();
  for (const unit of analysis.units) {
    if (unit.map === IDENTITY_MAP || seen.has(unit.xml)) continue;
    seen.add(unit.xml);
    out.push({ xml: unit.xml, map: unit.map });
  }
  return out;
}

function startsLikeXml(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i++;
  return text[i] === '<';
}
