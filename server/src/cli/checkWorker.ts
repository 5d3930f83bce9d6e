// A worker thread of a parallel `aovpn check`: checks the files the main thread sends, one after another, and sends
// back each outcome. Built as its own bundle (dist/cli/checkWorker.js), beside check.js.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckFileOptions } from './checkFile';
import type { FileReport } from './checkReport';

export interface CheckWorkerData {
  readonly cwd: string;
  readonly options: CheckFileOptions;
}

export interface CheckTask {
  readonly index: number;
  readonly file: string;
}

export type CheckWorkerMessage = { readonly type: 'ready' } | { readonly type: 'done'; readonly index: number; readonly report: FileReport };

if (parentPort) {
  const port = parentPort;
  const { cwd, options } = workerData as CheckWorkerData;
  const queue: CheckTask[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
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
