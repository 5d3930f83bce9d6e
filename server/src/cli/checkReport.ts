// The report of `aovpn check`: text lines, or a JSON or SARIF document written file by file, byte for byte what
// JSON.stringify(document, null, 2) prints for the whole document. Each file's part is rendered where the file was
// checked (renderFindings, in a worker for a parallel run), then written here in input order; nothing is kept per
// file after it is written except the totals.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta } from '../core/rules/rule';
import { LineIndex } from '../core/text/lineIndex';
import { plainMessage } from '../core/text/plainMessage';
import { terminalText } from '../core/text/terminal';
import type { Finding, Severity, TextRange } from '../core/types';
import type { CliIO } from './io';

export type CheckFormat = 'text' | 'json' | 'sarif';

export type SeverityCounts = Record<Severity, number>;

/** One file's part of the report, ready to write. */
export interface RenderedFindings {
  readonly counts: SeverityCounts;
  /** Text: one line per finding. JSON: the file's array element. SARIF: its results, as array elements. */
  readonly rendered: string;
}

const SEVERITY_NUMBER: Record<Severity, number> = { error: 1, warning: 2, information: 3, hint: 4 };
const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Array elements of the JSON output: one per file, at the top level. */
const JSON_DEPTH = 1;
/** Array elements of `runs[0].artifacts` and `runs[0].results` in the SARIF output. */
const SARIF_DEPTH = 4;

/** A file as the report shows it: relative to the working directory when inside it, with forward slashes. */
export function toDisplayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : file;
}

/**
 * A value as JSON.stringify(…, null, 2) writes it as an element of an array `depth` levels deep: every line
 * indented. (JSON strings never contain a raw line break, so indenting after each one is safe.)
 */
function jsonElement(value: unknown, depth: number): string {
  const indent = '  '.repeat(depth);
  return indent + JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

export interface RenderContext {
  readonly format: CheckFormat;
  /** False with --fix --dry-run: the text output is the diff, not the findings. */
  readonly listFindings: boolean;
  /** For SARIF: the index of each rule in the document's rule list. */
  readonly sarifRuleIndex?: () => ReadonlyMap<string, number>;
}

/** One file's findings, rendered for the report. `artifactIndex` is the file's place in the input (SARIF). */
export function renderFindings(context: RenderContext, file: string, display: string, artifactIndex: number, kind: string, text: string, findings: readonly Finding[]): RenderedFindings {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const lines = findings.length ? new LineIndex(text) : undefined;
  const position = (offset: number) => lines!.positionAt(offset);
  const range = (r: TextRange) => ({ start: position(r.start), end: position(r.end) });
  let rendered = '';
  if (context.format === 'text') {
    if (context.listFindings) {
      const shown = terminalText(display);
      for (const finding of findings) {
        const start = position(finding.range.start);
        rendered += `${shown}:${start.line + 1}:${start.character + 1}: ${finding.severity} ${finding.ruleId} ${terminalText(plainMessage(finding.message))}\n`;
      }
    }
  } else if (context.format === 'json') {
    const diagnostics = findings.map((finding) => ({
      range: range(finding.range),
      severity: SEVERITY_NUMBER[finding.severity],
      code: finding.ruleId,
      ...(finding.docUrl ? { codeDescription: { href: finding.docUrl } } : {}),
      source: 'aovpn',
      message: plainMessage(finding.message),
      ...(finding.related?.length ? { relatedInformation: finding.related.map((r) => ({ location: { uri: display, range: range(r.range) }, message: plainMessage(r.message) })) } : {}),
    }));
    rendered = jsonElement({ file: display, kind, diagnostics }, JSON_DEPTH);
  } else {
    const ruleIndex = context.sarifRuleIndex!();
    const uri = sarifUri(file, display);
    rendered = findings
      .map((finding) => {
        const r = range(finding.range);
        const result = {
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: SARIF_LEVEL[finding.severity],
          message: { text: plainMessage(finding.message), markdown: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, index: artifactIndex },
                region: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
              },
            },
          ],
        };
        return jsonElement(result, SARIF_DEPTH);
      })
      .join(',\n');
  }
  return { counts, rendered };
}

/** The SARIF rule list, and the index of each rule in it. */
export function sarifRules(rules: readonly RuleMeta[]): ReadonlyMap<string, number> {
  return new Map(rules.map((rule, i) => [rule.id, i]));
}

/** What a file contributes to the report, wherever it was checked. Structured-cloneable (workers send it). */
export interface FileReport {
  /** Messages for stderr (notes, read and write failures, fixes applied, suggestions), in order. */
  readonly stderr: string;
  /** With --fix --dry-run: the unified diff for stdout. */
  readonly patch: string;
  /** A read, write or internal failure: the run exits with status 2. */
  readonly failed: boolean;
  /** Absent when the file could not be read as text (it is then not counted as checked). */
  readonly checked?: RenderedFindings;
}

/**
 * Output for stdout and stderr, kept in order and written in few calls: when it grows past a size, when a moment
 * has passed since the last write, and whenever the caller is about to wait (so nothing lingers).
 */
class BufferedOutput {
  private chunks: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  private size = 0;
  private lastFlush = Date.now();

  constructor(private readonly io: CliIO) {}

  add(stream: 'stdout' | 'stderr', text: string): void {
    if (!text) return;
    const last = this.chunks[this.chunks.length - 1];
    if (last?.stream === stream) last.text += text;
    else this.chunks.push({ stream, text });
    this.size += text.length;
  }

  maybeFlush(): void {
    if (this.size >= 64 * 1024 || Date.now() - this.lastFlush >= 50) this.flush();
  }

  flush(): void {
    const chunks = this.chunks;
    this.chunks = [];
    this.size = 0;
    this.lastFlush = Date.now();
    for (const chunk of chunks) this.io[chunk.stream](chunk.text);
  }
}

/** Writes the report of a run: start(), then add() for each file in input order, then finish(). */
export class CheckReport {
  readonly counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  /** A file could not be read, written or checked: exit status 2. */
  failed = false;
  private checkedFiles = 0;
  private elements = 0;
  /** SARIF: what follows the results array. */
  private sarifTail = '';
  private readonly output: BufferedOutput;

  constructor(
    private readonly format: CheckFormat,
    io: CliIO,
  ) {
    this.output = new BufferedOutput(io);
  }

  /**
   * Writes what comes before the files' parts. SARIF lists every file of the run as an artifact (in input order, so
   * that a result's artifact index is its file's place in the input), then its results.
   */
  start(files: readonly string[], cwd: string, rules: () => readonly RuleMeta[]): void {
    if (this.format === 'json') this.output.add('stdout', '[');
    if (this.format !== 'sarif') return;
    const marker = '\u0000artifacts\u0000';
    const document = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'aovpn',
              rules: rules().map((rule) => ({
                id: rule.id,
                shortDescription: { text: rule.title },
                ...(rule.docUrl ? { helpUri: rule.docUrl } : {}),
                defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          artifacts: marker,
          results: marker,
        },
      ],
    };
    const [head, between, tail] = JSON.stringify(document, null, 2).split(JSON.stringify(marker));
    this.sarifTail = tail;
    this.output.add('stdout', head);
    this.output.add('stdout', files.length ? '[' : '[]');
    files.forEach((file, i) => {
      this.output.add('stdout', `${i ? ',' : ''}\n${jsonElement({ location: { uri: sarifUri(file, toDisplayPath(file, cwd)) } }, SARIF_DEPTH)}`);
      if (i % 256 === 255) this.output.maybeFlush();
    });
    if (files.length) this.output.add('stdout', `\n${'  '.repeat(SARIF_DEPTH - 1)}]`);
    this.output.add('stdout', between + '[');
  }

  add(report: FileReport): void {
    this.output.add('stderr', report.stderr);
    this.output.add('stdout', report.patch);
    if (report.failed) this.failed = true;
    const checked = report.checked;
    if (!checked) return;
    this.checkedFiles++;
    for (const severity of Object.keys(this.counts) as Severity[]) this.counts[severity] += checked.counts[severity];
    if (this.format === 'text') this.output.add('stdout', checked.rendered);
    else if (checked.rendered) this.output.add('stdout', `${this.elements++ ? ',' : ''}\n${checked.rendered}`);
  }

  /** Lets the report write what it holds if it has waited long enough (call between files). */
  maybeFlush(): void {
    this.output.maybeFlush();
  }

  /** Writes what is held at once (call before waiting for more files). */
  flush(): void {
    this.output.flush();
  }

  /** Ends the document (or writes the summary line) and flushes everything. */
  finish(): void {
    if (this.format === 'text') {
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const c = this.counts;
      this.output.add(
        'stderr',
        `${plural(this.checkedFiles, 'file')} checked: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.information} information, ${plural(c.hint, 'hint')}\n`,
      );
    } else {
      const depth = this.format === 'json' ? JSON_DEPTH : SARIF_DEPTH;
      this.output.add('stdout', this.elements ? `\n${'  '.repeat(depth - 1)}]` : ']');
      this.output.add('stdout', (this.format === 'sarif' ? this.sarifTail : '') + '\n');
    }
    this.output.flush();
  }

  get hasErrors(): boolean {
    return this.counts.error > 0;
  }
}

/**
 * SARIF `uri` values are URI references (RFC 3986): a path relative to the working directory with each segment
 * percent-encoded, or a `file:` URI for a file outside it.
 */
function sarifUri(file: string, display: string): string {
  if (path.isAbsolute(display)) return pathToFileURL(file).href;
  return display.split('/').map(encodeUriSegment).join('/');
}

/**
 * One path segment as RFC 3986 allows it: encodeURIComponent leaves only unreserved characters and the
 * sub-delimiters ! ' ( ) *, which a path segment may hold. A lone surrogate (possible in a Windows file name) becomes
 * U+FFFD first: encodeURIComponent throws on it.
 */
function encodeUriSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}
