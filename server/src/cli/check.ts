// `aovpn check`: analyse ProfileXML and EAP XML files and print the findings as text, JSON or SARIF.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, type Analysis } from '../core/analysis';
import { languageOfFile, SCRIPT_EXTENSIONS } from '../core/documents/powershell';
import { fixAll } from '../core/features/codeActions';
import type { RuleSeveritySetting } from '../core/rules/rule';
import { allRules } from '../core/rules/registry';
import { decodeText, describeEncoding, encodeText, withLineEnding, type TextEncoding } from '../core/text/encoding';
import { LineIndex } from '../core/text/lineIndex';
import { plainMessage } from '../core/text/plainMessage';
import { terminalText } from '../core/text/terminal';
import type { Finding, Severity } from '../core/types';
import { describeFileError, readRegularFile, replaceFile } from '../node/files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';

const HELP = `Usage: aovpn check [options] PATH...

Checks Always On VPN ProfileXML and EAP XML files. Folders are searched for *.xml files and PowerShell
scripts (*.ps1, *.psm1, whose string literals are checked); other files given by name (for example PowerShell
output saved as .txt) are searched for embedded profiles.

Options:
  --format text|json|sarif   Output format (default: text)
  --rule ID=SEVERITY         Override a rule's severity (error, warning, information, hint, off); repeatable
  --max-size CHARS           Only check well-formedness of larger files (default: 2000000)
  --fix                      Apply the safe fixes, write the files, report what is left
  --dry-run                  With --fix: print the changes as a unified diff instead of writing them
  -h, --help                 Show this help

Fixing: --fix applies only safe fixes, those with one right answer that keep the profile's meaning
(lowercase 'true', '&' written as '&amp;', spaces in a thumbprint…). Fixes that need a decision (a value
among several, removing content, anything about authentication, trust or the tunnel type) are never
applied; each finding that has one is listed as "not applied: needs a decision". A file is written in
the encoding, byte-order mark and line endings it was read with, through a temporary file renamed over
it, so a failed write leaves it as it was. A file that cannot be written back exactly as it was read
(invalid UTF-8, a truncated UTF-16 file, an encoding aovpn cannot write) is not changed (exit 2).
With --dry-run nothing is written; the diff goes to stdout and the findings are not listed.

Exit status: 0 no errors, 1 at least one error (after the fixes, with --fix), 2 usage or I/O error.`;

interface CheckOptions {
  format: 'text' | 'json' | 'sarif';
  rules: Record<string, RuleSeveritySetting>;
  maxSize: number | undefined;
  fix: boolean;
  dryRun: boolean;
  paths: string[];
}

/** Profiles are kilobytes; PowerShell transcripts with many profiles reach tens of megabytes. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A diff of more changed lines than this is not computed (its cost grows with the square). */
const MAX_DIFF_EDIT_LENGTH = 10_000;

const SEVERITY_NUMBER: Record<Severity, number> = { error: 1, warning: 2, information: 3, hint: 4 };

function parseArgs(args: string[]): CheckOptions | 'help' {
  const options: CheckOptions = { format: 'text', rules: {}, maxSize: undefined, fix: false, dryRun: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format "${format}" (use text, json or sarif).`);
        options.format = format;
        break;
      }
      case '--rule': {
        const setting = value();
        const match = /^([\w-]+\/[\w-]+)=(error|warning|information|hint|off)$/.exec(setting);
        if (!match) throw new UsageError(`--rule expects ID=SEVERITY, e.g. eap/server-validation-prompt=off (got "${setting}").`);
        options.rules[match[1]] = match[2] as RuleSeveritySetting;
        break;
      }
      case '--max-size': {
        const size = Number(value());
        if (!Number.isInteger(size) || size < 0) throw new UsageError('--max-size expects a whole number of characters.');
        options.maxSize = size;
        break;
      }
      case '--fix':
        options.fix = true;
        break;
      case '--dry-run':
        options.dryRun = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}". Run "aovpn check --help".`);
        options.paths.push(arg);
    }
  }
  if (!options.paths.length) throw new UsageError('give at least one file or folder. Run "aovpn check --help".');
  if (options.dryRun && !options.fix) throw new UsageError('--dry-run goes with --fix: "aovpn check --fix --dry-run PATH".');
  if (options.dryRun && options.format !== 'text') throw new UsageError('--dry-run prints a diff; it cannot be combined with --format json or sarif.');
  return options;
}

/** Files to check: explicit files as given, folders searched for *.xml and scripts (sorted, skipping node_modules and .git). */
async function collectFiles(paths: string[], cwd: string, io: CliIO): Promise<{ files: string[]; failed: boolean }> {
  const files: string[] = [];
  let failed = false;
  const walk = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') await walk(full);
      } else if (entry.isFile() && (entry.name.toLowerCase().endsWith('.xml') || SCRIPT_EXTENSIONS.some((e) => entry.name.toLowerCase().endsWith(e)))) files.push(full);
    }
  };
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    try {
      const stat = await fs.stat(full);
      if (stat.isDirectory()) await walk(full);
      else files.push(full);
    } catch (error) {
      failed = true;
      io.stderr(`aovpn check: cannot read "${terminalText(given)}": ${terminalText(describeFileError(error))}\n`);
    }
  }
  return { files, failed };
}

interface FileResult {
  readonly file: string;
  readonly display: string;
  readonly text: string;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
}

export const runCheck: CliCommand = async (args, io) => {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  const { files, failed } = await collectFiles(parsed.paths, io.cwd, io);
  let ioFailed = failed;
  const results: FileResult[] = [];
  for (const file of files) {
    const shown = terminalText(path.relative(io.cwd, file) || file);
    let decoded: ReturnType<typeof decodeText>;
    try {
      decoded = decodeText(await readRegularFile(file, MAX_FILE_BYTES));
    } catch (error) {
      ioFailed = true;
      io.stderr(`aovpn check: cannot read "${shown}": ${terminalText(describeFileError(error))}\n`);
      continue;
    }
    if (decoded.notText) {
      // Never "0 errors" for a file that was not seen: say it could not be read as text.
      ioFailed = true;
      io.stderr(`aovpn check: cannot read "${shown}" as text: ${decoded.notText}\n`);
      continue;
    }
    if (decoded.encoding.unfaithful) io.stderr(`aovpn check: note: "${shown}": ${decoded.encoding.unfaithful}\n`);
    const analyze = (t: string) => analyzeDocument(t, { rules: parsed.rules, maxAnalysisSize: parsed.maxSize, language: languageOfFile(file) });
    let text = decoded.text;
    let analysis = analyze(text);
    if (parsed.fix) {
      const fixed = await fixFile(file, shown, text, decoded.encoding, analysis, analyze, parsed.dryRun, io);
      if (fixed === 'failed') ioFailed = true;
      const after = fixed === 'failed' ? undefined : fixed;
      // Positions refer to the file as it is on disk afterwards: unchanged with --dry-run or a failed write.
      const onDisk = after && !parsed.dryRun ? after : { text, analysis };
      // Safe fixes still there after fixing were held back; before fixing (dry run, failed write) they were not.
      const fixedOnDisk = fixed === undefined || (after !== undefined && !parsed.dryRun);
      listSuggestions(toDisplayPath(file, io.cwd), onDisk.analysis, new LineIndex(onDisk.text), io, fixedOnDisk);
      // With --dry-run too, the counts and the exit status say what is left after the fixes.
      if (after) ({ text, analysis } = after);
    }
    results.push({ file, display: toDisplayPath(file, io.cwd), text, analysis, lines: new LineIndex(text) });
  }

  if (parsed.format === 'json') io.stdout(JSON.stringify(results.map(toJson), null, 2) + '\n');
  else if (parsed.format === 'sarif') io.stdout(JSON.stringify(toSarif(results), null, 2) + '\n');
  else writeText(results, io, !parsed.dryRun);

  if (ioFailed) return EXIT_USAGE;
  return results.some((r) => r.analysis.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
};

/**
 * Applies the safe fixes of one file: writes it (same encoding, BOM and line endings) or, with --dry-run, prints
 * the diff. Returns the fixed text and its analysis, undefined when there was nothing to fix, or 'failed' when the
 * file could not be written (it is then unchanged, and nothing says "applied").
 */
async function fixFile(
  file: string,
  shown: string,
  text: string,
  encoding: TextEncoding,
  analysis: Analysis,
  analyze: (text: string) => Analysis,
  dryRun: boolean,
  io: CliIO,
): Promise<{ text: string; analysis: Analysis } | undefined | 'failed'> {
  // Round after round until no safe fix is left (a second --fix changes nothing); rounds that would add an error
  // are narrowed down to the fixes that do not.
  const { edits, applied, text: fixedText } = fixAll(text, analysis.findings, (t) => analyze(t).findings, (newText) => withLineEnding(newText, encoding.lineEnding));
  if (!edits.length) return undefined;
  const count = `${applied} fix${applied === 1 ? '' : 'es'}`;
  const encoded = encodeText(fixedText, encoding);
  if (!encoded.ok) {
    const where = encoded.offset !== undefined ? ` (line ${new LineIndex(fixedText).positionAt(encoded.offset).line + 1})` : '';
    io.stderr(`aovpn check: will not write "${shown}" (${describeEncoding(encoding)}): ${encoded.reason}${where}; ${count} not applied\n`);
    return 'failed';
  }
  const fixedAnalysis = analyze(fixedText);
  if (dryRun) {
    const display = toDisplayPath(file, io.cwd);
    const patch = createTwoFilesPatch(`a/${display}`, `b/${display}`, text, fixedText, undefined, undefined, { context: 3, maxEditLength: MAX_DIFF_EDIT_LENGTH });
    if (patch === undefined) io.stderr(`${shown}: the changes are too many to show as a diff\n`);
    else io.stdout(terminalPatch(patch));
    io.stderr(`${shown}: would apply ${count}\n`);
    return { text: fixedText, analysis: fixedAnalysis };
  }
  try {
    await replaceFile(file, encoded.bytes, io.writeFileSystem);
  } catch (error) {
    io.stderr(`aovpn check: cannot write "${shown}": ${terminalText(describeFileError(error))}; the file was left unchanged, ${count} not applied\n`);
    return 'failed';
  }
  io.stderr(`${shown}: applied ${count}\n`);
  return { text: fixedText, analysis: fixedAnalysis };
}

/**
 * A unified diff made safe for a terminal: the document's text inside it is escaped like every other line we print,
 * but the diff's own structure (line breaks, tabs, a CR that ends a CRLF line) stays, so it still applies.
 */
function terminalPatch(patch: string): string {
  return patch
    .split('\n')
    .map((line) => {
      const crlf = line.endsWith('\r');
      const body = crlf ? line.slice(0, -1) : line;
      return body.split('\t').map(terminalText).join('\t') + (crlf ? '\r' : '');
    })
    .join('\n');
}

/**
 * One line per finding whose fix --fix did not apply: fixes that need a person, and safe fixes held back because,
 * applied, they would have brought up new errors (after the fixes, a finding that still has a safe fix is one).
 */
function listSuggestions(display: string, analysis: Analysis, lines: LineIndex, io: CliIO, afterFixing: boolean): void {
  for (const finding of analysis.findings) {
    const fixes = finding.fixes ?? [];
    if (!fixes.length || (!afterFixing && fixes.some((fix) => fix.kind === 'safe'))) continue;
    const start = lines.positionAt(finding.range.start);
    const titles = fixes.map((fix) => terminalText(plainMessage(fix.title))).join(' | ');
    const why = fixes.some((fix) => fix.kind === 'safe') ? 'it would bring up new errors, check it by hand' : 'needs a decision';
    io.stderr(`${terminalText(display)}:${start.line + 1}:${start.character + 1}: not applied: ${why}: ${finding.ruleId}: ${titles}\n`);
  }
}

function toDisplayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : file;
}

// One line per finding. The file name and the message come from the disk and the document: shown with terminalText,
// so that neither can move the cursor, reorder the line or start a forged `file:1:1: error …` line.
function writeText(results: FileResult[], io: CliIO, listFindings = true): void {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const result of results) {
    const file = terminalText(result.display);
    for (const finding of result.analysis.findings) {
      counts[finding.severity]++;
      if (!listFindings) continue;
      const start = result.lines.positionAt(finding.range.start);
      io.stdout(`${file}:${start.line + 1}:${start.character + 1}: ${finding.severity} ${finding.ruleId} ${terminalText(plainMessage(finding.message))}\n`);
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stderr(
    `${plural(results.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information} information, ${plural(counts.hint, 'hint')}\n`,
  );
}

function lspRange(result: FileResult, finding: { range: { start: number; end: number } }) {
  return { start: result.lines.positionAt(finding.range.start), end: result.lines.positionAt(finding.range.end) };
}

function toJson(result: FileResult) {
  return {
    file: result.display,
    kind: result.analysis.kind,
    diagnostics: result.analysis.findings.map((finding) => toLspDiagnostic(result, finding)),
  };
}

function toLspDiagnostic(result: FileResult, finding: Finding) {
  return {
    range: lspRange(result, finding),
    severity: SEVERITY_NUMBER[finding.severity],
    code: finding.ruleId,
    ...(finding.docUrl ? { codeDescription: { href: finding.docUrl } } : {}),
    source: 'aovpn',
    message: plainMessage(finding.message),
    ...(finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri: result.display, range: lspRange(result, r) }, message: plainMessage(r.message) })) }
      : {}),
  };
}

/**
 * SARIF `uri` values are URI references (RFC 3986): a path relative to the working directory with each segment
 * percent-encoded, or a `file:` URI for a file outside it.
 */
function sarifUri(result: { readonly file: string; readonly display: string }): string {
  if (path.isAbsolute(result.display)) return pathToFileURL(result.file).href;
  return result.display.split('/').map(encodeUriSegment).join('/');
}

/**
 * One path segment as RFC 3986 allows it: encodeURIComponent leaves only unreserved characters and the
 * sub-delimiters ! ' ( ) *, which a path segment may hold. A lone surrogate (possible in a Windows file name) becomes
 * U+FFFD first: encodeURIComponent throws on it.
 */
function encodeUriSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function toSarif(results: FileResult[]) {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'aovpn',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.title },
              ...(rule.docUrl ? { helpUri: rule.docUrl } : {}),
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: results.map((r) => ({ location: { uri: sarifUri(r) } })),
        results: results.flatMap((result, artifactIndex) =>
          result.analysis.findings.map((finding) => {
            const range = lspRange(result, finding);
            return {
              ruleId: finding.ruleId,
              ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
              level: SARIF_LEVEL[finding.severity],
              message: { text: plainMessage(finding.message), markdown: finding.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: sarifUri(result), index: artifactIndex },
                    region: {
                      startLine: range.start.line + 1,
                      startColumn: range.start.character + 1,
                      endLine: range.end.line + 1,
                      endColumn: range.end.character + 1,
                    },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
}
