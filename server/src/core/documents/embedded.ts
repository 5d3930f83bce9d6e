// Finds ProfileXML or EAP XML inside a text that is not itself XML, such as the output of
// `Get-WmiObject -Class MDM_VPNv2_01 …` or `Get-VpnConnection | Format-List`, where PowerShell wraps long
// property values onto indented continuation lines. The profile may also be written escaped (`&lt;VPNProfile&gt;…`,
// as the WMI bridge and SyncML carry it) or as a string value of a registry export (`"ExpectedValue"="<VPNProfile…"`,
// the MDM node cache), where regedit writes `\"` and `\\` for `"` and `\`.
import type { EmbeddingHost } from './host';
import { SegmentSourceMap, type SourceMap } from './sourceMap';

export interface EmbeddedXml {
  /** The XML as it was meant to be, continuation line breaks removed and escapes decoded. */
  readonly text: string;
  readonly map: SourceMap;
  /** Range in the original document. */
  readonly start: number;
  readonly end: number;
  /** How text inserted by a fix must be written, when the XML is escaped in the document. */
  readonly host?: EmbeddingHost;
}

const ROOT_NAMES = ['VPNProfile', 'EapHostConfig'];

/** Each top-level `<VPNProfile>` or `<EapHostConfig>` block in `text`, plain or escaped. */
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
    let escaped = false;
    for (const name of ROOT_NAMES) {
      for (const form of [false, true]) {
        const key = (form ? '&' : '<') + name;
        let at = next.get(key);
        if (at === undefined || (at !== -1 && at < from)) {
          at = form ? indexOfEscapedStartTag(text, name, from) : indexOfStartTag(text, name, from);
          next.set(key, at);
        }
        if (at !== -1 && (start === -1 || at < start)) {
          start = at;
          rootName = name;
          escaped = form;
        }
      }
    }
    if (start === -1) return;
    const prefix = linePrefix(text, start);
    const closeTag = escaped ? `&lt;/${rootName}&gt;` : `</${rootName}>`;
    // `Name    : <VPNProfile>…` is a Format-List property value: PowerShell continues it on indented lines.
    const formatList = prefix !== undefined && (/^\s*[A-Za-z_][\w.]*\s*:\s$/.test(prefix) || /^\s*[A-Za-z_][\w.]*\s*:\s+$/.test(prefix));
    let block = formatList ? unwrapFormatListValue(text, start, closeTag) : plainBlock(text, start, closeTag);
    if (escaped) block = decodeBlock(block, decodeXmlReference, XML_TEXT_HOST);
    else if (prefix !== undefined && /^"(?:[^"\\]|\\.)*"="$/.test(prefix)) block = decodeBlock(block, decodeRegistryEscape, REGISTRY_STRING_HOST);
    yield block;
    from = Math.max(block.end, start + 1);
  }
}

/** The longest line prefix worth reading: a Format-List property name or a registry value name. */
const MAX_PREFIX = 256;

/**
 * The text between the start of `start`'s line and `start`, or undefined when it is longer than any prefix we look
 * for: finding the line start of every block on one long line rescanned it for each (quadratic).
 */
function linePrefix(text: string, start: number): string | undefined {
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) {
    if (start - lineStart >= MAX_PREFIX) return undefined;
    lineStart--;
  }
  return text.slice(lineStart, start);
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

/** `&lt;VPNProfile&gt;` or `&lt;EapHostConfig xmlns=…`. */
function indexOfEscapedStartTag(text: string, name: string, from: number): number {
  let at = text.indexOf('&lt;' + name, from);
  while (at !== -1) {
    const after = at + 4 + name.length;
    if (text.startsWith('&gt;', after) || text.startsWith('/&gt;', after) || /\s/.test(text[after] ?? '')) return at;
    at = text.indexOf('&lt;' + name, at + 1);
  }
  return -1;
}

function plainBlock(text: string, start: number, closeTag: string): EmbeddedXml {
  const close = text.indexOf(closeTag, start);
  const end = close === -1 ? text.length : close + closeTag.length;
  const map = new SegmentSourceMap();
  map.add(0, start, end - start);
  return { text: text.slice(start, end), map, start, end };
}

function unwrapFormatListValue(text: string, start: number, closeTag: string): EmbeddedXml {
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

// ---- escaped blocks ---------------------------------------------------------------------------------------

/** Decodes one escape at `at` of `text`: the decoded text and the length it takes, or undefined (a plain character). */
type Decoder = (text: string, at: number) => { decoded: string; length: number } | undefined;

const NAMED_REFERENCES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#60;`, `&#x3C;`: the escaping of XML text. */
const decodeXmlReference: Decoder = (text, at) => {
  if (text[at] !== '&') return undefined;
  const match = /^&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/.exec(text.slice(at, at + 12));
  if (!match) return undefined;
  const body = match[1];
  const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : body.startsWith('#') ? parseInt(body.slice(1), 10) : -1;
  if (code > 0x10ffff) return undefined;
  return { decoded: code === -1 ? NAMED_REFERENCES[body] : String.fromCodePoint(code), length: match[0].length };
};

/** regedit's string values: `\"` and `\\`. */
const decodeRegistryEscape: Decoder = (text, at) => (text[at] === '\\' && (text[at + 1] === '"' || text[at + 1] === '\\') ? { decoded: text[at + 1], length: 2 } : undefined);

const XML_TEXT_HOST: EmbeddingHost = { placeholders: [], encode: (_range, text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') };
const REGISTRY_STRING_HOST: EmbeddingHost = { placeholders: [], encode: (_range, text) => text.replace(/[\\"]/g, (c) => '\\' + c) };

/** The block with its escapes decoded; the map still leads every character to where it is written in the document. */
function decodeBlock(block: EmbeddedXml, decode: Decoder, host: EmbeddingHost): EmbeddedXml {
  const source = block.text;
  const map = new SegmentSourceMap();
  let text = '';
  // The current run of characters copied as they are: virtual start, document start, length.
  let runStart = 0;
  let runOriginal = -1;
  let runLength = 0;
  const flush = () => {
    if (runLength) map.add(runStart, runOriginal, runLength);
    runLength = 0;
  };
  for (let at = 0; at < source.length;) {
    const original = block.map.toOriginal(at);
    const escape = decode(source, at);
    if (escape) {
      // An escape maps as a whole: its decoded text stands for all of its document characters.
      flush();
      map.add(text.length, original, escape.decoded.length, block.map.toOriginal(at + escape.length) - original);
      text += escape.decoded;
      at += escape.length;
      continue;
    }
    if (!runLength || original !== runOriginal + runLength) {
      flush();
      runStart = text.length;
      runOriginal = original;
    }
    runLength++;
    text += source[at];
    at++;
  }
  flush();
  return { text, map, start: block.start, end: block.end, host };
}
