// Reading one profile file for `aovpn export` and `aovpn diff` the way `aovpn check` reads files (regular files
// only, a byte cap, UTF-8/UTF-16/declared charsets), analysed as a script when it is one; findings printed as
// `file:line:col: severity rule message`; JSON that prints safely.
import * as path from 'node:path';
import { analyzeDocument, type Analysis } from '../core/analysis';
import { describeSource } from '../core/characters/source';
import { languageOfFile } from '../core/documents/powershell';
import { decodeText } from '../core/text/encoding';
import { LineIndex } from '../core/text/lineIndex';
import { plainMessage } from '../core/text/plainMessage';
import { terminalText } from '../core/text/terminal';
import type { Finding } from '../core/types';
import type { WindowsVersion } from '../core/windows/versions';
import { describeFileError, readRegularFile } from '../node/files';
import type { CliIO } from './io';

/** Profiles are kilobytes; saved PowerShell output with many profiles reaches megabytes. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ProfileFile {
  /** As given on the command line, for messages. */
  readonly display: string;
  /** The file name without folder and extension. */
  readonly baseName: string;
  readonly text: string;
  readonly analysis: Analysis;
}

/** The file read and analysed, or an error message (already printable). */
export async function readProfileFile(given: string, io: CliIO, options: { readonly targetWindows?: WindowsVersion } = {}): Promise<ProfileFile | string> {
  const file = path.resolve(io.cwd, given);
  let decoded: ReturnType<typeof decodeText>;
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(file, MAX_FILE_BYTES);
    decoded = decodeText(bytes);
  } catch (error) {
    return `cannot read "${terminalText(given)}": ${terminalText(describeFileError(error))}`;
  }
  if (decoded.notText) return `cannot read "${terminalText(given)}" as text: ${terminalText(decoded.notText)}`;
  const analysis = analyzeDocument(decoded.text, { language: languageOfFile(file), targetWindows: options.targetWindows, source: describeSource(bytes, decoded) });
  return { display: given, baseName: path.basename(file).replace(/\.[^.]*$/, ''), text: decoded.text, analysis };
}

/** `file:line:col: severity rule message`, one line per finding. */
export function findingLines(file: ProfileFile, findings: readonly Finding[]): string {
  const lines = new LineIndex(file.text);
  return findings
    .map((finding) => {
      const at = lines.positionAt(finding.range.start);
      return `${terminalText(file.display)}:${at.line + 1}:${at.character + 1}: ${finding.severity} ${finding.ruleId} ${terminalText(plainMessage(finding.message))}\n`;
    })
    .join('');
}

/**
 * `JSON.stringify(value, null, 2)` with every control, bidirectional and invisible character written as a `\uXXXX`
 * escape (JSON.stringify leaves C1 controls, bidirectional overrides and line separators raw): the same data, safe
 * to print.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (c) =>
    c === '\n' ? c : [...c].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  );
}
