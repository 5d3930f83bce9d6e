// Streaming summary of NPS accounting logs (database-compatible, IAS, DTS) and event text exports: failures per
// reason/error code, per user and per policy. Bytes in, chunk by chunk; memory stays flat whatever the file size:
// only a partial line is carried between chunks and the per-name tables are capped.
// Speed: log lines are scanned as bytes (no per-line string or regex); strings are made only for failure lines.
import { lookupCode } from '../catalogue';
import { findCodeMentions, type CodeMention } from '../detect';
import type { CodeKind } from '../types';
import { DB, decodeNpsField, IAS_ATTRIBUTE } from './fields';
import { LogInput, type LogEncoding } from './input';
import { parseNpsLine } from './lines';

export type LogFormat = 'database' | 'ias' | 'dts' | 'text';

export interface CodeCount {
  readonly kind: CodeKind;
  readonly code: number;
  readonly count: number;
  readonly symbol?: string;
  readonly summary?: string;
}

export interface NameCount {
  readonly name: string;
  readonly count: number;
}

export interface PacketTypeCount {
  readonly code: number;
  readonly name?: string;
  readonly count: number;
}

export interface LogSummary {
  /** `empty` when the input had no non-blank line. */
  readonly format: LogFormat | 'empty';
  /** UTF-16 (with a byte-order mark or recognised by its zero bytes) is read as well as UTF-8. */
  readonly encoding: LogEncoding;
  readonly bytes: number;
  readonly lines: number;
  /** Log records parsed, or (text) lines searched. */
  readonly records: number;
  /** Log lines that did not parse in the detected format. */
  readonly unparsedLines: number;
  readonly packetTypes: readonly PacketTypeCount[];
  /** Log records with a non-zero Reason-Code; in text, failure codes found (RasClient errors, NPS reason codes). */
  readonly failures: number;
  readonly codes: readonly CodeCount[];
  readonly users: readonly NameCount[];
  readonly policies: readonly NameCount[];
  /** More distinct users or policies than MAX_DISTINCT_NAMES: the rest are counted under OTHER_NAMES. */
  readonly distinctLimitReached: boolean;
}

export const MAX_DISTINCT_NAMES = 10_000;
export const OTHER_NAMES = '(other)';
/** A line longer than this is skipped (counted as unparsed), so a file without line breaks cannot grow memory. */
export const MAX_LINE_BYTES = 1 << 20;
const SNIFF_BYTES = 4096;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const LT = 60;
const GT = 62;
const SLASH = 47;

/** Unsigned decimal in buf[start, end), ignoring surrounding quotes; -1 when empty or not a number. */
function parseUint(buf: Uint8Array, start: number, end: number): number {
  if (end > start && buf[start] === QUOTE) start++;
  if (end > start && buf[end - 1] === QUOTE) end--;
  if (end <= start || end - start > 10) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = buf[i] - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const asciiBytes = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

// DTS element names the summary reads, as bytes, with what they mean.
const DTS_PACKET_TYPE = 0;
const DTS_REASON_CODE = 1;
const DTS_USER = 2;
const DTS_POLICY = 3;
const DTS_TAGS: readonly (readonly [Uint8Array, number])[] = [
  [asciiBytes('Packet-Type'), DTS_PACKET_TYPE],
  [asciiBytes('Reason-Code'), DTS_REASON_CODE],
  [asciiBytes('User-Name'), DTS_USER],
  [asciiBytes('SAM-Account-Name'), DTS_USER],
  [asciiBytes('Fully-Qualifed-User-Name'), DTS_USER],
  [asciiBytes('Fully-Qualified-User-Name'), DTS_USER],
  [asciiBytes('NP-Policy-Name'), DTS_POLICY],
];

class NameTable {
  private readonly counts = new Map<string, number>();
  limitReached = false;

  add(name: string): void {
    const key = name === '' ? '(none)' : name;
    const current = this.counts.get(key);
    if (current !== undefined) this.counts.set(key, current + 1);
    else if (this.counts.size < MAX_DISTINCT_NAMES) this.counts.set(key, 1);
    else {
      this.limitReached = true;
      this.counts.set(OTHER_NAMES, (this.counts.get(OTHER_NAMES) ?? 0) + 1);
    }
  }

  sorted(): NameCount[] {
    return [...this.counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  }
}

/**
 * Feed chunks with `push`, then call `end` once. Format is sniffed from the first non-blank line: DTS (`<Event>…`),
 * database-compatible or IAS CSV, otherwise event text. Any of them in UTF-8 or UTF-16, with LF, CRLF or CR line
 * breaks (LogInput brings them to UTF-8 and LF first).
 */
export class LogSummariser {
  private format: LogFormat | undefined;
  private bytes = 0;
  private lines = 0;
  private records = 0;
  private unparsed = 0;
  private failures = 0;
  private readonly packetTypes = new Float64Array(256);
  private readonly codeCounts = new Map<string, number>();
  private readonly users = new NameTable();
  private readonly policies = new NameTable();
  private readonly utf8 = new TextDecoder('utf-8');
  private readonly fieldStarts = new Int32Array(DB.reasonCode + 2);
  private readonly fieldEnds = new Int32Array(DB.reasonCode + 2);
  // Bytes of a line cut by a chunk boundary (or the sniffing prefix), and the state of the text path.
  private carry: Uint8Array = new Uint8Array(0);
  private skippingLongLine = false;
  private textDecoder: InstanceType<typeof TextDecoder> | undefined;
  private textCarry = '';
  private readonly text = new TextState();
  private readonly input = new LogInput((utf8) => this.pushUtf8(utf8));

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.bytes += chunk.length;
    this.input.push(chunk);
  }

  private pushUtf8(chunk: Uint8Array): void {
    if (this.format === undefined) {
      this.carry = concat(this.carry, chunk);
      if (!this.sniff(false)) return;
      chunk = this.carry;
      this.carry = new Uint8Array(0);
    }
    if (this.format === 'text') this.pushText(chunk, false);
    else this.pushBytes(chunk);
  }

  end(): LogSummary {
    this.input.end();
    if (this.format === undefined) {
      this.sniff(true);
      const rest = this.carry;
      this.carry = new Uint8Array(0);
      if (this.format === 'text') this.pushText(rest, true);
      else if (this.format !== undefined) this.pushBytes(rest);
    } else if (this.format === 'text') {
      this.pushText(new Uint8Array(0), true);
    }
    if (this.format !== undefined && this.format !== 'text' && this.carry.length > 0) {
      this.line(this.carry, 0, this.carry.length);
      this.carry = new Uint8Array(0);
    }
    return this.summary();
  }

  // ---- format sniffing

  /** Decides the format from the first non-blank line; false while more bytes are needed. */
  private sniff(final: boolean): boolean {
    const buf = this.carry;
    let start = hasUtf8Bom(buf) ? 3 : 0;
    for (;;) {
      const newline = buf.indexOf(LF, start);
      if (newline < 0 && !final && buf.length < SNIFF_BYTES) return false;
      const end = newline < 0 ? Math.min(buf.length, start + SNIFF_BYTES) : newline;
      const line = this.utf8.decode(buf.subarray(start, end)).replace(/\r$/, '');
      if (line.trim() !== '' || newline < 0) {
        this.format = line.trim() === '' && final ? undefined : classify(line);
        if (this.format === 'text') this.textDecoder = new TextDecoder('utf-8');
        return this.format !== undefined || final;
      }
      start = newline + 1;
    }
  }

  // ---- byte path (the three log formats)

  private pushBytes(chunk: Uint8Array): void {
    let pos = 0;
    if (this.carry.length > 0 || this.skippingLongLine) {
      const newline = chunk.indexOf(LF);
      if (newline < 0) {
        this.keepPartial(chunk, 0);
        return;
      }
      if (!this.skippingLongLine) {
        const joined = concat(this.carry, chunk.subarray(0, newline));
        this.line(joined, 0, joined.length);
      }
      this.carry = new Uint8Array(0);
      this.skippingLongLine = false;
      pos = newline + 1;
    }
    const length = chunk.length;
    while (pos < length) {
      const newline = chunk.indexOf(LF, pos);
      if (newline < 0) {
        this.keepPartial(chunk, pos);
        return;
      }
      this.line(chunk, pos, newline);
      pos = newline + 1;
    }
  }

  private keepPartial(chunk: Uint8Array, from: number): void {
    if (this.skippingLongLine) return;
    if (this.carry.length + chunk.length - from > MAX_LINE_BYTES) {
      this.carry = new Uint8Array(0);
      this.skippingLongLine = true;
      this.lines++;
      this.unparsed++;
      return;
    }
    // Copy: keeping a view would pin the whole chunk in memory.
    this.carry = concat(this.carry, chunk.subarray(from));
  }

  private line(buf: Uint8Array, start: number, end: number): void {
    if (end > start && buf[end - 1] === CR) end--;
    if (end <= start) return;
    this.lines++;
    switch (this.format) {
      case 'database':
        return this.databaseLine(buf, start, end);
      case 'ias':
        return this.iasLine(buf, start, end);
      case 'dts':
        return this.dtsLine(buf, start, end);
    }
  }

  private databaseLine(buf: Uint8Array, start: number, end: number): void {
    const starts = this.fieldStarts;
    const ends = this.fieldEnds;
    const last = DB.reasonCode;
    let field = 0;
    let inQuote = false;
    starts[0] = start;
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c === QUOTE) inQuote = !inQuote;
      else if (c === COMMA && !inQuote) {
        ends[field] = i;
        if (++field > last) break;
        starts[field] = i + 1;
      }
    }
    if (field < last) {
      this.unparsed++;
      return;
    }
    if (field === last) ends[last] = end;
    this.records++;
    const packetType = parseUint(buf, starts[DB.packetType], ends[DB.packetType]);
    if (packetType >= 0 && packetType < 256) this.packetTypes[packetType]++;
    const reason = parseUint(buf, starts[last], ends[last]);
    if (reason <= 0) return;
    let user = this.text0(buf, starts[DB.userName], ends[DB.userName]);
    if (user === '') user = this.text0(buf, starts[DB.fullyQualifiedName], ends[DB.fullyQualifiedName]);
    this.failure('nps-reason', reason, user, this.text0(buf, starts[DB.policyName], ends[DB.policyName]));
  }

  private iasLine(buf: Uint8Array, start: number, end: number): void {
    let field = 0;
    let fieldStart = start;
    let attribute = -1;
    let packetType = -1;
    let reason = -1;
    let userStart = -1;
    let userEnd = -1;
    let altUserStart = -1;
    let altUserEnd = -1;
    let policyStart = -1;
    let policyEnd = -1;
    for (let i = start; i <= end; i++) {
      if (i < end && buf[i] !== COMMA) continue;
      if (field === 1) {
        userStart = fieldStart;
        userEnd = i;
      } else if (field >= 6) {
        if ((field & 1) === 0) attribute = parseUint(buf, fieldStart, i);
        else if (attribute === IAS_ATTRIBUTE.packetType) packetType = parseUint(buf, fieldStart, i);
        else if (attribute === IAS_ATTRIBUTE.reasonCode) reason = parseUint(buf, fieldStart, i);
        else if (attribute === IAS_ATTRIBUTE.policyName) {
          policyStart = fieldStart;
          policyEnd = i;
        } else if (attribute === IAS_ATTRIBUTE.fullyQualifiedUserName || attribute === IAS_ATTRIBUTE.samAccountName) {
          altUserStart = fieldStart;
          altUserEnd = i;
        }
      }
      field++;
      fieldStart = i + 1;
    }
    if (field < 6) {
      this.unparsed++;
      return;
    }
    this.records++;
    if (packetType >= 0 && packetType < 256) this.packetTypes[packetType]++;
    if (reason <= 0) return;
    let user = this.text0(buf, userStart, userEnd);
    if (user === '' && altUserStart >= 0) user = this.text0(buf, altUserStart, altUserEnd);
    this.failure('nps-reason', reason, user, policyStart >= 0 ? this.text0(buf, policyStart, policyEnd) : '');
  }

  private dtsLine(buf: Uint8Array, start: number, end: number): void {
    let packetType = -1;
    let reason = -1;
    let userStart = -1;
    let userEnd = -1;
    let policyStart = -1;
    let policyEnd = -1;
    let sawElement = false;
    for (let i = start; i < end; i++) {
      if (buf[i] !== LT || buf[i + 1] === SLASH) continue;
      const meaning = matchTag(buf, i + 1, end);
      if (meaning < 0) continue;
      sawElement = true;
      let valueStart = i + 1;
      while (valueStart < end && buf[valueStart] !== GT) valueStart++;
      valueStart++;
      let valueEnd = valueStart;
      while (valueEnd < end && buf[valueEnd] !== LT) valueEnd++;
      if (meaning === DTS_PACKET_TYPE) packetType = parseUint(buf, valueStart, valueEnd);
      else if (meaning === DTS_REASON_CODE) reason = parseUint(buf, valueStart, valueEnd);
      else if (meaning === DTS_USER && userStart < 0) {
        userStart = valueStart;
        userEnd = valueEnd;
      } else if (meaning === DTS_POLICY) {
        policyStart = valueStart;
        policyEnd = valueEnd;
      }
      i = valueEnd - 1;
    }
    if (!sawElement) {
      this.unparsed++;
      return;
    }
    this.records++;
    if (packetType >= 0 && packetType < 256) this.packetTypes[packetType]++;
    if (reason <= 0) return;
    const user = userStart >= 0 ? this.text0(buf, userStart, userEnd) : '';
    this.failure('nps-reason', reason, unescapeXml(user), policyStart >= 0 ? unescapeXml(this.text0(buf, policyStart, policyEnd)) : '');
  }

  /** The text of buf[start, end) without surrounding quotes ("" inside becomes "). */
  private text0(buf: Uint8Array, start: number, end: number): string {
    if (end > start && buf[start] === QUOTE) start++;
    if (end > start && buf[end - 1] === QUOTE) end--;
    if (end <= start) return '';
    const text = this.utf8.decode(buf.subarray(start, end));
    return text.indexOf('""') >= 0 ? text.replace(/""/g, '"') : text;
  }

  private failure(kind: CodeKind, code: number, user: string | undefined, policy: string | undefined): void {
    this.failures++;
    const key = `${kind}:${code}`;
    this.codeCounts.set(key, (this.codeCounts.get(key) ?? 0) + 1);
    if (user !== undefined) this.users.add(user);
    if (policy !== undefined) this.policies.add(policy);
  }

  // ---- text path (event exports)

  private pushText(chunk: Uint8Array, final: boolean): void {
    let text = this.textDecoder!.decode(chunk, { stream: !final });
    let pos = 0;
    if (this.skippingLongLine) {
      // The rest of a line already counted as too long: skip to its end.
      const newline = text.indexOf('\n');
      if (newline < 0) {
        if (final) this.skippingLongLine = false;
        return;
      }
      this.skippingLongLine = false;
      pos = newline + 1;
    } else text = this.textCarry + text;
    for (;;) {
      const newline = text.indexOf('\n', pos);
      if (newline < 0) break;
      this.textLine(text, pos, newline);
      pos = newline + 1;
    }
    text = text.slice(pos);
    if (final) {
      if (text.length > 0) this.textLine(text, 0, text.length);
      this.textCarry = '';
    } else if (text.length > MAX_LINE_BYTES) {
      this.lines++;
      this.unparsed++;
      this.textCarry = '';
      this.skippingLongLine = true;
    } else {
      this.textCarry = text;
    }
  }

  private textLine(text: string, start: number, end: number): void {
    if (end > start && text.charCodeAt(end - 1) === CR) end--;
    this.lines++;
    if (end <= start) return;
    this.records++;
    const state = this.text;
    const line = text.slice(start, end);
    state.observe(line);
    for (const mention of findCodeMentions(text, start, end)) {
      const counted = countedFailure(mention);
      if (!counted) continue;
      if (mention.context === 'nps-reason') {
        this.failure(counted.kind, counted.code, state.takeUser() ?? '', state.takePolicy() ?? '');
      } else {
        this.failure(counted.kind, counted.code, RASCLIENT_USER.exec(line)?.[1] ?? '', undefined);
      }
    }
  }

  // ---- result

  private summary(): LogSummary {
    const packetTypes: PacketTypeCount[] = [];
    this.packetTypes.forEach((count, code) => {
      if (count === 0) return;
      const name = decodeNpsField('Packet-Type', String(code));
      packetTypes.push(name ? { code, name, count } : { code, count });
    });
    const codes: CodeCount[] = [...this.codeCounts].map(([key, count]) => {
      const colon = key.lastIndexOf(':');
      const kind = key.slice(0, colon) as CodeKind;
      const code = Number(key.slice(colon + 1));
      const entry = lookupCode(kind, code);
      return {
        kind,
        code,
        count,
        ...(entry?.symbol ? { symbol: entry.symbol } : {}),
        ...(entry ? { summary: entry.summary } : {}),
      };
    });
    codes.sort((a, b) => b.count - a.count || a.code - b.code);
    return {
      format: this.format ?? 'empty',
      encoding: this.input.encoding ?? 'utf-8',
      bytes: this.bytes,
      lines: this.lines,
      records: this.records,
      unparsedLines: this.unparsed,
      packetTypes,
      failures: this.failures,
      codes,
      users: this.users.sorted(),
      policies: this.policies.sorted(),
      distinctLimitReached: this.users.limitReached || this.policies.limitReached,
    };
  }
}

const RASCLIENT_USER = /\bThe user (.+?) dialed a connection named\b/;

/** What a text mention counts as: RasClient failure codes, non-zero termination reasons and NPS reason codes. */
function countedFailure(mention: CodeMention): { kind: CodeKind; code: number } | undefined {
  const value = mention.forms?.value;
  if (value === undefined) return undefined;
  switch (mention.context) {
    case 'nps-reason':
      return value === 0 ? undefined : { kind: 'nps-reason', code: value };
    case 'rasclient-error':
    case 'rasclient-reason': {
      if (value === 0 && mention.context === 'rasclient-reason') return undefined;
      const entry = mention.entries[0];
      if (entry) return { kind: entry.kind, code: entry.code };
      return { kind: mention.forms!.isHresult ? 'hresult' : 'ras', code: value };
    }
    default:
      return undefined;
  }
}

/** Remembers the user and network policy of the NPS event being read (6273/6274 text), until its Reason Code. */
class TextState {
  private section = '';
  private user: string | undefined;
  private qualifiedUser: string | undefined;
  private policy: string | undefined;

  observe(line: string): void {
    const trimmed = line.trim();
    if (trimmed.endsWith(':') && trimmed.indexOf(':') === trimmed.length - 1) {
      this.section = trimmed.slice(0, -1).toLowerCase();
      return;
    }
    if (/^Log Name:/i.test(trimmed)) {
      this.user = this.qualifiedUser = this.policy = undefined;
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon < 0) return;
    const label = trimmed.slice(0, colon).trim().toLowerCase();
    const written = trimmed.slice(colon + 1).trim();
    // Event text writes "-" for an empty field.
    const value = written === '-' || written === '' ? undefined : written;
    if (this.section === 'user' && label === 'account name') this.user = value;
    else if (this.section === 'user' && label === 'fully qualified account name') this.qualifiedUser = value;
    else if (label === 'network policy name') this.policy = value;
  }

  takeUser(): string | undefined {
    const user = this.qualifiedUser || this.user;
    this.user = this.qualifiedUser = undefined;
    return user;
  }

  takePolicy(): string | undefined {
    const policy = this.policy;
    this.policy = undefined;
    return policy;
  }
}

function classify(line: string): LogFormat {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('<') && trimmed.indexOf('data_type=') >= 0) return 'dts';
  const parsed = parseNpsLine(line, 0, line.length);
  return parsed?.format ?? 'text';
}

function matchTag(buf: Uint8Array, at: number, end: number): number {
  for (const [name, meaning] of DTS_TAGS) {
    const after = at + name.length;
    if (after >= end) continue;
    const next = buf[after];
    if (next !== 32 && next !== GT) continue;
    let same = true;
    for (let k = 0; k < name.length; k++) {
      if (buf[at + k] !== name[k]) {
        same = false;
        break;
      }
    }
    if (same) return meaning;
  }
  return -1;
}

function unescapeXml(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(/&(lt|gt|amp|quot|apos);/g, (_m, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!);
}

/** A fresh copy of a followed by b (never a view: Buffer#slice would share memory with a reused read buffer). */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return new Uint8Array(b);
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

const hasUtf8Bom = (buf: Uint8Array): boolean => buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;

/** Summarises a whole text (for tests and small inputs). */
export function summariseLogText(text: string): LogSummary {
  const summariser = new LogSummariser();
  summariser.push(new TextEncoder().encode(text));
  return summariser.end();
}
