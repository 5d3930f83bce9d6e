// Finding codes in free text (event exports, notes, tickets). Context decides what a number is: a bare 258 means
// nothing, "Reason Code: 258" is an NPS reason code. Every pattern looks at one line (plus a bounded look-back for
// the event source and for VPN words), so the cost depends on the line, not on the document.
import { eventSourceMatches, lookupCode, lookupNumber, lookupSymbol } from './catalogue';
import { parseCodeNumbers, type NumberForms } from './numberForms';
import type { CodeEntry, CodeKind } from './types';

export type MentionContext = 'rasclient-error' | 'rasclient-reason' | 'nps-reason' | 'event-id' | 'error-near-vpn' | 'hresult' | 'symbol';

export interface CodeMention {
  /** Document offsets of the code (number or symbol) itself. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly context: MentionContext;
  readonly forms?: NumberForms;
  /** Catalogue entries for it; empty when the context is certain but the code unknown. */
  readonly entries: readonly CodeEntry[];
  /** For event IDs: the source found near it. */
  readonly eventSource?: string;
}

export const CONTEXT_LABELS: Readonly<Record<MentionContext, string>> = {
  'rasclient-error': 'RasClient error code',
  'rasclient-reason': 'RasClient termination reason code',
  'nps-reason': 'NPS reason code',
  'event-id': 'Event ID',
  'error-near-vpn': 'Error code',
  hresult: 'HRESULT',
  symbol: 'Symbol',
};

/** Lines longer than this are not searched. */
export const MAX_TEXT_LINE = 20_000;
const LOOK_BACK_CHARS = 2_000;
const VPN_WORDS_LOOK_BACK = 400;

const CLIENT_KINDS: readonly CodeKind[] = ['ras', 'ike', 'win32', 'hresult'];

const NUMBER = String.raw`(-?\d{1,10}|0x[0-9A-Fa-f]{1,8})(?![\w.:/\\-]*\w)`;
const RASCLIENT_ERROR = new RegExp(String.raw`\berror code (?:returned on failure )?is:?\s+` + NUMBER, 'gi');
const RASCLIENT_REASON = new RegExp(String.raw`\breason code returned on termination is:?\s+` + NUMBER, 'gi');
const NPS_REASON = /\breason[ -]code\s*[:=]\s*(\d{1,5})(?![\w.:/-])/gi;
const EVENT_ID = /\bevent[ _-]?id\s*[:=#]?\s*(\d{1,5})(?![\w.:/-])/gi;
const ERROR_NEAR = new RegExp(String.raw`\berror(?:[ _-]?code)?\s*[:=#]?\s*` + NUMBER, 'gi');
const HEX_HRESULT = /(?<![\w-])0x[0-9A-Fa-f]{8}(?![\w-])/g;
const SYMBOL = /\b(?:ERROR|CERT|CRYPT|TRUST|IAS|ROUTERLOG|ESTS)_[A-Z0-9_]+\b/g;
const VPN_WORDS = /\b(?:VPN|RAS|RasClient|RasMan|RRAS|Remote ?Access|IKE(?:v2)?|IPsec|SSTP|L2TP|PPTP|EAP|PEAP|NPS|RADIUS|tunnel|Always ?On|AOVPN)\b/i;
const SOURCE_LINE = /^[ \t]*(?:Source|Provider ?Name|Provider)[ \t]*[:=][ \t]*(.+?)[ \t]*\.?[ \t]*$/gim;
const SOURCE_BEFORE_EVENT = /\b(RasClient|RemoteAccess|NPS|IAS|AzureMfa|Microsoft-Windows-Security-Auditing|Kerberos-Key-Distribution-Center|Kdcsvc)\b[^\n]{0,40}?\bevent[ _-]?id\b/i;

function lineText(text: string, lineStart: number, lineEnd: number): string | undefined {
  return lineEnd - lineStart > MAX_TEXT_LINE ? undefined : text.slice(lineStart, lineEnd);
}

/** The event source written near an "Event ID" line: same line ("RasClient event ID 20227") or a "Source:" line above. */
function findEventSource(text: string, lineStart: number, line: string): string | undefined {
  const sameLine = SOURCE_BEFORE_EVENT.exec(line);
  if (sameLine) return sameLine[1];
  const before = text.slice(Math.max(0, lineStart - LOOK_BACK_CHARS), lineStart);
  let found: string | undefined;
  SOURCE_LINE.lastIndex = 0;
  for (let match = SOURCE_LINE.exec(before); match; match = SOURCE_LINE.exec(before)) found = match[1];
  return found;
}

function eventEntries(id: number, source: string | undefined): CodeEntry[] {
  const entry = lookupCode('event', id);
  if (!entry) return [];
  if (source === undefined) return [entry];
  return eventSourceMatches(entry, source) ? [entry] : [];
}

function numberEntries(token: string, kinds: readonly CodeKind[]): { forms?: NumberForms; entries: CodeEntry[] } {
  const forms = parseCodeNumbers(token)[0];
  return forms ? { forms, entries: lookupNumber(forms, kinds) } : { entries: [] };
}

/** Every code mentioned on the line [lineStart, lineEnd) of `text`, in order, without overlaps. */
export function findCodeMentions(text: string, lineStart: number, lineEnd: number): CodeMention[] {
  const line = lineText(text, lineStart, lineEnd);
  if (line === undefined || line.length === 0) return [];
  const mentions: CodeMention[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  const add = (mention: CodeMention) => {
    if (!taken(mention.start, mention.end)) mentions.push(mention);
  };
  const scan = (pattern: RegExp, onMatch: (match: RegExpExecArray, start: number, end: number) => void) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      const token = match[1] ?? match[0];
      const start = lineStart + match.index + match[0].lastIndexOf(token);
      onMatch(match, start, start + token.length);
    }
  };

  scan(RASCLIENT_ERROR, (match, start, end) => {
    add({ start, end, text: match[1], context: 'rasclient-error', ...numberEntries(match[1], CLIENT_KINDS) });
  });
  scan(RASCLIENT_REASON, (match, start, end) => {
    add({ start, end, text: match[1], context: 'rasclient-reason', ...numberEntries(match[1], CLIENT_KINDS) });
  });
  scan(NPS_REASON, (match, start, end) => {
    add({ start, end, text: match[1], context: 'nps-reason', ...numberEntries(match[1], ['nps-reason']) });
  });
  EVENT_ID.lastIndex = 0;
  if (EVENT_ID.test(line)) {
    const source = findEventSource(text, lineStart, line);
    scan(EVENT_ID, (match, start, end) => {
      const id = Number(match[1]);
      add({
        start,
        end,
        text: match[1],
        context: 'event-id',
        entries: eventEntries(id, source),
        ...(source ? { eventSource: source } : {}),
      });
    });
  }
  ERROR_NEAR.lastIndex = 0;
  if (ERROR_NEAR.test(line)) {
    const nearby = text.slice(Math.max(0, lineStart - VPN_WORDS_LOOK_BACK), lineEnd);
    if (VPN_WORDS.test(nearby)) {
      scan(ERROR_NEAR, (match, start, end) => {
        const found = numberEntries(match[1], CLIENT_KINDS);
        // Without a certain context only a catalogue hit counts: "error 500" near "VPN" stays plain text.
        if (found.entries.length > 0) add({ start, end, text: match[1], context: 'error-near-vpn', ...found });
      });
    }
  }
  scan(HEX_HRESULT, (match, start, end) => {
    const found = numberEntries(match[0], CLIENT_KINDS);
    if (found.forms?.isHresult) add({ start, end, text: match[0], context: 'hresult', ...found });
  });
  scan(SYMBOL, (match, start, end) => {
    const entries = lookupSymbol(match[0]);
    if (entries.length > 0) add({ start, end, text: match[0], context: 'symbol', entries });
  });
  return mentions.sort((a, b) => a.start - b.start);
}
