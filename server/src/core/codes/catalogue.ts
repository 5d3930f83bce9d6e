// The catalogue: every known code as a CodeEntry, looked up by kind and number, by number alone, or by symbol.
import { EVENT_IDS, type EventRow } from './data/eventIds';
import { GUIDANCE } from './data/guidance';
import { HRESULT_CODES, HRESULT_SOURCE, WIN32_CODES, WIN32_SOURCE } from './data/hresultCodes';
import { IKE_CODES } from './data/ikeCodes';
import { NPS_REASON_CODES, npsReasonSource } from './data/npsReasonCodes';
import { RAS_CODES, RAS_DEPRECATED_CODES, RAS_SDK_ONLY_CODES, type CodeRow } from './data/rasCodes';
import { MS } from './data/sources';
import type { NumberForms } from './numberForms';
import { CODE_KINDS, type CodeEntry, type CodeKind } from './types';

const RAS_SOURCE = MS.rasErrorCodes;
const RAS_SDK_SOURCE = 'Windows SDK raserror.h';
const IKE_SOURCE = MS.systemErrorCodes12000;

interface Index {
  readonly byKey: Map<string, CodeEntry>;
  readonly bySymbol: Map<string, CodeEntry[]>;
  readonly all: CodeEntry[];
}

let index: Index | undefined;

const keyOf = (kind: CodeKind, code: number): string => `${kind}:${code}`;

/** The sources of an entry and of its guidance, each address once. */
function mergeSources(...sources: readonly string[]): string {
  return [...new Set(sources.flatMap((source) => source.split('; ')))].join('; ');
}

function entry(kind: CodeKind, code: number, symbol: string | undefined, summary: string, source: string, extraNotes: readonly string[] = [], event?: Pick<EventRow, 'source' | 'log'>): CodeEntry {
  const guidance = GUIDANCE[keyOf(kind, code)] ?? {};
  return {
    kind,
    code,
    ...(symbol ? { symbol } : {}),
    summary,
    ...(event ? { eventSource: event.source, eventLog: event.log } : {}),
    causes: guidance.causes ?? [],
    checks: guidance.checks ?? [],
    related: guidance.related ?? [],
    notes: [...extraNotes, ...(guidance.notes ?? [])],
    source: guidance.source ? mergeSources(source, guidance.source) : source,
  };
}

function rasNotes(code: number): string[] {
  const notes: string[] = [];
  if (RAS_DEPRECATED_CODES.has(code)) notes.push('Deprecated in Windows Vista and later.');
  if (RAS_SDK_ONLY_CODES.has(code)) notes.push("Not in Microsoft's error table; defined in the Windows SDK raserror.h.");
  if (code >= 900) notes.push('Routing and Remote Access (server/router) error, defined in mprerror.h.');
  return notes;
}

function build(): Index {
  const all: CodeEntry[] = [];
  const add = (rows: readonly CodeRow[], kind: CodeKind, source: (code: number) => string, notes?: (code: number) => string[]) => {
    for (const [code, symbol, summary] of rows) all.push(entry(kind, code, symbol, summary, source(code), notes?.(code)));
  };
  add(RAS_CODES, 'ras', (code) => (RAS_SDK_ONLY_CODES.has(code) ? RAS_SDK_SOURCE : RAS_SOURCE), rasNotes);
  add(IKE_CODES, 'ike', () => IKE_SOURCE);
  add(WIN32_CODES, 'win32', () => WIN32_SOURCE);
  add(HRESULT_CODES, 'hresult', () => HRESULT_SOURCE);
  for (const [code, symbol, summary] of NPS_REASON_CODES) {
    all.push(entry('nps-reason', code, symbol, summary, npsReasonSource(code, symbol !== undefined)));
  }
  for (const row of EVENT_IDS) {
    all.push(entry('event', row.id, row.symbol, row.summary, row.reference, row.notes, row));
  }
  const byKey = new Map<string, CodeEntry>();
  const bySymbol = new Map<string, CodeEntry[]>();
  for (const item of all) {
    byKey.set(keyOf(item.kind, item.code), item);
    if (item.symbol) {
      const list = bySymbol.get(item.symbol) ?? [];
      list.push(item);
      bySymbol.set(item.symbol, list);
    }
  }
  return { byKey, bySymbol, all };
}

function getIndex(): Index {
  return (index ??= build());
}

export function allEntries(): readonly CodeEntry[] {
  return getIndex().all;
}

export function lookupCode(kind: CodeKind, code: number): CodeEntry | undefined {
  return getIndex().byKey.get(keyOf(kind, code));
}

export function lookupSymbol(symbol: string): readonly CodeEntry[] {
  return getIndex().bySymbol.get(symbol) ?? [];
}

const normaliseSource = (source: string): string => source.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether an event source as written in an export ("Microsoft Windows security auditing.") names this entry's source. */
export function eventSourceMatches(entry: CodeEntry, writtenSource: string): boolean {
  const written = normaliseSource(writtenSource);
  const row = EVENT_IDS.find((candidate) => candidate.id === entry.code);
  if (!row || written === '') return false;
  return [row.source, ...row.sourceAliases].some((name) => normaliseSource(name) === written);
}

/**
 * Every entry a number could be, in CODE_KINDS order (optionally only some kinds). A failure HRESULT matches its
 * HRESULT entry and, for HRESULT_FROM_WIN32 values, the RAS/IKE/Win32 entry of the code inside.
 */
export function lookupNumber(forms: NumberForms, kinds: readonly CodeKind[] = CODE_KINDS): CodeEntry[] {
  const matches: CodeEntry[] = [];
  for (const kind of CODE_KINDS) {
    if (!kinds.includes(kind)) continue;
    let found: CodeEntry | undefined;
    if (forms.isHresult) {
      if (kind === 'hresult') found = lookupCode('hresult', forms.value);
      else if ((kind === 'ras' || kind === 'ike' || kind === 'win32') && forms.win32Code !== undefined) {
        found = lookupCode(kind, forms.win32Code);
      }
    } else if (kind !== 'hresult') {
      found = lookupCode(kind, forms.value);
    }
    if (found) matches.push(found);
  }
  return matches;
}

export const KIND_LABELS: Readonly<Record<CodeKind, string>> = {
  ras: 'RAS/RRAS error',
  ike: 'IKE/IPsec error',
  win32: 'Win32 error',
  hresult: 'HRESULT',
  'nps-reason': 'NPS reason code',
  event: 'Event ID',
};
