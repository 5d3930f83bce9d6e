// Markdown for one catalogue entry (hover, "Explain Error Code…") and for the number forms of a code.
import { codeSpan } from '../text/markdown';
import { KIND_LABELS, lookupCode } from './catalogue';
import { formatHex, type NumberForms } from './numberForms';
import type { CodeEntry, CodeKind, RelatedCode } from './types';

/** How code Markdown is written for the editor that shows it. */
export interface CodeMarkdownOptions {
  /**
   * The editor runs the "Explain Error Code…" command from Markdown links (VS Code): related codes become links that
   * explain them, hovers offer the command, and the catalogue's `aovpn explain …` advice names the command instead.
   * Without it (other LSP editors) the text stays as the CLI has it.
   */
  readonly explainLinks?: boolean;
}

/** The editor command "Explain Error Code…" (client/src/extension.ts). */
const EXPLAIN_COMMAND = 'aovpn.explainErrorCode';
/** All that may reach a command link: a kind prefix and a decimal or hexadecimal number, never document text. */
const LINKABLE_QUERY = /^(?:(?:ras|ike|win32|hresult|nps-reason|event):)?-?(?:0x[0-9a-f]{1,8}|\d{1,10})$/i;

/** The query that names one catalogue entry's code: `ras:853`, `hresult:0x800B0101`, `nps-reason:258`. */
export function codeQuery(kind: CodeKind, code: number): string {
  return `${kind}:${kind === 'hresult' ? formatHex(code) : code}`;
}

/** A `command:` URI that runs "Explain Error Code…" for `query` (none without a query), or undefined for anything else. */
export function explainCommandUri(query?: string): string | undefined {
  if (query === undefined) return `command:${EXPLAIN_COMMAND}`;
  // encodeURIComponent leaves ( ) ' unescaped; the pattern above already keeps them out of a Markdown link.
  return LINKABLE_QUERY.test(query) ? `command:${EXPLAIN_COMMAND}?${encodeURIComponent(JSON.stringify([query]))}` : undefined;
}

/** What a hover offers at its end: "Explain RAS/RRAS error 853" links that open the entries with their related codes. */
export function explainOffer(entries: readonly CodeEntry[]): string | undefined {
  const links = entries.flatMap((entry) => {
    const uri = explainCommandUri(codeQuery(entry.kind, entry.code));
    return uri ? [`[Explain ${codeTitle(entry)}](${uri})`] : [];
  });
  return links.length ? `${links.join(' · ')} (with links to the related codes)` : undefined;
}

const CLI_EXPLAIN = /`aovpn explain(?: ([^`]+))?`/g;

/** The catalogue's advice to run `aovpn explain …`, worded for the editor: the command, as a link. */
function editorWording(text: string, options: CodeMarkdownOptions): string {
  if (!options.explainLinks) return text;
  return text.replace(CLI_EXPLAIN, (_match, argument?: string) => `[Explain Error Code…](${explainCommandUri()})${argument ? ` (${codeSpan(argument)})` : ''}`);
}

export function codeTitle(entry: CodeEntry): string {
  const number = entry.kind === 'hresult' ? formatHex(entry.code) : String(entry.code);
  const source = entry.eventSource ? ` (${entry.eventSource})` : '';
  return `${KIND_LABELS[entry.kind]}${source} ${number}`;
}

export function relatedLabel(related: RelatedCode, options: CodeMarkdownOptions = {}): string {
  const target = lookupCode(related.kind, related.code);
  const number = related.kind === 'hresult' ? formatHex(related.code) : String(related.code);
  const source = related.eventSource ? ` (${related.eventSource})` : '';
  const symbol = target?.symbol ? ` \`${target.symbol}\`` : '';
  const label = `${KIND_LABELS[related.kind]}${source} ${number}`;
  const uri = options.explainLinks ? explainCommandUri(codeQuery(related.kind, related.code)) : undefined;
  return `${uri ? `[${label}](${uri})` : label}${symbol}`;
}

/** "853 = 0x355", "-2146762495 = 0x800B0101", "0x800735E9 = HRESULT_FROM_WIN32(13801)". */
export function formsLine(forms: NumberForms): string {
  const parts = [`\`${forms.value}\``, `\`${forms.hex}\``];
  if (forms.isHresult) parts.splice(1, 0, `\`${forms.signed}\``);
  let line = parts.join(' = ');
  if (forms.win32Code !== undefined) line += ` = HRESULT_FROM_WIN32(${forms.win32Code})`;
  else if (forms.facilityName) line += ` (${forms.facilityName})`;
  return line;
}

function bulletSection(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : ['', `**${title}**`, '', ...items.map((item) => `- ${item}`)];
}

const PROVENANCE = /\[(MS|PR|INF)\]/;

/** The key to the [MS]/[PR]/[INF] markers, when any of these texts uses them. */
export function provenanceLegend(texts: readonly string[]): string | undefined {
  return texts.some((text) => PROVENANCE.test(text)) ? '[MS] Microsoft documentation · [PR] practitioner report · [INF] our inference' : undefined;
}

export function renderEntryMarkdown(entry: CodeEntry, forms?: NumberForms, options: CodeMarkdownOptions = {}): string {
  const section = (title: string, items: readonly string[]) =>
    bulletSection(
      title,
      items.map((item) => editorWording(item, options)),
    );
  const symbol = entry.symbol ? ` · \`${entry.symbol}\`` : '';
  const lines = [`**${codeTitle(entry)}**${symbol}`, '', entry.summary];
  if (forms && (forms.isHresult || forms.value !== entry.code)) lines.push('', formsLine(forms));
  if (entry.eventLog) lines.push('', `Log: ${entry.eventLog}`);
  lines.push(...section('Notes', entry.notes));
  lines.push(...section('Likely causes', entry.causes));
  lines.push(...section('What to check', entry.checks));
  lines.push(
    ...bulletSection(
      'Related',
      entry.related.map((item) => `${relatedLabel(item, options)}: ${item.note}`),
    ),
  );
  const legend = provenanceLegend([...entry.causes, ...entry.checks, ...entry.notes]);
  lines.push('', `*Source: ${entry.source}*${legend ? `  \n*${legend}*` : ''}`);
  return lines.join('\n');
}

export function renderUnknownMarkdown(text: string, forms: NumberForms | undefined): string {
  if (!forms) return `${codeSpan(text)} is not a code number we can read (decimal, negative decimal, or hexadecimal).`;
  return `No catalogue entry for ${codeSpan(text)}: ${formsLine(forms)}.`;
}
