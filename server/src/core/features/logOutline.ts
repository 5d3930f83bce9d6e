// Outline (document symbols) for logs: one symbol per event in Event Viewer text (RasClient, NPS security events)
// and one per failed request (Access-Reject) in an NPS accounting log, named by its code and user.
import { PACKET_TYPE_ACCESS_REJECT, POLICY_FIELDS, USER_FIELDS } from '../codes/npsLog/fields';
import { fieldValue, parseNpsLine } from '../codes/npsLog/lines';
import { terminalText } from '../text/terminal';
import type { TextRange } from '../types';

export interface LogSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'event' | 'request';
  readonly range: TextRange;
  readonly selectionRange: TextRange;
}

/** An outline longer than this helps nobody and costs the editor; the first ones are listed. */
export const MAX_LOG_SYMBOLS = 5_000;
/** Names and users from a log are cut to this many characters. */
const MAX_NAME_PART = 80;

/** Per analysis (one per document version in the server): a 20 MB NPS log takes a second or two to outline. */
const outlines = new WeakMap<object, LogSymbol[]>();

/** logSymbols of an analysed document, computed once per analysis. */
export function logOutline(analysis: { readonly text: string }): LogSymbol[] {
  let symbols = outlines.get(analysis);
  if (!symbols) outlines.set(analysis, (symbols = logSymbols(analysis.text)));
  return symbols;
}

export function logSymbols(text: string): LogSymbol[] {
  const symbols: LogSymbol[] = [];
  let event: EventRecord | undefined;
  const flush = (end: number) => {
    if (event?.eventId) symbols.push(eventSymbol(event, end));
    event = undefined;
  };
  for (let start = 0; start < text.length && symbols.length < MAX_LOG_SYMBOLS;) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline + 1;
    let end = newline < 0 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const first = text.charCodeAt(start);
    // Event Viewer text: "Log Name:" starts a record (or a second "Event ID:" when there is no "Log Name:").
    if (first === 76 /* L */ && text.startsWith('Log Name:', start)) {
      flush(start);
      event = { start };
    } else if (first === 69 /* E */ && text.startsWith('Event ID:', start)) {
      if (!event || event.eventId) {
        flush(start);
        event = { start };
      }
      const id = /^Event ID:\s*(\d+)/.exec(text.slice(start, end));
      if (id) event.eventId = { value: id[1], range: { start, end } };
    } else if (event) {
      readEventLine(event, text.slice(start, end));
    } else if (first !== 32 && first !== 9 && end > start) {
      const request = rejectSymbol(text, start, end);
      if (request) symbols.push(request);
    }
    start = next;
  }
  if (symbols.length < MAX_LOG_SYMBOLS) flush(text.length);
  return symbols;
}

interface EventRecord {
  readonly start: number;
  eventId?: { value: string; range: TextRange };
  source?: string;
  date?: string;
  headerUser?: string;
  /** The user named in the description (`The user CORP\alice …`, `Security ID: CORP\alice`). */
  describedUser?: string;
  code?: string;
}

const CODE_PATTERNS: readonly [RegExp, (n: string) => string][] = [
  [/error code returned on failure is (\d+)/i, (n) => `error ${n}`],
  [/^\s*Reason Code:\s*(\d+)/, (n) => `reason ${n}`],
  [/\berror (?:code )?(\d{3,5})\b/i, (n) => `error ${n}`],
];

function readEventLine(event: EventRecord, line: string): void {
  const header = /^(Source|Date|User):\s+(.*)$/.exec(line);
  if (header) {
    const value = header[2].trim();
    if (header[1] === 'Source') event.source = value;
    else if (header[1] === 'Date') event.date = value;
    else if (value && value !== 'N/A') event.headerUser ??= value;
    return;
  }
  if (!event.describedUser) {
    const user = /The user (\S+)/.exec(line) ?? /^\s+Security ID:\s+(\S.*)$/.exec(line);
    if (user && !/^(NULL SID|-)$/.test(user[1].trim())) event.describedUser = user[1].trim();
  }
  if (!event.code) {
    for (const [pattern, name] of CODE_PATTERNS) {
      const match = pattern.exec(line);
      if (match) {
        event.code = name(match[1]);
        break;
      }
    }
  }
}

function eventSymbol(event: EventRecord, end: number): LogSymbol {
  const user = event.headerUser ?? event.describedUser;
  const parts = [`Event ${event.eventId!.value}`];
  if (event.code) parts.push(event.code);
  if (user) parts.push(shown(user));
  const detail = [event.source, event.date]
    .filter((p): p is string => !!p)
    .map(shown)
    .join(' · ');
  return { name: parts.join(' · '), ...(detail ? { detail } : {}), kind: 'event', range: { start: event.start, end }, selectionRange: event.eventId!.range };
}

function rejectSymbol(text: string, start: number, end: number): LogSymbol | undefined {
  const line = parseNpsLine(text, start, end);
  if (!line) return undefined;
  const packetType = fieldValue(line, 'packet-type');
  if (!packetType || Number(packetType.value) !== PACKET_TYPE_ACCESS_REJECT) return undefined;
  const reason = fieldValue(line, 'reason-code')?.value;
  const user = fieldValue(line, USER_FIELDS)?.value;
  const policy = fieldValue(line, POLICY_FIELDS)?.value;
  const parts = ['Access-Reject'];
  if (reason && /^\d+$/.test(reason)) parts.push(`reason ${reason}`);
  parts.push(user ? shown(user) : '(no user)');
  return { name: parts.join(' · '), ...(policy ? { detail: `policy ${shown(policy)}` } : {}), kind: 'request', range: { start, end }, selectionRange: { start, end } };
}

/** Document text for a symbol name: control and bidirectional characters escaped, cut to a sane length. */
function shown(value: string): string {
  const chars = [...value];
  return terminalText(chars.length > MAX_NAME_PART ? chars.slice(0, MAX_NAME_PART - 1).join('') + '…' : value);
}
