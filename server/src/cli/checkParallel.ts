// Many files of `aovpn check` over worker threads. The main thread hands out files in input order and writes each
// file's report in input order as soon as all before it are in. Only a bounded window of reports ever waits, and each
// worker's heap is kept small, so memory does not grow with the number of files. (The main thread does not check
// files itself: its heap cannot be limited, and grows to twice a worker's.)
//
// A worker that dies costs only the file it was checking: the files it had not started go to others and a new worker
// takes its place. If it ran out of its memory limit, the main thread checks that file (as it would without workers);
// any other death is reported as an internal error for that file. If workers cannot start at all, the main thread
// checks the files itself.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { terminalText } from '../core/text/terminal';
import type { CheckFileOptions } from './checkFile';
import type { FileReport } from './checkReport';
import type { CheckTask, CheckWorkerData, CheckWorkerMessage } from './checkWorker';

export interface ParallelCheck {
  readonly files: readonly string[];
  readonly cwd: string;
  readonly options: CheckFileOptions;
  /** Worker threads to start. */
  readonly workers: number;
  /** The worker's module (dist/cli/checkWorker.js, or out/…/checkWorker.js when run from the compiled sources). */
  readonly workerScript: string;
  /** Called once per file, in input order. */
  readonly report: (report: FileReport) => void;
  /** Called when what was reported should reach the output (before the main thread waits). */
  readonly flush: () => void;
  /** Checks a file in the main thread (when no worker can). */
  readonly checkHere: (file: string, index: number) => Promise<FileReport>;
}

/** Files sent to one worker before it answers: enough to keep it busy while messages travel. */
const IN_FLIGHT_PER_WORKER = 4;
/** Reports that may wait for an earlier, slower file before being written. */
const REORDER_WINDOW = 256;
/** How long a worker may take to end after the last file before it is stopped. */
const WORKER_STOP_MS = 2000;
/** Workers that die before they are ready: after this many, no new worker is started. */
const MAX_START_FAILURES = 2;
/**
 * A worker's heap. The young generation holds the short-lived objects of one file's analysis: V8 lets it grow to
 * 32 MB per thread, 4 MB keeps each worker small at the cost of more frequent, cheap scavenges. An explicit old
 * generation limit also makes V8 start with a smaller old generation (it sizes the first one from the limit): with
 * 1 GB, far above what a file under the size guard needs, 2,000 profiles peak at ~115 MB with two workers instead of
 * ~145 MB. A file that needs more is checked in the main thread.
 */
const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 1024 };

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  /** Indices sent, oldest first: the worker checks them in this order, so the first is the one being checked. */
  readonly inFlight: number[];
  /** The error the worker reported before it stopped. */
  error?: string;
  /** It stopped because its heap reached WORKER_RESOURCE_LIMITS. */
  outOfMemory?: boolean;
  gone: boolean;
}

export function checkInParallel(job: ParallelCheck): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const { files } = job;
    const slots = new Set<Slot>();
    const reports = new Map<number, FileReport>();
    /** Files to hand out again (their worker died before starting them), lowest index first. */
    const retry: number[] = [];
    // Files that were in flight together when a worker died: each is sent again alone.
    const suspects = new Set<number>();
    /** Files the main thread checks: those a worker ran out of memory on (or all that are left, without workers). */
    const here: number[] = [];
    let nextToSend = 0;
    let nextToReport = 0;
    let startFailures = 0;
    let checkingHere = false;
    let finished = false;
    let flushScheduled = false;

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      job.flush();
      // Workers end on their own (what they write at exit, the compile cache, is written); one that does not, soon,
      // or any after an error, is stopped.
      const ended = [...slots].map((slot) => {
        slot.gone = true;
        if (error) return slot.worker.terminate();
        const exited = new Promise<void>((done) => slot.worker.once('exit', () => done()));
        slot.worker.postMessage('stop' satisfies CheckTask);
        const timer = setTimeout(() => void slot.worker.terminate(), WORKER_STOP_MS);
        return exited.finally(() => clearTimeout(timer));
      });
      slots.clear();
      void Promise.allSettled(ended).then(() => (error ? reject(error) : resolve()));
    };

    const scheduleFlush = () => {
      if (flushScheduled) return;
      flushScheduled = true;
      // After the messages that arrived together are handled: one write for all of them.
      setImmediate(() => {
        flushScheduled = false;
        job.flush();
      });
    };

    const reportReady = () => {
      for (let report = reports.get(nextToReport); report; report = reports.get(nextToReport)) {
        reports.delete(nextToReport++);
        job.report(report);
      }
      scheduleFlush();
      if (nextToReport === files.length) finish();
    };

    const takeNext = (): number | undefined => {
      if (retry.length) return retry.shift();
      if (nextToSend < files.length && nextToSend < nextToReport + REORDER_WINDOW) return nextToSend++;
      return undefined;
    };

    const pump = () => {
      if (finished) return;
      for (const slot of slots) {
        while (slot.ready && slot.inFlight.length < IN_FLIGHT_PER_WORKER) {
          // A suspect (in flight when a worker died) goes alone to an idle worker, so that a crash names its file.
          if (slot.inFlight.some((i) => suspects.has(i))) break;
          if (retry.length && suspects.has(retry[0]) && slot.inFlight.length > 0) break;
          const index = takeNext();
          if (index === undefined) break;
          slot.inFlight.push(index);
          slot.worker.postMessage({ index, file: files[index] } satisfies CheckTask);
        }
      }
      if (!slots.size) for (let index = takeNext(); index !== undefined; index = takeNext()) here.push(index);
      if (here.length && !checkingHere) void checkHere();
    };

    const checkHere = async () => {
      checkingHere = true;
      try {
        for (let index = here.shift(); index !== undefined; index = here.shift()) {
          reports.set(index, await job.checkHere(files[index], index));
          reportReady();
        }
      } catch (error) {
        finish(error);
      }
      checkingHere = false;
      pump();
    };

    const workerGone = (slot: Slot, exitCode: number) => {
      if (slot.gone) return;
      slot.gone = true;
      slots.delete(slot);
      if (!slot.ready) startFailures++;
      const [crashed, ...notStarted] = slot.inFlight;
      if (crashed !== undefined && slot.outOfMemory) here.push(crashed);
      else if (notStarted.length && !slot.outOfMemory) {
        // With several files in flight, which one stopped the worker is not known: each is checked again alone.
        for (const index of slot.inFlight) suspects.add(index);
        retry.push(...slot.inFlight);
      } else if (crashed !== undefined) reports.set(crashed, crashReport(files[crashed], job, slot.error ?? `the worker stopped (exit code ${exitCode})`));
      if (!notStarted.length || slot.outOfMemory) retry.push(...notStarted);
      retry.sort((a, b) => a - b);
      if ((nextToSend < files.length || retry.length) && startFailures < MAX_START_FAILURES) startWorker();
      reportReady();
      pump();
    };

    const startWorker = () => {
      let worker: Worker;
      try {
        worker = new Worker(job.workerScript, {
          workerData: { cwd: job.cwd, options: job.options } satisfies CheckWorkerData,
          resourceLimits: WORKER_RESOURCE_LIMITS,
        });
      } catch {
        startFailures = MAX_START_FAILURES;
        return;
      }
      const slot: Slot = { worker, ready: false, inFlight: [], gone: false };
      slots.add(slot);
      worker.on('message', (message: CheckWorkerMessage) => {
        if (slot.gone) return;
        if (message.type === 'ready') {
          slot.ready = true;
        } else {
          const expected = slot.inFlight.shift();
          if (expected !== message.index) return finish(new Error(`a check worker answered for file ${message.index}, expected ${expected}`));
          reports.set(message.index, message.report);
          reportReady();
        }
        pump();
      });
      // 'error' comes first; 'exit' comes after the worker's last messages were delivered: only then is it known
      // which file it was checking.
      worker.on('error', (error: Error & { code?: string }) => {
        slot.error ??= error instanceof Error ? error.message : String(error);
        if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') slot.outOfMemory = true;
      });
      worker.on('exit', (code) => workerGone(slot, code));
    };

    if (!files.length) return finish();
    for (let i = 0; i < Math.min(job.workers, files.length); i++) startWorker();
    pump();
  });
}

function crashReport(file: string, job: ParallelCheck, reason: string): FileReport {
  const shown = terminalText(path.relative(job.cwd, file) || file);
  const written = job.options.fix && !job.options.dryRun ? ' (a fixed file is written whole or not at all: it is either fixed or unchanged)' : '';
  return {
    stderr: `aovpn check: internal error while checking "${shown}": ${terminalText(reason)}; the file was not checked${written}\n`,
    patch: '',
    failed: true,
  };
}
