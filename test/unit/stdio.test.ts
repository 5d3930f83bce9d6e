// The CLI's standard output (server/src/cli/stdio.ts): write(2) with Node's stream as the fallback, the same bytes in
// the same order whatever the descriptor does, and a closed pipe that ends the output quietly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { standardWriter, type StandardStream } from '../../server/src/cli/stdio';
import { repoRoot } from '../cli/cliRunner';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/** A descriptor that takes `accept(call)` bytes per call (a number) or fails with an errno code (a string). */
function fakeStream(accept: (call: number) => number | string) {
  const written: Buffer[] = [];
  const streamed: Buffer[] = [];
  const listeners: ((error: NodeJS.ErrnoException) => void)[] = [];
  let calls = 0;
  let streams = 0;
  const standard: StandardStream = {
    writeSync(_fd, buffer, offset, length) {
      const result = accept(calls++);
      if (typeof result === 'string') throw errno(result);
      const n = Math.min(result, length);
      written.push(Buffer.from(buffer.subarray(offset, offset + n)));
      return n;
    },
    stream() {
      streams++;
      return {
        write: (chunk: Uint8Array) => void streamed.push(Buffer.from(chunk)),
        on: (_event: string, listener: (error: NodeJS.ErrnoException) => void) => void listeners.push(listener),
      };
    },
  };
  return {
    standard,
    written: () => Buffer.concat(written).toString('utf8'),
    streamed: () => Buffer.concat(streamed).toString('utf8'),
    streams: () => streams,
    fail: (code: string) => listeners.forEach((listener) => listener(errno(code))),
  };
}

test('short writes are continued until every byte is written, multi-byte characters included', () => {
  const fake = fakeStream(() => 3);
  let closed = 0;
  const write = standardWriter(1, () => closed++, fake.standard);
  write('Zertifikat für «vpn.contoso.com» ✓\n');
  write('');
  write('second line\n');
  assert.equal(fake.written(), 'Zertifikat für «vpn.contoso.com» ✓\nsecond line\n');
  assert.equal(fake.streams(), 0, "Node's stream is not created");
  assert.equal(closed, 0);
});

test("a full non-blocking pipe (EAGAIN) hands the rest to Node's stream, in order, for good", () => {
  const fake = fakeStream((call) => (call === 0 ? 4 : call === 1 ? 'EAGAIN' : 100));
  const write = standardWriter(1, () => assert.fail('not closed'), fake.standard);
  write('abcdefgh\n');
  write('next\n');
  assert.equal(fake.written(), 'abcd');
  assert.equal(fake.streamed(), 'efgh\nnext\n');
  assert.equal(fake.streams(), 1);
});

test('a closed pipe (EPIPE) calls `closed` once and drops what follows; so does the stream reporting one', () => {
  const fake = fakeStream((call) => (call === 0 ? 2 : 'EPIPE'));
  let closed = 0;
  const write = standardWriter(2, () => closed++, fake.standard);
  write('first\n');
  write('second\n');
  assert.equal(fake.written(), 'fi');
  assert.equal(closed, 1);
  assert.equal(fake.streams(), 0);

  const viaStream = fakeStream(() => 'EBADF');
  let streamClosed = 0;
  const writeViaStream = standardWriter(1, () => streamClosed++, viaStream.standard);
  writeViaStream('one\n');
  viaStream.fail('EPIPE');
  writeViaStream('two\n');
  assert.equal(viaStream.streamed(), 'one\n');
  assert.equal(streamClosed, 1);
});

test('aovpn with its stdout closed before it writes ends quietly with status 0', { skip: process.platform === 'win32' }, async () => {
  const cli = path.join(repoRoot(), 'dist', 'cli.js');
  const child = spawn(process.execPath, [cli, 'explain', '809', '853', '13801'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  assert.equal(status, 0);
  assert.equal(stderr, '');
});
