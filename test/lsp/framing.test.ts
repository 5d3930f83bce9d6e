// A broken LSP input stream ends the server (dist/server.js --stdio) with status 1 and a line on stderr, so that
// the client restarts it, instead of leaving it alive and silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { SERVER_BUNDLE } from './harness';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const INITIALIZE = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));

/** Starts the server, writes `chunks` one after the other, and waits for it to exit (or kills it after a hang bound). */
function run(chunks: (string | Buffer)[], { closeInput = false } = {}): Promise<{ code: number | null; stdout: string; stderr: string; hung: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdin.on('error', () => undefined); // the server may exit before everything is written
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill();
    }, 15_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, hung });
    });
    (async () => {
      for (const chunk of chunks) {
        child.stdin.write(chunk);
        await new Promise((r) => setTimeout(r, 50));
      }
      if (closeInput) child.stdin.end();
    })().catch(reject);
  });
}

test('framing errors end the server with status 1 and a message on stderr', async () => {
  const junk = Buffer.alloc(64 * 1024);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
  const cases: [string, (string | Buffer)[], RegExp][] = [
    ['no Content-Length', ['Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize"}'], /no Content-Length/],
    ['a length that is not a number', ['Content-Length: ten\r\n\r\n{}'], /Content-Length header is not a number/],
    ['binary junk, never a header end', [junk], /no end of message header within \d+ bytes/],
    ['junk after a good exchange', [INITIALIZE, '\x00\x01\x02garbage\r\n\r\n'], /no "name: value" form/],
    ['a body that is not JSON', [frame('{"jsonrpc": "2.0", oops')], /JSON|Unexpected|Expected/i],
  ];
  for (const [what, chunks, expected] of cases) {
    const result = await run(chunks);
    assert.equal(result.hung, false, `${what}: the server did not exit\n${result.stderr}`);
    assert.equal(result.code, 1, `${what}: exit status\n${result.stderr}`);
    assert.match(result.stderr, /\[aovpn\] the LSP input stream is broken: /, what);
    assert.match(result.stderr, expected, what);
  }
});

test('a well-framed session still works, and ends with status 0 after shutdown and exit', async () => {
  const result = await run([INITIALIZE, frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' })), frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' }))]);
  assert.equal(result.hung, false);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /"capabilities"/);
  assert.doesNotMatch(result.stderr, /broken/);
  // The client closing the input without a shutdown ends the server too (status 1, as the library does).
  const closed = await run([INITIALIZE], { closeInput: true });
  assert.equal(closed.hung, false);
  assert.equal(closed.code, 1);
});
