// A worker thread of a parallel `aovpn check`: checks the files the main thread sends, one after another, and sends
// back each one's report. Built as its own bundle (dist/cli/checkWorker.js), beside check.js.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckFileOptions } from './checkFile';
import type { FileReport } from './checkReport';
import { tuneV8ForManyFiles } from './checkTuning';

export interface CheckWorkerData {
  readonly cwd: string;
  readonly options: CheckFileOptions;
}

/** A file to check, or 'stop': end the thread once the files sent before are done. */
export type CheckTask = { readonly index: number; readonly file: string } | 'stop';

export type CheckWorkerMessage = { readonly type: 'ready' } | { readonly type: 'done'; readonly index: number; readonly report: FileReport };

if (parentPort) {
  const port = parentPort;
  tuneV8ForManyFiles();
  // Loaded after the tuning: the analysis core is compiled with it.
  const { checkFile } = require('./checkFile') as typeof import('./checkFile');
  const { cwd, options } = workerData as CheckWorkerData;
  const queue: CheckTask[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      // A normal end of the thread, so that what it leaves at exit (the compile cache) is written.
      if (task === 'stop') process.exit(0);
      const report = await checkFile(task.file, task.index, cwd, options);
      port.postMessage({ type: 'done', index: task.index, report } satisfies CheckWorkerMessage);
    }
    running = false;
  };
  port.on('message', (task: CheckTask) => {
    queue.push(task);
    if (!running) void drain();
  });
  port.postMessage({ type: 'ready' } satisfies CheckWorkerMessage);
}
