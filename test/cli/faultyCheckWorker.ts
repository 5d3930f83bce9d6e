// A worker for `aovpn check` that misbehaves on purpose, for the tests of the parallel run (parallel.test.ts): it is
// the real worker (checkWorker.ts), with a listener in front that acts on files named for it:
//   crash-*.xml   throws an uncaught error            wait-*.xml   waits until FILE.release exists
//   exit-*.xml    ends the thread (exit code 3)        oom-*.xml    dies as a worker out of memory does
// and, when AOVPN_TEST_WORKER_LOG is set, appends "threadId file" to that file for every file it is sent.
import { appendFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';

const log = process.env.AOVPN_TEST_WORKER_LOG;

// `node --test` also runs this file as a test (it is under test/): outside a worker it does nothing.
parentPort?.on('message', (task: { file: string } | 'stop') => {
  if (task === 'stop') return;
  if (log) appendFileSync(log, `${threadId} ${task.file}\n`);
  const name = path.basename(task.file);
  if (name.startsWith('crash-')) throw new Error(`simulated crash on ${name}`);
  if (name.startsWith('exit-')) process.exit(3);
  // Node reports a worker that reached its heap limit with this code (ERR_WORKER_OUT_OF_MEMORY).
  if (name.startsWith('oom-')) throw Object.assign(new Error('simulated: the worker ran out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
  if (name.startsWith('wait-')) {
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let waited = 0; !existsSync(`${task.file}.release`) && waited < 30_000; waited += 10) Atomics.wait(pause, 0, 0, 10);
  }
});

require('../../server/src/cli/checkWorker');
