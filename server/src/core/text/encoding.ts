// Bytes to text and back, byte for byte. Profiles come from many Windows tools: UTF-8 with or without a BOM,
// UTF-16 (Windows PowerShell 5.1's Out-File and `>` write UTF-16LE with a BOM), sometimes without a BOM, and XML
// that declares a legacy single-byte encoding (ISO-8859-1, Windows-1252). `decodeText` records everything needed
// to write the text back exactly as it was; `encodeText` does that, or refuses with a reason.
// Pure: no I/O. The text never includes the BOM, so offsets match what editors show.

/**
 * The character encoding: 'utf-8', 'utf-16le', 'utf-16be', 'iso-8859-1' (every byte is the code point of the same
 * number), 'us-ascii', or the WHATWG name of another encoding TextDecoder knows ('windows-1252', 'iso-8859-2', …).
 */
export type Charset = string;

export type LineEnding = '\n' | '\r\n' | '\r';

export interface TextEncoding {
  readonly charset: Charset;
  /** The bytes started with a byte-order mark (not part of the text). */
  readonly bom: boolean;
  /** What decided the charset. */
  readonly detectedBy: 'bom' | 'zero-bytes' | 'declaration' | 'default';
  /** The encoding named by the XML declaration, as written, when there is one. */
  readonly declared?: string;
  /** The most frequent line ending; undefined when the text has no line break. */
  readonly lineEnding?: LineEnding;
  /** More than one kind of line ending occurs. */
  readonly mixedLineEndings: boolean;
  /** Set when encoding the text again could not give back the bytes it came from, saying why. */
  readonly unfaithful?: string;
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Set when the bytes do not look like text at all (NUL characters, UTF-32), saying why; `text` is a best effort. */
  readonly notText?: string;
}

export type EncodeResult =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string; /** UTF-16 offset of the character that cannot be written. */ readonly offset?: number };

// ---- decoding

/** How many leading bytes are examined for zero bytes (UTF-16 without a BOM) and for the XML declaration. */
const SNIFF_BYTES = 4096;
const DECLARATION_BYTES = 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  const b = bytes;
  if (b.length >= 4 && ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))) {
    return notTextResult('it starts with a UTF-32 byte-order mark, and UTF-32 is not supported (save it as UTF-8 or UTF-16)');
  }
  const { charset, bomLength } = sniffUnicode(b);
  const detectedBy = bomLength > 0 ? 'bom' : 'zero-bytes';
  if (charset === 'utf-16le' || charset === 'utf-16be') return decodeUtf16(b, bomLength, charset === 'utf-16le', detectedBy);
  return decodeAsciiCompatible(b, bomLength, bomLength > 0 ? 'bom' : 'default');
}

/**
 * The Unicode encoding of bytes from their start: a byte-order mark (`bomLength` bytes), or UTF-16 recognised by its
 * zero bytes; otherwise UTF-8 (or an ASCII-compatible encoding an XML declaration may name). Looks at 4 KB at most.
 */
export function sniffUnicode(head: Uint8Array): { charset: 'utf-8' | 'utf-16le' | 'utf-16be'; bomLength: number } {
  const b = head;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', bomLength: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', bomLength: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', bomLength: 2 };
  return { charset: utf16ByZeroBytes(b) ?? 'utf-8', bomLength: 0 };
}

/**
 * UTF-16 without a BOM shows itself by zero bytes: ASCII characters (all of XML's markup) have a zero high byte,
 * which is every odd byte in little-endian order and every even byte in big-endian order. UTF-8 text has no zero
 * bytes at all.
 */
function utf16ByZeroBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zerosEven++;
    if (bytes[i + 1] === 0) zerosOdd++;
  }
  const pairs = length / 2;
  if (pairs === 0) return undefined;
  const order = zerosOdd >= pairs / 4 && zerosEven * 10 < zerosOdd ? 'utf-16le' : zerosEven >= pairs / 4 && zerosOdd * 10 < zerosEven ? 'utf-16be' : undefined;
  if (!order) return undefined;
  // Binary data has zero bytes too: in text, the code units below U+0080 are printable or line breaks.
  let ascii = 0;
  let printable = 0;
  for (let i = 0; i < length; i += 2) {
    const [high, low] = order === 'utf-16le' ? [bytes[i + 1], bytes[i]] : [bytes[i], bytes[i + 1]];
    if (high !== 0 || low >= 0x80) continue;
    ascii++;
    if (low >= 0x20 ? low < 0x7f : low === 9 || low === 10 || low === 13) printable++;
  }
  return printable * 10 >= ascii * 9 ? order : undefined;
}

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean, detectedBy: 'bom' | 'zero-bytes'): DecodedText {
  const units = (bytes.length - start) >> 1;
  const text = utf16ToString(bytes, start, units, littleEndian);
  const odd = (bytes.length - start) % 2 === 1;
  const charset = littleEndian ? 'utf-16le' : 'utf-16be';
  const encoding: TextEncoding = {
    charset,
    bom: detectedBy === 'bom',
    detectedBy,
    ...declaredOf(text.slice(0, DECLARATION_BYTES)),
    ...lineEndingsOf(text),
    ...(odd ? { unfaithful: `it ends with half a UTF-16 character (an odd number of bytes); the last byte was left out` } : {}),
  };
  return withNulCheck(text, encoding);
}

/** Code units as they are (a lone surrogate stays one), so encoding the text again gives the same bytes. */
function utf16ToString(bytes: Uint8Array, start: number, units: number, littleEndian: boolean): string {
  const CHUNK = 8192;
  const buffer = new Uint16Array(Math.min(units, CHUNK));
  const parts: string[] = [];
  for (let done = 0; done < units; done += CHUNK) {
    const n = Math.min(CHUNK, units - done);
    let p = start + done * 2;
    for (let k = 0; k < n; k++, p += 2) buffer[k] = littleEndian ? bytes[p] | (bytes[p + 1] << 8) : (bytes[p] << 8) | bytes[p + 1];
    parts.push(charCodesToString(buffer.subarray(0, n)));
  }
  return parts.join('');
}

function decodeAsciiCompatible(bytes: Uint8Array, start: number, detectedBy: 'bom' | 'default'): DecodedText {
  const declared = declaredEncoding(bytes, start);
  const body = bytes.subarray(start);
  const bom = detectedBy === 'bom';
  // A BOM decides; a declaration of UTF-16 in bytes that are not UTF-16 is wrong (common in text produced by .NET's
  // XmlDocument and saved as UTF-8), so the bytes are read as UTF-8.
  const charset = bom || declared === undefined ? 'utf-8' : charsetOfLabel(declared);
  if (charset === 'utf-8' || charset === 'utf-16le' || charset === 'utf-16be') {
    return finish(decodeUtf8(body), 'utf-8', bom, bom ? 'bom' : 'default', declared);
  }
  if (charset === undefined) {
    // An encoding we cannot convert: pure ASCII reads the same in every encoding that matters here.
    if (isAscii(body)) return finish({ text: latin1ToString(body) }, 'us-ascii', false, 'declaration', declared);
    const decoded = decodeUtf8(body);
    return finish({ text: decoded.text, unfaithful: `it declares the encoding "${declared}", which aovpn cannot convert; it was read as UTF-8` }, 'utf-8', false, 'declaration', declared);
  }
  const table = singleByteTable(charset);
  if (table) return finish(decodeSingleByte(body, table, charset), charset, false, 'declaration', declared);
  // A multi-byte legacy encoding (Shift_JIS, GB18030, Big5…): TextDecoder reads it; nothing here writes it.
  const text = new TextDecoder(charset).decode(body);
  return finish({ text, unfaithful: `aovpn can read "${declared}" but cannot write it` }, charset, false, 'declaration', declared);
}

function finish(decoded: { text: string; unfaithful?: string }, charset: Charset, bom: boolean, detectedBy: TextEncoding['detectedBy'], declared: string | undefined): DecodedText {
  const encoding: TextEncoding = {
    charset,
    bom,
    detectedBy,
    ...(declared !== undefined ? { declared } : {}),
    ...lineEndingsOf(decoded.text),
    ...(decoded.unfaithful ? { unfaithful: decoded.unfaithful } : {}),
  };
  return withNulCheck(decoded.text, encoding);
}

function withNulCheck(text: string, encoding: TextEncoding): DecodedText {
  const nul = text.indexOf('\0');
  if (nul < 0) return { text, encoding };
  return { text, encoding, notText: `it contains NUL characters (the first at character ${nul + 1}), so it is not a text file in ${charsetLabel(encoding.charset)}` };
}

function notTextResult(reason: string): DecodedText {
  return { text: '', encoding: { charset: 'utf-8', bom: false, detectedBy: 'default', mixedLineEndings: false, unfaithful: reason }, notText: reason };
}

function decodeUtf8(bytes: Uint8Array): { text: string; unfaithful?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      unfaithful: `it is not valid UTF-8 (the first bad byte is byte ${at + 1}); unreadable bytes were replaced by U+FFFD`,
    };
  }
}

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = c === 0xe0 ? 0xa0 : 0x80; // no overlong forms
      if (c === 0xed) max = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = c === 0xf0 ? 0x90 : 0x80;
      if (c === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** A string of these code units. (apply takes a typed array as it is; a spread goes through its iterator, ~8× slower.) */
function charCodesToString(units: Uint8Array | Uint16Array): string {
  return String.fromCharCode.apply(null, units as unknown as number[]);
}

function latin1ToString(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(charCodesToString(bytes.subarray(i, i + CHUNK)));
  return parts.join('');
}

// ---- the XML declaration

const DECLARATION = /^[\s\uFEFF]*<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._:-]*)\1/;

/** The encoding name of an XML declaration at the start of ASCII-compatible bytes. */
function declaredEncoding(bytes: Uint8Array, start: number): string | undefined {
  // A match cannot reach past the first '>' (the declaration's own end): only the bytes up to it are converted.
  const head = bytes.subarray(start, start + DECLARATION_BYTES);
  const gt = head.indexOf(0x3e);
  return DECLARATION.exec(latin1ToString(gt >= 0 ? head.subarray(0, gt + 1) : head))?.[2];
}

function declaredOf(text: string): { declared?: string } {
  const name = DECLARATION.exec(text)?.[2];
  return name !== undefined ? { declared: name } : {};
}

const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso_8859-1:1987', 'latin1', 'l1', 'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1']);
const ASCII_LABELS = new Set(['us-ascii', 'ascii', 'iso646-us', 'ansi_x3.4-1968', 'csascii']);
/** The WHATWG single-byte encodings (https://encoding.spec.whatwg.org/#legacy-single-byte-encodings). */
const SINGLE_BYTE = new Set([
  'ibm866',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-8-i',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'iso-8859-16',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'windows-874',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'x-mac-cyrillic',
]);

/**
 * The charset for an encoding label, or undefined when it cannot be converted. ISO-8859-1 and US-ASCII are taken
 * literally, as XML parsers do (the WHATWG labels would read both as Windows-1252).
 */
export function charsetOfLabel(label: string): Charset | undefined {
  const lower = label.toLowerCase();
  if (LATIN1_LABELS.has(lower)) return 'iso-8859-1';
  if (ASCII_LABELS.has(lower)) return 'us-ascii';
  if (lower === 'utf8') return 'utf-8';
  if (lower === 'unicode' || lower === 'ucs-2') return 'utf-16le';
  let name: string;
  try {
    name = new TextDecoder(lower).encoding;
  } catch {
    return undefined;
  }
  return name === 'replacement' ? undefined : name;
}

// ---- single-byte tables

interface SingleByteTable {
  /** The character of each byte; U+FFFD where the encoding leaves the byte undefined. */
  readonly toChar: Uint16Array;
  readonly toByte: ReadonlyMap<number, number>;
}

const tables = new Map<string, SingleByteTable | undefined>();

function singleByteTable(charset: Charset): SingleByteTable | undefined {
  if (tables.has(charset)) return tables.get(charset);
  let toChar: Uint16Array | undefined;
  if (charset === 'iso-8859-1') toChar = Uint16Array.from({ length: 256 }, (_, byte) => byte);
  else if (charset === 'windows-1252') toChar = Uint16Array.from({ length: 256 }, (_, byte) => WINDOWS_1252_80_9F[byte - 0x80] ?? byte);
  else if (charset === 'us-ascii') toChar = Uint16Array.from({ length: 256 }, (_, byte) => (byte < 0x80 ? byte : 0xfffd));
  else if (SINGLE_BYTE.has(charset)) {
    const decoded = new TextDecoder(charset).decode(Uint8Array.from({ length: 256 }, (_, byte) => byte));
    if (decoded.length === 256) toChar = Uint16Array.from(decoded, (ch) => ch.charCodeAt(0));
  }
  const table = toChar && {
    toChar,
    toByte: new Map([...toChar].flatMap((char, byte): [number, number][] => (char === 0xfffd ? [] : [[char, byte]]))),
  };
  tables.set(charset, table);
  return table;
}

/**
 * Windows-1252 is ISO-8859-1 except for 0x80–0x9F (WHATWG index, https://encoding.spec.whatwg.org/index-windows-1252.txt;
 * the five bytes Windows leaves undefined keep their C1 code points). Written out because Node 20's TextDecoder
 * decodes windows-1252 as ISO-8859-1 (https://github.com/nodejs/node/issues/60888).
 */
const WINDOWS_1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeSingleByte(bytes: Uint8Array, table: SingleByteTable, charset: Charset): { text: string; unfaithful?: string } {
  const CHUNK = 8192;
  const buffer = new Uint16Array(Math.min(bytes.length, CHUNK));
  const parts: string[] = [];
  let undefinedAt = -1;
  for (let done = 0; done < bytes.length; done += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - done);
    for (let k = 0; k < n; k++) {
      const char = table.toChar[bytes[done + k]];
      if (char === 0xfffd && undefinedAt < 0) undefinedAt = done + k;
      buffer[k] = char;
    }
    parts.push(charCodesToString(buffer.subarray(0, n)));
  }
  const text = parts.join('');
  if (undefinedAt < 0) return { text };
  return { text, unfaithful: `byte ${undefinedAt + 1} (0x${bytes[undefinedAt].toString(16).toUpperCase()}) has no character in ${charsetLabel(charset)}; it was replaced by U+FFFD` };
}

// ---- line endings

function lineEndingsOf(text: string): { lineEnding?: LineEnding; mixedLineEndings: boolean } {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return { mixedLineEndings: false };
  const lineEnding: LineEnding = crlf >= lf && crlf >= cr ? '\r\n' : lf >= cr ? '\n' : '\r';
  return { lineEnding, mixedLineEndings: kinds > 1 };
}

/** Text to insert into a file, with its line breaks written the way the file writes them. */
export function withLineEnding(insert: string, lineEnding: LineEnding | undefined): string {
  if (lineEnding === undefined || !/[\r\n]/.test(insert)) return insert;
  return insert.replace(/\r\n|\r|\n/g, lineEnding);
}

// ---- encoding

export function encodeText(text: string, encoding: TextEncoding): EncodeResult {
  if (encoding.unfaithful) return { ok: false, reason: `it cannot be written back as it was: ${encoding.unfaithful}` };
  const charset = encoding.charset;
  if (charset === 'utf-8') {
    const lone = LONE_SURROGATE.exec(text);
    if (lone) return { ok: false, reason: `the text has half a surrogate pair (${codePoint(lone[0])}), which UTF-8 cannot hold`, offset: lone.index };
    const body = new TextEncoder().encode(text);
    if (!encoding.bom) return { ok: true, bytes: body };
    const bytes = new Uint8Array(body.length + 3);
    bytes.set([0xef, 0xbb, 0xbf]);
    bytes.set(body, 3);
    return { ok: true, bytes };
  }
  if (charset === 'utf-16le' || charset === 'utf-16be') {
    const little = charset === 'utf-16le';
    const start = encoding.bom ? 2 : 0;
    const bytes = new Uint8Array(start + text.length * 2);
    if (encoding.bom) bytes.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0, p = start; i < text.length; i++, p += 2) {
      const unit = text.charCodeAt(i);
      bytes[p] = little ? unit & 0xff : unit >> 8;
      bytes[p + 1] = little ? unit >> 8 : unit & 0xff;
    }
    return { ok: true, bytes };
  }
  const table = singleByteTable(charset);
  if (!table) return { ok: false, reason: `aovpn cannot write ${charsetLabel(charset)}` };
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = table.toByte.get(text.charCodeAt(i));
    if (byte === undefined) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      return { ok: false, reason: `the character ${codePoint(char)} cannot be written in ${charsetLabel(charset)}`, offset: i };
    }
    bytes[i] = byte;
  }
  return { ok: true, bytes };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

// ---- names

const LABELS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'iso-8859-1': 'ISO-8859-1', 'us-ascii': 'US-ASCII' };

export function charsetLabel(charset: Charset): string {
  return LABELS[charset] ?? charset.replace(/^windows-/, 'Windows-').replace(/^iso-/, 'ISO-');
}

/** "UTF-8 with BOM", "UTF-16LE without BOM", "ISO-8859-1 (declared)", with the line endings. */
export function describeEncoding(encoding: TextEncoding): string {
  const unicode = encoding.charset.startsWith('utf-');
  const bom = unicode ? (encoding.bom ? ' with BOM' : ' without BOM') : '';
  const endings = encoding.lineEnding === undefined ? '' : `, ${encoding.mixedLineEndings ? 'mixed line endings, mostly ' : ''}${LINE_ENDING_NAMES[encoding.lineEnding]}`;
  return `${charsetLabel(encoding.charset)}${bom}${endings}`;
}

const LINE_ENDING_NAMES: Record<LineEnding, string> = { '\n': 'LF', '\r\n': 'CRLF', '\r': 'CR' };
