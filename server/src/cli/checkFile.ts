// One file of `aovpn check`: read, decode, analyse, fix, and render its part of the report (checkReport.ts). The
// same function runs in the main thread (few files) and in the workers of a parallel run (many files), so both print
// the same bytes.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentKind } from '../core/analysis';
import { languageOfFile } from '../core/documents/powershell';
import { fixAll } from '../core/features/codeActions';
import type { RuleSeveritySetting } from '../core/rules/rule';
import { decodeText, describeEncoding, encodeText, withLineEnding, type TextEncoding } from '../core/text/encoding';
import { LineIndex } from '../core/text/lineIndex';
import { plainMessage } from '../core/text/plainMessage';
import { terminalText } from '../core/text/terminal';
import { describeSource } from '../core/characters/source';
import { DocumentCache } from '../core/documentState';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from '../core/settings';
import type { WindowsVersion } from '../core/windows/versions';
import type { Finding } from '../core/types';
import { WorkspaceKnowledge } from '../core/workspace';
import { describeFileError, readRegularFileSync, replaceFile, type WriteFileSystem } from '../node/files';
import { scanWorkspace } from '../node/workspaceScan';
import { renderFindings, sarifRules, toDisplayPath, type CheckFormat, type FileReport, type RenderContext } from './checkReport';

export interface CheckFileOptions {
  readonly rules: Record<string, RuleSeveritySetting>;
  readonly maxSize: number | undefined;
  readonly fix: boolean;
  readonly dryRun: boolean;
  readonly format: CheckFormat;
  /** False: suppression comments are ignored (--no-inline-config). */
  readonly inlineConfig?: boolean;
  /** The oldest Windows the profiles must apply on (--target-windows). */
  readonly targetWindows?: WindowsVersion;
  /** The folders given: their certificates are the workspace the files are checked against, as in the editor. */
  readonly folders: readonly string[];
}

/** Profiles are kilobytes; PowerShell transcripts with many profiles reach tens of megabytes. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Files are read into this buffer (one per thread), which decodeText copies out of: no allocation per file. */
let readScratch: Buffer | undefined;

/** Every rule's metadata, for the SARIF rule list (loaded for SARIF only). */
export const allRuleMetas = () => (require('../core/rules/registry') as typeof import('../core/rules/registry')).allRules();

let ruleIndex: ReadonlyMap<string, number> | undefined;
const sarifRuleIndex = () => (ruleIndex ??= sarifRules(allRuleMetas()));

/** What the editor would report for a file's text. */
interface CheckedText {
  readonly kind: DocumentKind;
  readonly findings: readonly Finding[];
}

/**
 * The workspace of a check, one per thread: the certificates in the folders given and, once a file with a PEM block
 * needs them to judge its certificates' roles, the server names of their profiles (read only then: that is a second
 * analysis of every profile).
 */
class CheckWorkspace {
  readonly knowledge = new WorkspaceKnowledge();
  /** The language service's per-document state (findings as the editor shows them), without the editor features. */
  readonly documents = new DocumentCache(this.knowledge, () => new Date());
  private certificatesRead = false;
  private namesRead = false;

  constructor(readonly folders: readonly string[]) {}

  async prepareFor(text: string): Promise<void> {
    if (!this.folders.length) return;
    if (!this.certificatesRead) {
      this.certificatesRead = true;
      await scanWorkspace(this.folders, this.knowledge, { profiles: false });
    }
    if (this.namesRead || !text.includes('-----BEGIN ')) return;
    this.namesRead = true;
    await scanWorkspace(this.folders, this.knowledge, { certificates: false });
  }
}

let checkWorkspace: CheckWorkspace | undefined;

function workspaceFor(folders: readonly string[]): CheckWorkspace {
  if (!checkWorkspace || checkWorkspace.folders.join('\0') !== folders.join('\0')) checkWorkspace = new CheckWorkspace(folders);
  return checkWorkspace;
}

/** One text's findings, as the editor reports them (the language service's), without keeping its analysis. */
function checkText(documents: DocumentCache, file: string, text: string, settings: DocumentSettings): CheckedText {
  const document = { uri: pathToFileURL(file).toString(), version: 0, languageId: languageOfFile(file) ?? 'xml', getText: () => text };
  const state = documents.get(document, settings);
  const checked = { kind: state.analysis.kind, findings: state.findings };
  documents.forget(document.uri);
  return checked;
}

/**
 * Checks one file, the `index`-th of the run. Never throws: an unexpected error is reported for this file only.
 */
export async function checkFile(file: string, index: number, cwd: string, options: CheckFileOptions, writeFileSystem?: WriteFileSystem): Promise<FileReport> {
  const display = toDisplayPath(file, cwd);
  const shown = terminalText(path.relative(cwd, file) || file);
  let stderr = '';
  let patch = '';
  const log = (text: string) => void (stderr += text);
  try {
    let decoded: ReturnType<typeof decodeText>;
    let source: DocumentSettings['source'];
    try {
      const bytes = readRegularFileSync(file, MAX_FILE_BYTES, (readScratch ??= Buffer.allocUnsafeSlow(1 << 20)));
      decoded = decodeText(bytes);
      // What the bytes say about the encoding, for xml/encoding-mismatch (read now: the buffer is reused).
      if (!decoded.notText) source = describeSource(bytes, decoded);
    } catch (error) {
      log(`aovpn check: cannot read "${shown}": ${terminalText(describeFileError(error))}\n`);
      return { stderr, patch, failed: true };
    }
    if (decoded.notText) {
      // Never "0 errors" for a file that was not seen: say it could not be read as text.
      log(`aovpn check: cannot read "${shown}" as text: ${decoded.notText}\n`);
      return { stderr, patch, failed: true };
    }
    if (decoded.encoding.unfaithful) log(`aovpn check: note: "${shown}": ${decoded.encoding.unfaithful}\n`);
    const workspace = workspaceFor(options.folders);
    await workspace.prepareFor(decoded.text);
    const settings: DocumentSettings = {
      ...DEFAULT_DOCUMENT_SETTINGS,
      rules: options.rules,
      maxAnalysisSize: options.maxSize ?? DEFAULT_DOCUMENT_SETTINGS.maxAnalysisSize,
      inlineConfig: options.inlineConfig,
      targetWindows: options.targetWindows,
      source,
    };
    const analyze = (t: string) => checkText(workspace.documents, file, t, settings);
    let text = decoded.text;
    let analysis = analyze(text);
    let failed = false;
    if (options.fix) {
      const fixed = await fixFile(file, display, shown, text, decoded.encoding, analysis, analyze, options.dryRun, writeFileSystem, {
        stderr: log,
        stdout: (diff) => void (patch += diff),
      });
      if (fixed === 'failed') failed = true;
      const after = fixed === 'failed' ? undefined : fixed;
      // Positions refer to the file as it is on disk afterwards: unchanged with --dry-run or a failed write.
      const onDisk = after && !options.dryRun ? after : { text, analysis };
      // Safe fixes still there after fixing were held back; before fixing (dry run, failed write) they were not.
      const fixedOnDisk = fixed === undefined || (after !== undefined && !options.dryRun);
      log(suggestions(display, onDisk.analysis, new LineIndex(onDisk.text), fixedOnDisk));
      // With --dry-run too, the counts and the exit status say what is left after the fixes.
      if (after) ({ text, analysis } = after);
    }
    const context: RenderContext = { format: options.format, listFindings: !options.dryRun, sarifRuleIndex };
    return { stderr, patch, failed, checked: renderFindings(context, file, display, index, analysis.kind, text, analysis.findings) };
  } catch (error) {
    log(`aovpn check: internal error while checking "${shown}": ${terminalText(error instanceof Error ? error.message : String(error))}\n`);
    return { stderr, patch, failed: true };
  }
}

/**
 * Applies the safe fixes of one file: writes it (same encoding, BOM and line endings) or, with --dry-run, prints
 * the diff. Returns the fixed text and its analysis, undefined when there was nothing to fix, or 'failed' when the
 * file could not be written (it is then unchanged, and nothing says "applied").
 */
async function fixFile(
  file: string,
  display: string,
  shown: string,
  text: string,
  encoding: TextEncoding,
  analysis: CheckedText,
  analyze: (text: string) => CheckedText,
  dryRun: boolean,
  writeFileSystem: WriteFileSystem | undefined,
  out: { stdout: (text: string) => void; stderr: (text: string) => void },
): Promise<{ text: string; analysis: CheckedText } | undefined | 'failed'> {
  // Round after round until no safe fix is left (a second --fix changes nothing); rounds that would add an error
  // are narrowed down to the fixes that do not.
  const {
    edits,
    applied,
    text: fixedText,
  } = fixAll(
    text,
    analysis.findings,
    (t) => analyze(t).findings,
    (newText) => withLineEnding(newText, encoding.lineEnding),
  );
  if (!edits.length) return undefined;
  const count = `${applied} fix${applied === 1 ? '' : 'es'}`;
  const encoded = encodeText(fixedText, encoding);
  if (!encoded.ok) {
    const where = encoded.offset !== undefined ? ` (line ${new LineIndex(fixedText).positionAt(encoded.offset).line + 1})` : '';
    out.stderr(`aovpn check: will not write "${shown}" (${describeEncoding(encoding)}): ${encoded.reason}${where}; ${count} not applied\n`);
    return 'failed';
  }
  const fixedAnalysis = analyze(fixedText);
  if (dryRun) {
    // The diff library is loaded only for --dry-run (its own bundle, dist/cli/checkPatch.js).
    const patch = (require('./checkPatch') as typeof import('./checkPatch')).terminalDiff(display, text, fixedText);
    if (patch === undefined) out.stderr(`${shown}: the changes are too many to show as a diff\n`);
    else out.stdout(patch);
    out.stderr(`${shown}: would apply ${count}\n`);
    return { text: fixedText, analysis: fixedAnalysis };
  }
  try {
    await replaceFile(file, encoded.bytes, writeFileSystem);
  } catch (error) {
    out.stderr(`aovpn check: cannot write "${shown}": ${terminalText(describeFileError(error))}; the file was left unchanged, ${count} not applied\n`);
    return 'failed';
  }
  out.stderr(`${shown}: applied ${count}\n`);
  return { text: fixedText, analysis: fixedAnalysis };
}

/**
 * One line per finding whose fix --fix did not apply: fixes that need a person, and safe fixes held back because,
 * applied, they would have brought up new errors (after the fixes, a finding that still has a safe fix is one).
 */
function suggestions(display: string, analysis: CheckedText, lines: LineIndex, afterFixing: boolean): string {
  let text = '';
  for (const finding of analysis.findings) {
    const fixes = finding.fixes ?? [];
    if (!fixes.length || (!afterFixing && fixes.some((fix) => fix.kind === 'safe'))) continue;
    const start = lines.positionAt(finding.range.start);
    const titles = fixes.map((fix) => terminalText(plainMessage(fix.title))).join(' | ');
    const why = fixes.some((fix) => fix.kind === 'safe') ? 'it would bring up new errors, check it by hand' : 'needs a decision';
    text += `${terminalText(display)}:${start.line + 1}:${start.character + 1}: not applied: ${why}: ${finding.ruleId}: ${titles}\n`;
  }
  return text;
}
