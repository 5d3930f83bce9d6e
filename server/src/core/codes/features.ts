// Editor features on any text document (plaintext, log, aovpn-log): hover, inlay hints and Access-Reject summaries.
// All work is per line: a hover finds its line with lastIndexOf/indexOf, range features stop after a bounded amount.
import { codeSpan, markdownText } from '../text/markdown';
import { terminalText } from '../text/terminal';
import type { TextRange } from '../types';
import { lookupCode } from './catalogue';
import { CONTEXT_LABELS, findCodeMentions, type CodeMention } from './detect';
import { explainOffer, formsLine, renderEntryMarkdown, renderUnknownMarkdown, type CodeMarkdownOptions } from './markdown';
import { decodeNpsField, PACKET_TYPE_ACCESS_REJECT, POLICY_FIELDS, USER_FIELDS } from './npsLog/fields';
import { fieldAt, fieldValue, parseNpsLine, type NpsField, type NpsLine, type NpsLineFormat } from './npsLog/lines';

export interface CodeHover {
  readonly range: TextRange;
  readonly markdown: string;
}

export interface CodeInlayHint {
  /** Where the hint goes: right after the code. */
  readonly offset: number;
  /** Short text, without leading padding (the client adds it). */
  readonly label: string;
  readonly tooltip?: string;
}

export interface RejectSummary {
  /** The whole Access-Reject line (without its line break). */
  readonly range: TextRange;
  readonly user?: string;
  readonly policy?: string;
  readonly reasonCode?: number;
  readonly reason?: string;
  /** At most REJECT_LABEL_MAX characters (VS Code's default inlay hint length): the user and the reason code. */
  readonly label: string;
  /** The whole summary on one line: user, policy, reason code and its meaning (the inlay hint's tooltip). */
  readonly tooltip: string;
}

/** VS Code shortens inlay hints longer than `editor.inlayHints.maximumLength`, 43 characters by default. */
export const REJECT_LABEL_MAX = 43;

/** Range features look at no more than this many lines / characters per call. */
export const MAX_RANGE_LINES = 2_000;
export const MAX_RANGE_CHARS = 1_000_000;

const FORMAT_LABELS: Readonly<Record<NpsLineFormat, string>> = {
  database: 'NPS log, database-compatible format',
  ias: 'NPS log, IAS format',
  dts: 'NPS log, DTS (XML) format',
};

interface LineBounds {
  readonly start: number;
  /** End without the line break (and without a trailing \r). */
  readonly end: number;
  /** Start of the next line. */
  readonly next: number;
}

function lineAt(text: string, offset: number): LineBounds {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const next = newline < 0 ? text.length : newline + 1;
  let end = newline < 0 ? text.length : newline;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, next };
}

/** Calls `visit` for each line overlapping `range`, within the per-call bounds. */
function forEachLine(text: string, range: TextRange, visit: (line: LineBounds) => void): void {
  const stop = Math.min(text.length, range.end, range.start + MAX_RANGE_CHARS);
  let line = lineAt(text, Math.max(0, Math.min(range.start, text.length)));
  for (let count = 0; count < MAX_RANGE_LINES; count++) {
    visit(line);
    if (line.next >= text.length || line.next > stop) break;
    line = lineAt(text, line.next);
  }
}

// ---- hover

// Log lines are written by whoever sends a RADIUS request (User-Name) or edits the file: every name and value from
// the line goes through codeSpan or markdownText.
function fieldMarkdown(line: NpsLine, field: NpsField, options: CodeMarkdownOptions): string {
  const value = field.value === '' ? '*(empty)*' : codeSpan(field.value);
  const lines = [`**${markdownText(field.name)}** · ${markdownText(field.position)} · ${FORMAT_LABELS[line.format]}`, '', value];
  const decoded = decodeNpsField(field.name, field.value);
  if (field.name.toLowerCase() === 'reason-code' && /^\d+$/.test(field.value)) {
    const entry = lookupCode('nps-reason', Number(field.value));
    lines.push('', '---', '', entry ? renderEntryMarkdown(entry, undefined, options) : `No catalogue entry for NPS reason code ${markdownText(field.value)}.`);
    const offer = entry && options.explainLinks ? explainOffer([entry]) : undefined;
    if (offer) lines.push('', offer);
  } else if (decoded) {
    lines[2] = `${value} = ${decoded}`;
  }
  return lines.join('\n');
}

function mentionMarkdown(mention: CodeMention, options: CodeMarkdownOptions): string {
  // The event source is whatever a "Source:" line of the pasted text says.
  const source = mention.eventSource ? ` (source: ${markdownText(mention.eventSource)})` : '';
  const header = `**${CONTEXT_LABELS[mention.context]}${source}** ${codeSpan(mention.text)}`;
  if (mention.entries.length === 0) {
    const unknown = mention.context === 'event-id' ? `Event ID ${markdownText(mention.text)}${source}: not in our catalogue.` : renderUnknownMarkdown(mention.text, mention.forms);
    return `${header}\n\n${unknown}`;
  }
  const forms = mention.forms?.isHresult ? `\n\n${formsLine(mention.forms)}` : '';
  const body = mention.entries.map((entry) => renderEntryMarkdown(entry, mention.forms, options)).join('\n\n---\n\n');
  const offer = options.explainLinks ? explainOffer(mention.entries) : undefined;
  return `${header}${forms}\n\n${body}${offer ? `\n\n${offer}` : ''}`;
}

/** The hover for the code or log field at `offset`, or undefined when there is none. */
export function codeHoverAt(text: string, offset: number, options: CodeMarkdownOptions = {}): CodeHover | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const bounds = lineAt(text, offset);
  const logLine = parseNpsLine(text, bounds.start, bounds.end);
  if (logLine) {
    const field = fieldAt(logLine, offset);
    if (!field) return undefined;
    const onId = field.idStart !== undefined && offset >= field.idStart && offset <= (field.idEnd ?? field.idStart);
    const range = onId ? { start: field.idStart!, end: field.idEnd! } : { start: field.start, end: field.end };
    return { range, markdown: fieldMarkdown(logLine, field, options) };
  }
  const mention = findCodeMentions(text, bounds.start, bounds.end).find((m) => offset >= m.start && offset <= m.end);
  return mention ? { range: { start: mention.start, end: mention.end }, markdown: mentionMarkdown(mention, options) } : undefined;
}

// ---- inlay hints

const HINT_LENGTH = 48;
const HINTED_LOG_FIELDS: ReadonlySet<string> = new Set(['packet-type', 'reason-code', 'authentication-type']);

function shorten(text: string): string {
  const line = text.replace(/\.$/, '');
  return line.length <= HINT_LENGTH ? line : line.slice(0, HINT_LENGTH - 1) + '…';
}

function logLineHints(line: NpsLine, hints: CodeInlayHint[]): void {
  for (const field of line.fields) {
    const name = field.name.toLowerCase();
    if (!HINTED_LOG_FIELDS.has(name) || field.value === '') continue;
    if (name === 'reason-code') {
      if (field.value === '0') continue;
      const entry = lookupCode('nps-reason', Number(field.value));
      if (entry) hints.push({ offset: field.end, label: shorten(entry.summary), tooltip: entry.summary });
      continue;
    }
    const decoded = decodeNpsField(field.name, field.value);
    if (decoded) hints.push({ offset: field.end, label: decoded });
  }
}

function mentionHint(mention: CodeMention): CodeInlayHint | undefined {
  const [first, ...others] = mention.entries;
  if (!first) return undefined;
  const name = first.symbol ?? shorten(first.summary);
  const more = others.length > 0 ? ` (+${others.length})` : '';
  return {
    offset: mention.end,
    label: name + more,
    tooltip: mention.entries.map((entry) => `${entry.symbol ? entry.symbol + ': ' : ''}${entry.summary}`).join('\n'),
  };
}

/** Inlay hints after the codes and decoded log fields in `range` (bounded work per call). */
export function codeInlayHints(text: string, range: TextRange): CodeInlayHint[] {
  const hints: CodeInlayHint[] = [];
  forEachLine(text, range, (bounds) => {
    const logLine = parseNpsLine(text, bounds.start, bounds.end);
    if (logLine) {
      logLineHints(logLine, hints);
      return;
    }
    for (const mention of findCodeMentions(text, bounds.start, bounds.end)) {
      const hint = mentionHint(mention);
      if (hint) hints.push(hint);
    }
  });
  return hints.filter((hint) => hint.offset >= range.start && hint.offset <= range.end);
}

// ---- Access-Reject summaries

/** `Reject · USER · reason N` within REJECT_LABEL_MAX characters: a long user name is cut with `…`. */
function shortRejectLabel(user: string, reasonCode: number | undefined): string {
  const head = 'Reject · ';
  const tail = reasonCode === undefined ? '' : ` · reason ${reasonCode}`;
  const room = REJECT_LABEL_MAX - head.length - tail.length;
  const chars = [...user];
  const shown = chars.length <= room ? user : chars.slice(0, Math.max(1, room - 1)).join('') + '…';
  return `${head}${shown}${tail}`;
}

/** One summary per Access-Reject line of an NPS accounting log in `range` (bounded work per call). */
export function rejectSummaries(text: string, range: TextRange): RejectSummary[] {
  const summaries: RejectSummary[] = [];
  forEachLine(text, range, (bounds) => {
    const line = parseNpsLine(text, bounds.start, bounds.end);
    if (!line) return;
    const packetType = fieldValue(line, 'packet-type');
    if (!packetType || Number(packetType.value) !== PACKET_TYPE_ACCESS_REJECT) return;
    const user = fieldValue(line, USER_FIELDS)?.value;
    const policy = fieldValue(line, POLICY_FIELDS)?.value;
    const reasonField = fieldValue(line, 'reason-code');
    const reasonCode = reasonField && /^\d+$/.test(reasonField.value) ? Number(reasonField.value) : undefined;
    const reason = reasonCode === undefined ? undefined : lookupCode('nps-reason', reasonCode)?.summary;
    // The label is plain text, but a User-Name with a bidirectional override would still reorder the editor line.
    const parts = ['Access-Reject', `user ${user !== undefined ? terminalText(user) : '(none)'}`, `policy ${policy ? `"${terminalText(policy)}"` : '(none)'}`];
    if (reasonCode !== undefined) parts.push(`reason ${reasonCode}${reason ? ': ' + reason : ''}`);
    summaries.push({
      range: { start: bounds.start, end: bounds.end },
      ...(user !== undefined ? { user } : {}),
      ...(policy !== undefined ? { policy } : {}),
      ...(reasonCode !== undefined ? { reasonCode } : {}),
      ...(reason !== undefined ? { reason } : {}),
      label: shortRejectLabel(user === undefined ? '(none)' : terminalText(user), reasonCode),
      tooltip: parts.join(' · '),
    });
  });
  return summaries.filter((summary) => summary.range.end >= range.start && summary.range.start <= range.end);
}
