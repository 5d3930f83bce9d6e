// Markdown for one catalogue entry (hover, "Explain Error Code…") and for the number forms of a code.
import { codeSpan } from '../text/markdown';
import { KIND_LABELS, lookupCode } from './catalogue';
import { formatHex, type NumberForms } from './numberForms';
import type { CodeEntry, RelatedCode } from './types';

export function codeTitle(entry: CodeEntry): string {
  const number = entry.kind === 'hresult' ? formatHex(entry.code) : String(entry.code);
  const source = entry.eventSource ? ` (${entry.eventSource})` : '';
  return `${KIND_LABELS[entry.kind]}${source} ${number}`;
}

export function relatedLabel(related: RelatedCode): string {
  const target = lookupCode(related.kind, related.code);
  const number = related.kind === 'hresult' ? formatHex(related.code) : String(related.code);
  const source = related.eventSource ? ` (${related.eventSource})` : '';
  const symbol = target?.symbol ? ` \`${target.symbol}\`` : '';
  return `${KIND_LABELS[related.kind]}${source} ${number}${symbol}`;
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

export function renderEntryMarkdown(entry: CodeEntry, forms?: NumberForms): string {
  const symbol = entry.symbol ? ` · \`${entry.symbol}\`` : '';
  const lines = [`**${codeTitle(entry)}**${symbol}`, '', entry.summary];
  if (forms && (forms.isHresult || forms.value !== entry.code)) lines.push('', formsLine(forms));
  if (entry.eventLog) lines.push('', `Log: ${entry.eventLog}`);
  lines.push(...bulletSection('Notes', entry.notes));
  lines.push(...bulletSection('Likely causes', entry.causes));
  lines.push(...bulletSection('What to check', entry.checks));
  lines.push(
    ...bulletSection(
      'Related',
      entry.related.map((item) => `${relatedLabel(item)}: ${item.note}`),
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
