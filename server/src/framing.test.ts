import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FramingGuard, MAX_HEADER_BYTES } from './framing';

const message = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}`) => Buffer.from(`${header}\r\n\r\n${body}`);

/** Feeds `bytes` in chunks of `size` bytes; the first error, if any. */
function feed(bytes: Buffer, size: number): string | undefined {
  const guard = new FramingGuard();
  for (let i = 0; i < bytes.length; i += size) {
    const error = guard.check(bytes.subarray(i, i + size));
    if (error) return error;
  }
  return undefined;
}

test('well-framed messages pass, however the stream is cut into chunks', () => {
  const stream = Buffer.concat([
    message('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'),
    // A body holding what looks like a header end, multi-byte characters, and an extra header.
    message(
      '{"text":"a\\r\\n\\r\\nContent-Length: x é 😀"}',
      `Content-Length: ${Buffer.byteLength('{"text":"a\\r\\n\\r\\nContent-Length: x é 😀"}')}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8`,
    ),
    message(''),
    message('{}', 'content-length:2'),
  ]);
  for (const size of [1, 2, 3, 7, 64, stream.length]) assert.equal(feed(stream, size), undefined, `chunks of ${size}`);
});

test('framing errors: no Content-Length, a length that is not a number, a line without a colon, junk', () => {
  const cases: [Buffer, RegExp][] = [
    [message('{}', 'Content-Type: application/json'), /no Content-Length: "Content-Type: application\/json"/],
    [message('{}', 'Content-Length: 2x'), /Content-Length header is not a number: "2x"/],
    [message('{}', 'Content-Length 2'), /no "name: value" form: "Content-Length 2"/],
    // A body sent without its header, after a good message.
    [Buffer.concat([message('{}'), Buffer.from('{"jsonrpc":"2.0"}\r\n\r\n')]), /no Content-Length: "\{\\"jsonrpc\\":\\"2.0\\"\}"/],
    [Buffer.from('\x1b[2J\r\n\r\n'), /no "name: value" form: "\\x1b\[2J"/],
  ];
  for (const [bytes, expected] of cases) {
    for (const size of [1, 5, bytes.length]) assert.match(feed(bytes, size) ?? 'no error', expected);
  }
  // Binary junk never ends a header: reported once the header would be longer than any real one.
  const junk = Buffer.alloc(MAX_HEADER_BYTES * 3);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251;
  const guard = new FramingGuard();
  assert.equal(guard.check(junk.subarray(0, MAX_HEADER_BYTES)), undefined);
  assert.match(guard.check(junk.subarray(MAX_HEADER_BYTES)) ?? 'no error', /no end of message header within 8192 bytes \("\\x00\\x8a\\x19\\xa32/);
});
