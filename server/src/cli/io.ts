// What a CLI command gets from the process: arguments and output streams. Kept small so tests can capture output.
import type { WriteFileSystem } from '../node/files';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Working directory for resolving relative paths. */
  readonly cwd: string;
  /** The file operations `check --fix` writes with; tests pass a fake to produce write failures. */
  readonly writeFileSystem?: WriteFileSystem;
  /** The worker module of a parallel `check` (tests pass one that fails on purpose); default: checkWorker.js beside check.js. */
  readonly checkWorkerScript?: string;
}

/** A command returns the process exit code: 0 success, 1 findings at error level, 2 usage or I/O error. */
export type CliCommand = (args: string[], io: CliIO) => Promise<number>;

const USAGE_ERROR = Symbol.for('aovpn.UsageError');

export class UsageError extends Error {
  readonly [USAGE_ERROR] = true;

  // Each command is its own bundle with its own copy of this class: `instanceof` recognises an instance of any copy.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [USAGE_ERROR]?: unknown })[USAGE_ERROR] === true;
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
