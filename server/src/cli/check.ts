// `aovpn check`: analyse ProfileXML and EAP XML files and print the findings as text, JSON or SARIF.
// Few files are checked in this thread; many are spread over worker threads (checkParallel.ts).
// Either way each file's part of the report comes from checkFile() and is written, in input order, by CheckReport,
// so the output is the same.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { RuleSeveritySetting } from '../core/rules/rule';
import { terminalText } from '../core/text/terminal';
import type { WindowsVersion } from '../core/windows/versions';
import { describeFileError } from '../node/files';
import { workspaceFileKind } from '../node/workspaceFiles';
import type { CheckFileOptions } from './checkFile';
import { CheckReport, type FileReport } from './checkReport';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';
import { targetWindowsOption } from './targetWindows';

const HELP = `Usage: aovpn check [options] PATH...

Checks Always On VPN ProfileXML and EAP XML files. Folders are searched for *.xml files and PowerShell
scripts (*.ps1, *.psm1, whose string literals are checked); other files given by name (for example PowerShell
output saved as .txt) are searched for embedded profiles. As in the editor, thumbprints and server names are
checked against the certificate files (*.cer, *.crt, *.der, *.pem, *.p7b, *.p7c) in the folders given, and
PEM certificate blocks in the files checked are judged.

Options:
  --format text|json|sarif   Output format (default: text)
  --rule ID=SEVERITY         Override a rule's severity (error, warning, information, hint, off); repeatable
  --max-size CHARS           Only check well-formedness of larger files (default: 2000000)
  --no-inline-config         Ignore suppression comments (<!-- aovpn-disable… -->): report everything
  --target-windows VERSION   The oldest Windows the profiles must apply on (10.0.19045, 10 22H2, 11 23H2):
                             elements and values that need a newer one get a warning naming the version
  --fix                      Apply the safe fixes, write the files, report what is left
  --dry-run                  With --fix: print the changes as a unified diff instead of writing them
  --jobs N                   Check at most N files at a time, in worker threads (default: one per CPU core;
                             1 checks them one after another; few small files are checked without workers)
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
  jobs: number | undefined;
  inlineConfig: boolean;
  targetWindows?: WindowsVersion;
  paths: string[];
}

function parseArgs(args: string[]): CheckOptions | 'help' {
  const options: CheckOptions = { format: 'text', rules: {}, maxSize: undefined, fix: false, dryRun: false, jobs: undefined, inlineConfig: true, paths: [] };
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
      case '--jobs': {
        const jobs = Number(value());
        if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs expects a whole number of files at a time, 1 or more.');
        options.jobs = jobs;
        break;
      }
      case '--no-inline-config':
        options.inlineConfig = false;
        break;
      case '--target-windows':
        options.targetWindows = targetWindowsOption(value());
        break;
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

/**
 * Files to check: explicit files as given, folders searched for *.xml (sorted, skipping node_modules and .git). A
 * file named twice is checked once; with --fix, also a file reached twice through a link, so that no file is fixed,
 * written and reported twice. The folders are returned too: their certificates are the workspace's.
 */
function collectFiles(paths: string[], cwd: string, fix: boolean, io: CliIO): { files: string[]; folders: string[]; failed: boolean } {
  const files: string[] = [];
  const folders: string[] = [];
  let failed = false;
  const seen = new Set<string>();
  const add = (file: string) => {
    let key = file;
    if (fix) {
      try {
        key = realpathSync(file);
      } catch {
        // Reported when the file is read.
      }
    }
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    entries.sort((a, b) => compareNames(a.name, b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') walk(full);
      } else if (entry.isFile() && workspaceFileKind(entry.name) === 'profile') add(full);
    }
  };
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    try {
      if (statSync(full).isDirectory()) {
        folders.push(full);
        walk(full);
      } else add(full);
    } catch (error) {
      failed = true;
      io.stderr(`aovpn check: cannot read "${terminalText(given)}": ${terminalText(describeFileError(error))}\n`);
    }
  }
  return { files, folders, failed };
}

/** The order of String.prototype.localeCompare, with one collator made once (localeCompare makes one per call). */
let collator: Intl.Collator | undefined;
const compareNames = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);

/** Below this many files, or this many bytes in all, starting workers costs more than it saves. */
const PARALLEL_MIN_FILES = 48;
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

/**
 * How many worker threads to start for these files: 0 means check them in this thread. Many files go to workers even
 * with --jobs 1 (one worker): a worker's heap is kept small, so memory stays flat however many files there are.
 */
function workerCount(files: readonly string[], jobs: number | undefined, io: CliIO): number {
  // Writes through a replaced file system (tests) stay in this thread: it cannot be sent to a worker.
  if (files.length < 2 || io.writeFileSystem) return 0;
  if (files.length < PARALLEL_MIN_FILES) {
    let bytes = 0;
    for (const file of files) {
      try {
        bytes += statSync(file).size;
      } catch {
        // Reported when the file is read.
      }
    }
    if (bytes < PARALLEL_MIN_BYTES) return 0;
  }
  return Math.min(jobs ?? availableParallelism(), files.length);
}

export const runCheck: CliCommand = async (args, io) => {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  const { files, folders, failed } = collectFiles(parsed.paths, io.cwd, parsed.fix, io);
  const options: CheckFileOptions = {
    rules: parsed.rules,
    maxSize: parsed.maxSize,
    fix: parsed.fix,
    dryRun: parsed.dryRun,
    format: parsed.format,
    folders,
    inlineConfig: parsed.inlineConfig,
    targetWindows: parsed.targetWindows,
  };
  const report = new CheckReport(parsed.format, io);
  // The analysis core (checkFile) is loaded in this thread only when files are checked here, or for SARIF's rule list.
  const checkFileModule = () => require('./checkFile') as typeof import('./checkFile');
  report.start(files, io.cwd, () => checkFileModule().allRuleMetas());
  const checkHere = (file: string, index: number): Promise<FileReport> => checkFileModule().checkFile(file, index, io.cwd, options, io.writeFileSystem);

  const workers = workerCount(files, parsed.jobs, io);
  if (workers > 0) {
    // The workers set it too; here it names this thread's caches for it (the main thread checks a file when a worker
    // cannot).
    (require('./checkTuning') as typeof import('./checkTuning')).tuneV8ForManyFiles();
    const { checkInParallel } = require('./checkParallel') as typeof import('./checkParallel');
    await checkInParallel({
      files,
      cwd: io.cwd,
      options,
      workers,
      workerScript: io.checkWorkerScript ?? path.join(__dirname, 'checkWorker.js'),
      report: (fileReport) => report.add(fileReport),
      flush: () => report.flush(),
      checkHere,
    });
  } else {
    for (let index = 0; index < files.length; index++) {
      report.add(await checkHere(files[index], index));
      report.maybeFlush();
    }
  }
  report.finish();

  if (failed || report.failed) return EXIT_USAGE;
  return report.hasErrors ? EXIT_FINDINGS : EXIT_OK;
};
