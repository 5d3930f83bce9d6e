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
  const found: EmbeddedXml[] = [];
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
    if (start === -1) return found;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const prefix = text.slice(lineStart, start);
    // `Name    : <VPNProfile>…` is a Format-List property value: PowerShell continues it on indented lines.
    const formatList = /^\s*[A-Za-z_][\w.]*\s*:\s$/.test(prefix) || /^\s*[A-Za-z_][\w.]*\s*:\s+$/.test(prefix);
    const block = formatList ? unwrapFormatListValue(text, start, rootName) : plainBlock(text, start, rootName);
    found.push(block);
    from = Math.max(block.end, start + 1);
  }
}

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
