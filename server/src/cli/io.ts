// What a CLI command gets from the process: arguments and output streams. Kept small so tests can capture output.
import type { WriteFileSystem } from '../node/files';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Working directory for resolving relative paths. */
  readonly cwd: string;
  /** The file operations `check --fix` writes with; tests pass a fake to produce write failures. */
  readonly writeFileSystem?: WriteFileSystem;
}

/** A command returns the process exit code: 0 success, 1 findings at error level, 2 usage or I/O error. */
export type CliCommand = (args: string[], io: CliIO) => Promise<number>;

export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
