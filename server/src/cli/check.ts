// `aovpn check`: analyse ProfileXML and EAP XML files and print the findings as text, JSON or SARIF.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, type Analysis } from '../core/analysis';
import { applyEdits, fixAllEdits } from '../core/features/codeActions';
import type { RuleSeveritySetting } from '../core/rules/rule';
import { allRules } from '../core/rules/registry';
import { LineIndex } from '../core/text/lineIndex';
import { plainMessage } from '../core/text/plainMessage';
import type { Finding, Severity } from '../core/types';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';
import { readTextFile } from './readText';

const HELP = `Usage: aovpn check [options] PATH...

Checks Always On VPN ProfileXML and EAP XML files. Folders are searched for *.xml files; other files given
by name (for example PowerShell output saved as .txt) are searched for embedded profiles.

Options:
  --format text|json|sarif   Output format (default: text)
  --rule ID=SEVERITY         Override a rule's severity (error, warning, information, hint, off); repeatable
  --max-size CHARS           Only check well-formedness of larger files (default: 2000000)
  --fix                      Apply every fix that has an obvious answer, write the files, report what is left
  -h, --help                 Show this help

Exit status: 0 no errors, 1 at least one error, 2 usage or I/O error.`;

interface CheckOptions {
  format: 'text' | 'json' | 'sarif';
  rules: Record<string, RuleSeveritySetting>;
  maxSize: number | undefined;
  fix: boolean;
  paths: string[];
}

const SEVERITY_NUMBER: Record<Severity, number> = { error: 1, warning: 2, information: 3, hint: 4 };

function parseArgs(args: string[]): CheckOptions | 'help' {
  const options: CheckOptions = { format: 'text', rules: {}, maxSize: undefined, fix: false, paths: [] };
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
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}". Run "aovpn check --help".`);
        options.paths.push(arg);
    }
  }
  if (!options.paths.length) throw new UsageError('give at least one file or folder. Run "aovpn check --help".');
  return options;
}

/** Files to check: explicit files as given, folders searched for *.xml (sorted, skipping node_modules and .git). */
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
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.xml')) files.push(full);
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
      io.stderr(`aovpn check: cannot read "${given}": ${describeIoError(error)}\n`);
    }
  }
  return { files, failed };
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
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
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      ioFailed = true;
      io.stderr(`aovpn check: cannot read "${path.relative(io.cwd, file) || file}": ${describeIoError(error)}\n`);
      continue;
    }
    const analyze = (t: string) => analyzeDocument(t, { rules: parsed.rules, maxAnalysisSize: parsed.maxSize });
    let analysis = analyze(text);
    if (parsed.fix) {
      const edits = fixAllEdits(analysis.findings);
      if (edits.length) {
        text = applyEdits(text, edits);
        try {
          await fs.writeFile(file, text, 'utf8');
        } catch (error) {
          ioFailed = true;
          io.stderr(`aovpn check: cannot write "${file}": ${describeIoError(error)}\n`);
        }
        analysis = analyze(text);
        io.stderr(`${path.relative(io.cwd, file) || file}: applied ${edits.length} fix${edits.length === 1 ? '' : 'es'}\n`);
      }
    }
    results.push({ file, display: toDisplayPath(file, io.cwd), text, analysis, lines: new LineIndex(text) });
  }

  if (parsed.format === 'json') io.stdout(JSON.stringify(results.map(toJson), null, 2) + '\n');
  else if (parsed.format === 'sarif') io.stdout(JSON.stringify(toSarif(results), null, 2) + '\n');
  else writeText(results, io);

  if (ioFailed) return EXIT_USAGE;
  return results.some((r) => r.analysis.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
};

function toDisplayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : file;
}

function writeText(results: FileResult[], io: CliIO): void {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const result of results) {
    for (const finding of result.analysis.findings) {
      const start = result.lines.positionAt(finding.range.start);
      counts[finding.severity]++;
      io.stdout(`${result.display}:${start.line + 1}:${start.character + 1}: ${finding.severity} ${finding.ruleId} ${plainMessage(finding.message)}\n`);
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
        artifacts: results.map((r) => ({ location: { uri: r.display } })),
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
                    artifactLocation: { uri: result.display, index: artifactIndex },
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
