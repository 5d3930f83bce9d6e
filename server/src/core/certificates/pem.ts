// PEM blocks (RFC 7468) anywhere in a text: a certificate pasted into a README, a chain file, a key next to it.
// Ranges are UTF-16 offsets into the text so editors can put hovers and diagnostics on the block.
import type { TextRange } from '../types';

export type PemKind = 'certificate' | 'pkcs7' | 'private-key' | 'public-key' | 'request' | 'crl' | 'other';

export interface PemBlock {
  readonly label: string;
  readonly kind: PemKind;
  /** From `-----BEGIN` to the end of the `-----END …-----` marker (to the end of the body when END is missing). */
  readonly range: TextRange;
  /** The `-----BEGIN …-----` marker: where diagnostics about the block go. */
  readonly beginRange: TextRange;
  /** The decoded body; undefined when `error` is set. */
  readonly bytes?: Uint8Array;
  readonly error?: string;
  /** The part of the text the error is about (an invalid character), when narrower than the marker. */
  readonly errorRange?: TextRange;
}

const KINDS: Readonly<Record<string, PemKind>> = {
  CERTIFICATE: 'certificate',
  'X509 CERTIFICATE': 'certificate',
  'X.509 CERTIFICATE': 'certificate',
  'TRUSTED CERTIFICATE': 'certificate',
  PKCS7: 'pkcs7',
  'PKCS #7 SIGNED DATA': 'pkcs7',
  CMS: 'pkcs7',
  'PRIVATE KEY': 'private-key',
  'ENCRYPTED PRIVATE KEY': 'private-key',
  'RSA PRIVATE KEY': 'private-key',
  'EC PRIVATE KEY': 'private-key',
  'DSA PRIVATE KEY': 'private-key',
  'OPENSSH PRIVATE KEY': 'private-key',
  'PUBLIC KEY': 'public-key',
  'RSA PUBLIC KEY': 'public-key',
  'CERTIFICATE REQUEST': 'request',
  'NEW CERTIFICATE REQUEST': 'request',
  'X509 CRL': 'crl',
};

/** A certificate bundle is kilobytes; a block larger than this is not decoded. */
const MAX_BODY_CHARS = 4 * 1024 * 1024;
const BEGIN = /-----BEGIN ([A-Z0-9][A-Z0-9 #._-]{0,62})-----/g;

export function pemKind(label: string): PemKind {
  return KINDS[label] ?? 'other';
}

export function findPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  // The first "-----END " at or after a position, remembered so that many unterminated blocks stay linear.
  let endSearchedFrom = -1;
  let endFound = -1;
  const firstEndFrom = (from: number): number => {
    if (endSearchedFrom === -1 || from < endSearchedFrom || (endFound !== -1 && endFound < from)) {
      endSearchedFrom = from;
      endFound = text.indexOf('-----END ', from);
    }
    return endFound;
  };
  // Line numbers for messages, counted forward from the previous block (blocks come in text order).
  let lineOffset = 0;
  let lineNumber = 1;
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf('\n', lineOffset); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lineNumber++;
    lineOffset = offset;
    return lineNumber;
  };
  BEGIN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BEGIN.exec(text))) {
    const label = match[1];
    const kind = pemKind(label);
    const beginRange = { start: match.index, end: match.index + match[0].length };
    const endMarker = `-----END ${label}-----`;
    const nextBegin = text.indexOf('-----BEGIN ', beginRange.end);
    const endAt = firstEndFrom(beginRange.end);
    const terminated = endAt !== -1 && (nextBegin === -1 || endAt < nextBegin) && text.startsWith(endMarker, endAt);
    const bodyEnd = terminated ? endAt : nextBegin === -1 ? text.length : nextBegin;
    const range = { start: beginRange.start, end: terminated ? endAt + endMarker.length : trimEnd(text, beginRange.end, bodyEnd) };
    BEGIN.lastIndex = terminated ? range.end : Math.max(bodyEnd, beginRange.end);
    if (!terminated) {
      blocks.push({ label, kind, range, beginRange, error: `The block has no matching "${endMarker}" line.` });
      continue;
    }
    blocks.push({ label, kind, range, beginRange, ...decodeBody(text, beginRange.end, bodyEnd, lineAt) });
  }
  return blocks;
}

export interface Base64Result {
  readonly bytes?: Uint8Array;
  readonly error?: string;
  readonly errorRange?: TextRange;
}

/** Decodes base64 between `start` and `end`, ignoring line breaks and indentation (and RFC 1421 headers). */
function decodeBody(text: string, start: number, end: number, lineAt: (offset: number) => number): Base64Result {
  if (end - start > MAX_BODY_CHARS) return { error: `The block is ${formatSize(end - start)} long, far more than any certificate; it was not decoded.` };
  let body = '';
  let padding = 0;
  for (let i = skipHeaders(text, start, end); i < end; i++) {
    const c = text.charCodeAt(i);
    if (isBase64Char(c)) {
      if (padding) return invalid(i, lineAt(i), 'base64 text continues after the "=" padding');
      body += text[i];
    } else if (c === 0x3d /* = */) {
      padding++;
      if (padding > 2) return invalid(i, lineAt(i), 'too much "=" padding');
    } else if (c === 0x5c /* \ */ && (text[i + 1] === 'n' || text[i + 1] === 'r')) {
      i++; // a PEM pasted into a JSON string keeps its line breaks as \n
    } else if (!isSpace(c)) {
      return invalid(i, lineAt(i), `unexpected character "${text[i]}" in the base64 text`);
    }
  }
  if (!body) return { error: 'The block is empty.' };
  if ((body.length + padding) % 4 !== 0 && (body.length % 4 === 1 || padding)) {
    return { error: 'The base64 text is cut short: its length is not a multiple of 4, so a part is missing.' };
  }
  return { bytes: new Uint8Array(Buffer.from(body, 'base64')) };
}

/** Legacy `Proc-Type:`/`DEK-Info:` headers (encrypted keys) end with a blank line before the base64. */
function skipHeaders(text: string, start: number, end: number): number {
  const firstLine = text.slice(start, Math.min(end, start + 200)).replace(/^\s+/, '');
  if (!/^[A-Za-z-]+:/.test(firstLine)) return start;
  const blank = /\r?\n[ \t]*\r?\n/.exec(text.slice(start, end));
  return blank ? start + blank.index + blank[0].length : start;
}

function invalid(at: number, line: number, what: string): Base64Result {
  return { error: `The base64 text is damaged: ${what} (line ${line}).`, errorRange: { start: at, end: at + 1 } };
}

function isBase64Char(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Encodes DER as a PEM block (64-character lines, LF). */
export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const base64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${base64.replace(/.{1,64}/g, '$&\n')}-----END ${label}-----\n`;
}
