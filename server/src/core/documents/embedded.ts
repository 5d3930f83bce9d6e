// Finds ProfileXML or EAP XML inside a text that is not itself XML, such as the output of
// `Get-WmiObject -Class MDM_VPNv2_01 …` or `Get-VpnConnection | Format-List`, where PowerShell wraps long
// property values onto indented continuation lines.
import { SegmentSourceMap } from './sourceMap';

export interface EmbeddedXml {
  /** The XML as it was meant to be, continuation line breaks removed. */
  readonly text: string;
  readonly map: SegmentSourceMap;
  /** Range in the original document. */
  readonly start: number;
  readonly end: number;
}

const ROOT_NAMES = ['VPNProfile', 'EapHostConfig'];

/** Each top-level `<VPNProfile>` or `<EapHostConfig>` block in `text`. */
export function findEmbeddedXml(text: string): EmbeddedXml[] {
  return [...embeddedXmlBlocks(text)];
}

/**
 * The same blocks one at a time, so that a caller can drop each before the next is made: a PowerShell transcript
 * can hold a million of them.
 */
export function* embeddedXmlBlocks(text: string): Generator<EmbeddedXml> {
  let from = 0;
  // The next start tag of each root name at or after `from`, kept between blocks: searching again from every
  // block for a name that does not occur rescanned the rest of the text each time (quadratic).
  const next = new Map<string, number>();
  for (;;) {
    let start = -1;
    let rootName = '';
    for (const name of ROOT_NAMES) {
      let at = next.get(name);
      if (at === undefined || (at !== -1 && at < from)) {
        at = indexOfStartTag(text, name, from);
        next.set(name, at);
      }
      if (at !== -1 && (start === -1 || at < start)) {
        start = at;
        rootName = name;
      }
    }
    if (start === -1) return;
    const block = isFormatListValue(text, start) ? unwrapFormatListValue(text, start, rootName) : plainBlock(text, start, rootName);
    yield block;
    from = Math.max(block.end, start + 1);
  }
}

/** `Name    : <VPNProfile>…` is a Format-List property value: PowerShell continues it on indented lines. */
function isFormatListValue(text: string, start: number): boolean {
  // The line's text before the block, looked up backwards only as far as it can still be `Name : `: finding the
  // line start first rescanned a long line for every block on it (quadratic).
  let lineStart = start;
  while (lineStart > 0) {
    const c = text[lineStart - 1];
    if (c === '\n') break;
    if (!PREFIX_CHARACTER.test(c)) return false;
    lineStart--;
  }
  const prefix = text.slice(lineStart, start);
  return /^\s*[A-Za-z_][\w.]*\s*:\s$/.test(prefix) || /^\s*[A-Za-z_][\w.]*\s*:\s+$/.test(prefix);
}

/** Every character the `Name : ` prefix can hold. */
const PREFIX_CHARACTER = /[\s\w.:]/;

function indexOfStartTag(text: string, name: string, from: number): number {
  let at = text.indexOf('<' + name, from);
  while (at !== -1) {
    const next = text.charCodeAt(at + 1 + name.length);
    // `<VPNProfile>`, `<VPNProfile ` or a glued attribute such as `<EapHostConfigxmlns=`
    if (next === 0x3e || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x2f || text.startsWith('xmlns', at + 1 + name.length)) return at;
    at = text.indexOf('<' + name, at + 1);
  }
  return -1;
}

function plainBlock(text: string, start: number, rootName: string): EmbeddedXml {
  const close = text.indexOf(`</${rootName}>`, start);
  const end = close === -1 ? text.length : close + rootName.length + 3;
  const map = new SegmentSourceMap();
  map.add(0, start, end - start);
  return { text: text.slice(start, end), map, start, end };
}

function unwrapFormatListValue(text: string, start: number, rootName: string): EmbeddedXml {
  const closeTag = `</${rootName}>`;
  const map = new SegmentSourceMap();
  let virtual = '';
  let position = start;
  for (;;) {
    const newline = text.indexOf('\n', position);
    const lineEnd = newline === -1 ? text.length : text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
    const piece = text.slice(position, lineEnd);
    const close = piece.indexOf(closeTag);
    if (close !== -1) {
      map.add(virtual.length, position, close + closeTag.length);
      virtual += piece.slice(0, close + closeTag.length);
      return { text: virtual, map, start, end: position + close + closeTag.length };
    }
    map.add(virtual.length, position, piece.length);
    virtual += piece;
    if (newline === -1) return { text: virtual, map, start, end: lineEnd };
    // Continue only on an indented continuation line; the next property (`Name : value`) ends the value.
    let next = newline + 1;
    let indent = next;
    while (indent < text.length && (text.charCodeAt(indent) === 0x20 || text.charCodeAt(indent) === 0x09)) indent++;
    if (indent === next || indent >= text.length) return { text: virtual, map, start, end: lineEnd };
    next = indent;
    position = next;
  }
}
