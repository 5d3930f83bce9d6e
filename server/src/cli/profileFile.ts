// Reading one profile file for `aovpn export` and `aovpn diff`: decoded like `aovpn check` reads files, analysed
// as a script when it is one, with findings printed as `file:line:col: severity rule message`.
import * as path from 'node:path';
import { analyzeDocument, type Analysis } from '../core/analysis';
import { languageOfFile } from '../core/documents/powershell';
import { LineIndex } from '../core/text/lineIndex';
import { plainMessage } from '../core/text/plainMessage';
import type { Finding } from '../core/types';
import { describeIoError } from './check';
import type { CliIO } from './io';
import { readTextFile } from './readText';
import { terminalSafe } from '../core/text/terminalSafe';

export interface ProfileFile {
  /** As given on the command line, for messages. */
  readonly display: string;
  /** The file name without folder and extension. */
  readonly baseName: string;
  readonly text: string;
  readonly analysis: Analysis;
}

/** The file read and analysed, or an error message (already printable). */
export function readProfileFile(given: string, io: CliIO): ProfileFile | string {
  const file = path.resolve(io.cwd, given);
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    return `cannot read "${terminalSafe(given)}": ${terminalSafe(describeIoError(error))}`;
  }
  const analysis = analyzeDocument(text, { language: languageOfFile(file) });
  return { display: given, baseName: path.basename(file).replace(/\.[^.]*$/, ''), text, analysis };
}

/** `file:line:col: severity rule message`, one line per finding. */
export function findingLines(file: ProfileFile, findings: readonly Finding[]): string {
  const lines = new LineIndex(file.text);
  return findings
    .map((finding) => {
      const at = lines.positionAt(finding.range.start);
      return `${terminalSafe(file.display)}:${at.line + 1}:${at.character + 1}: ${finding.severity} ${finding.ruleId} ${terminalSafe(plainMessage(finding.message))}\n`;
    })
    .join('');
}
