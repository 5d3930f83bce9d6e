// `aovpn explain CODE... [--json]`: what a RAS/IKE error, HRESULT, NPS reason code or event ID means and what to check.
import { explainQuery, type ExplainMatchJson, type ExplainResultJson } from '../core/codes/explain';
import { KIND_LABELS } from '../core/codes/catalogue';
import { provenanceLegend } from '../core/codes/markdown';
import { terminalText } from '../core/text/terminal';
import { EXIT_OK, UsageError, type CliCommand } from './io';

const HELP = `Usage: aovpn explain [--json] CODE...

Explains Always On VPN error codes: RAS/RRAS errors (600-956), IKE/IPsec errors (13800-13932), HRESULTs,
NPS reason codes and event IDs. A bare number is shown as every kind it could be.

CODE forms:
  853  13801  0  -2146762495  -0x7FF4FEFF  0x800B0101  800B0101  0x800735E9
  reason:258  event:20227  ras:691  ike:13868  hresult:0x80070040  win32:64
  CERT_E_EXPIRED  ERROR_VPN_TIMEOUT   (symbolic names)

Options:
  --json       Print JSON: [{"query", "matches": [{"kind", "code", "symbol", "summary", "checks", "related", ...}], "forms"}]
  -h, --help   Show this help

Exit status: 0 explained (also when a code is unknown), 2 usage error.`;

interface ExplainOptions {
  json: boolean;
  queries: string[];
}

// A negative decimal (-2146762495) or negative hex (-0x7FF4FEFF, a signed HRESULT written in hex) is a code, not an
// option.
const NEGATIVE_NUMBER = /^-(?:\d+|0x[0-9a-f]+)$/i;

function parseArgs(args: string[]): ExplainOptions | 'help' {
  const options: ExplainOptions = { json: false, queries: [] };
  let onlyCodes = false;
  for (const arg of args) {
    if (onlyCodes || NEGATIVE_NUMBER.test(arg) || !arg.startsWith('-')) options.queries.push(arg);
    else if (arg === '--') onlyCodes = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '-h' || arg === '--help') return 'help';
    else throw new UsageError(`unknown option "${arg}". Run "aovpn explain --help".`);
  }
  if (options.queries.length === 0) throw new UsageError('give at least one code, e.g. "aovpn explain 853". Run "aovpn explain --help".');
  return options;
}

function codeText(match: ExplainMatchJson): string {
  return typeof match.code === 'string' ? match.code : `${match.code}`;
}

function section(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`  ${title}:`, ...items.map((item) => `    - ${item}`)];
}

function matchText(match: ExplainMatchJson): string[] {
  const source = match.eventSource ? ` (${match.eventSource})` : '';
  const symbol = match.symbol ? `  ${match.symbol}` : '';
  const lines = [
    `  ${KIND_LABELS[match.kind]}${source} ${codeText(match)}${symbol}`,
    `  ${match.summary}`,
    ...(match.eventLog ? [`  Log: ${match.eventLog}`] : []),
    ...section('Notes', match.notes),
    ...section('Likely causes', match.causes),
    ...section('What to check', match.checks),
    ...section(
      'Related',
      match.related.map((item) => `${KIND_LABELS[item.kind]}${item.eventSource ? ` (${item.eventSource})` : ''} ${item.code}: ${item.note}`),
    ),
    `  Source: ${match.source}`,
  ];
  const legend = provenanceLegend([...match.causes, ...match.checks, ...match.notes]);
  return legend ? [...lines, `  ${legend}`] : lines;
}

function resultText(result: ExplainResultJson): string {
  const forms = result.forms;
  const formsText = forms
    ? ` = ${[forms.decimal, forms.signed, forms.hex].filter((part) => part !== undefined && `${part}` !== result.query.trim()).join(' = ')}` +
      (forms.win32 !== undefined ? ` = HRESULT_FROM_WIN32(${forms.win32})` : '')
    : '';
  // The query is what was typed: shown with terminalText like every other quoted input.
  const lines = [`${terminalText(result.query)}${formsText}`];
  if (result.matches.length === 0) lines.push('  No catalogue entry for this code.');
  result.matches.forEach((match, index) => {
    if (index > 0) lines.push('');
    lines.push(...matchText(match));
  });
  return lines.join('\n');
}

export const runExplain: CliCommand = async (args, io) => {
  const options = parseArgs(args);
  if (options === 'help') {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  const results = options.queries.map(explainQuery);
  const invalid = results.filter((result) => result.error);
  if (invalid.length > 0) throw new UsageError(invalid.map((result) => result.error).join('; '));
  if (options.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
  else io.stdout(results.map(resultText).join('\n\n') + '\n');
  return EXIT_OK;
};
