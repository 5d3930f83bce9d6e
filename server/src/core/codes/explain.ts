// `aovpn explain` and the "Explain Error Code…" command: a query in, every matching entry out.
// Query forms: 853, -2146762495, 0x800B0101, 800B0101, reason:258, event:20227, ras:/ike:/win32:/hresult: prefixes,
// or a symbol such as CERT_E_EXPIRED.
import { codeSpan, markdownText } from '../text/markdown';
import { KIND_LABELS, lookupNumber, lookupSymbol } from './catalogue';
import { renderEntryMarkdown, renderUnknownMarkdown, type CodeMarkdownOptions } from './markdown';
import { formatHex, parseCodeNumbers, type NumberForms } from './numberForms';
import type { CodeEntry, CodeKind } from './types';

export interface RelatedJson {
  readonly kind: CodeKind;
  readonly code: number | string;
  readonly eventSource?: string;
  readonly note: string;
}

export interface ExplainMatchJson {
  readonly kind: CodeKind;
  /** A number; HRESULTs as their 0x… string. */
  readonly code: number | string;
  readonly symbol: string | null;
  readonly summary: string;
  readonly checks: readonly string[];
  readonly related: readonly RelatedJson[];
  readonly causes: readonly string[];
  readonly notes: readonly string[];
  readonly hex: string;
  readonly eventSource?: string;
  readonly eventLog?: string;
  readonly source: string;
}

export interface NumberFormsJson {
  readonly decimal: number;
  readonly hex: string;
  readonly signed?: number;
  readonly win32?: number;
}

export interface ExplainResultJson {
  readonly query: string;
  readonly matches: readonly ExplainMatchJson[];
  /** How the number reads in other forms; absent for symbol queries and unreadable input. */
  readonly forms?: NumberFormsJson;
  /** Set when the query is not a code at all. */
  readonly error?: string;
}

const PREFIXES: Readonly<Record<string, CodeKind>> = {
  ras: 'ras',
  rras: 'ras',
  ike: 'ike',
  win32: 'win32',
  hresult: 'hresult',
  hr: 'hresult',
  reason: 'nps-reason',
  nps: 'nps-reason',
  'nps-reason': 'nps-reason',
  event: 'event',
  eventid: 'event',
};

// Kinds whose codes are decimal numbers (Microsoft lists them in decimal): after their prefix only a decimal or a
// 0x-prefixed number is read. A bare token with a letter (1e3, 35E9) would otherwise be read as hexadecimal.
const DECIMAL_KINDS: Readonly<Partial<Record<CodeKind, string>>> = {
  event: 'an event ID',
  'nps-reason': 'an NPS reason code',
  ras: 'a RAS/RRAS error code',
  ike: 'an IKE/IPsec error code',
  win32: 'a Win32 error code',
};
const DECIMAL_OR_PREFIXED_HEX = /^\s*(?:\d+|0x[0-9a-f]+)\s*$/i;
const EXPONENT = /^\s*\d+(?:\.\d+)?e[+-]?\d+\s*$/i;

/** Why `event:1e3` is refused, and what to type for either reading the user may have meant. */
function notDecimalMessage(query: string, prefix: string, kind: CodeKind, what: string, value: string): string {
  const readings: string[] = [];
  if (/^[0-9a-f]{1,8}$/i.test(value)) readings.push(`${prefix}:0x${value} for hexadecimal (${parseInt(value, 16)})`);
  const power = Number(value);
  if (EXPONENT.test(value) && Number.isSafeInteger(power) && power <= 0xffff_ffff) readings.push(`${prefix}:${power} for ${value} as a power of ten`);
  const hint = readings.length ? ` Write ${readings.join(', or ')}.` : '';
  return `"${query}" is not ${what}: ${KIND_LABELS[kind]}s are unsigned numbers written in decimal or in hexadecimal after 0x, and "${value}" is neither.${hint}`;
}

// Symbolic names: upper-case words joined by underscores (CERT_E_EXPIRED), or a known single word (PENDING).
const SYMBOL = /^[A-Z][A-Z0-9_]*$/;

interface ParsedQuery {
  readonly readings: readonly NumberForms[];
  readonly kinds?: readonly CodeKind[];
  readonly symbol?: string;
  readonly error?: string;
}

function parseQuery(query: string): ParsedQuery {
  const text = query.trim();
  const colon = text.indexOf(':');
  let kinds: CodeKind[] | undefined;
  let value = text;
  if (colon > 0) {
    const prefix = text.slice(0, colon).toLowerCase();
    const kind = Object.hasOwn(PREFIXES, prefix) ? PREFIXES[prefix] : undefined;
    if (!kind) return { readings: [], error: `unknown kind "${text.slice(0, colon)}" (use ras, ike, win32, hresult, reason or event)` };
    kinds = [kind];
    value = text.slice(colon + 1);
    const what = DECIMAL_KINDS[kind];
    if (what && value.trim() && !DECIMAL_OR_PREFIXED_HEX.test(value)) return { readings: [], error: notDecimalMessage(query, text.slice(0, colon), kind, what, value.trim()) };
  }
  const readings = parseCodeNumbers(value);
  if (readings.length > 0) return { readings, ...(kinds ? { kinds } : {}) };
  const symbol = value.trim().toUpperCase();
  if (!kinds && SYMBOL.test(symbol) && (symbol.includes('_') || lookupSymbol(symbol).length > 0)) return { readings: [], symbol };
  return { readings: [], error: `"${query}" is not a code (expected a decimal, negative decimal or hexadecimal number)` };
}

function formsJson(forms: NumberForms): NumberFormsJson {
  return {
    decimal: forms.value,
    hex: forms.hex,
    ...(forms.isHresult ? { signed: forms.signed } : {}),
    ...(forms.win32Code !== undefined ? { win32: forms.win32Code } : {}),
  };
}

const codeJson = (kind: CodeKind, code: number): number | string => (kind === 'hresult' ? formatHex(code) : code);

export function entryJson(entry: CodeEntry): ExplainMatchJson {
  return {
    kind: entry.kind,
    code: codeJson(entry.kind, entry.code),
    symbol: entry.symbol ?? null,
    summary: entry.summary,
    checks: entry.checks,
    related: entry.related.map((item) => ({
      kind: item.kind,
      code: codeJson(item.kind, item.code),
      ...(item.eventSource ? { eventSource: item.eventSource } : {}),
      note: item.note,
    })),
    causes: entry.causes,
    notes: entry.notes,
    hex: formatHex(entry.code),
    ...(entry.eventSource ? { eventSource: entry.eventSource } : {}),
    ...(entry.eventLog ? { eventLog: entry.eventLog } : {}),
    source: entry.source,
  };
}

interface Resolved {
  readonly entries: readonly CodeEntry[];
  readonly forms?: NumberForms;
  readonly error?: string;
}

function resolve(query: string): Resolved {
  const parsed = parseQuery(query);
  if (parsed.error) return { entries: [], error: parsed.error };
  if (parsed.symbol) return { entries: lookupSymbol(parsed.symbol) };
  const entries: CodeEntry[] = [];
  let forms: NumberForms | undefined;
  for (const reading of parsed.readings) {
    const found = lookupNumber(reading, parsed.kinds);
    if (found.length > 0 && !forms) forms = reading;
    entries.push(...found);
  }
  return { entries, forms: forms ?? parsed.readings[0] };
}

/** The JSON object `aovpn explain --json` prints for one query. */
export function explainQuery(query: string): ExplainResultJson {
  const { entries, forms, error } = resolve(query);
  return {
    query,
    matches: entries.map(entryJson),
    ...(forms ? { forms: formsJson(forms) } : {}),
    ...(error ? { error } : {}),
  };
}

/** Markdown for the "Explain Error Code…" command: every match, or a plain "unknown" with the number forms. */
export function explainMarkdown(query: string, options: CodeMarkdownOptions = {}): string {
  const { entries, forms, error } = resolve(query);
  // The error quotes the query as typed: plain text, escaped.
  if (error) return markdownText(error);
  if (entries.length === 0) {
    return forms ? renderUnknownMarkdown(query.trim(), forms) : `No catalogue entry for ${codeSpan(query.trim())}.`;
  }
  return entries.map((entry) => renderEntryMarkdown(entry, forms, options)).join('\n\n---\n\n');
}
