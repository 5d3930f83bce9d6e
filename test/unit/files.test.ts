// Reading only regular files with a hard byte cap, and replacing files atomically (server/src/node/files.ts).
// Tests run as root, so permission and disk-full failures come from a fake file system, not from chmod.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  FileAccessError,
  describeFileError,
  nodeWriteFileSystem,
  readRegularFile,
  readRegularFileChunks,
  readRegularFileSync,
  replaceFile,
  type WritableFile,
  type WriteFileSystem,
} from '../../server/src/node/files';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-files-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

const posix = process.platform !== 'win32';

/** A named pipe nobody writes to: opening it for reading the usual way blocks for ever. */
function fifo(name: string): string {
  const file = path.join(temp, name);
  const made = spawnSync('mkfifo', [file]);
  assert.equal(made.status, 0, 'mkfifo is needed for this test');
  return file;
}

async function refusal(run: () => Promise<unknown>): Promise<FileAccessError> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof FileAccessError, `expected a FileAccessError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the read to be refused');
}

test('a regular file is read whole, and through a symbolic link', async () => {
  const file = path.join(temp, 'profile.xml');
  fs.writeFileSync(file, '<VPNProfile/>');
  assert.equal((await readRegularFile(file, 1024)).toString(), '<VPNProfile/>');
  assert.equal((await readRegularFile(file, 13)).length, 13, 'exactly the cap is allowed');
  if (posix) {
    fs.symlinkSync(file, path.join(temp, 'link.xml'));
    assert.equal((await readRegularFile(path.join(temp, 'link.xml'), 1024)).toString(), '<VPNProfile/>');
  }
  assert.equal((await refusal(() => readRegularFile(file, 12))).code, 'EFBIG', 'one byte over the cap is refused');
});

test('a file over the cap is refused after reading at most cap + 1 bytes, with its size', async () => {
  const file = path.join(temp, 'big.cer');
  fs.writeFileSync(file, new Uint8Array(3 * 1024 * 1024));
  const error = await refusal(() => readRegularFile(file, 1024 * 1024));
  assert.equal(error.code, 'EFBIG');
  assert.equal(error.size, 3 * 1024 * 1024);
  assert.equal(error.message, 'is 3.0 MB; at most 1.0 MB are read');
});

test('special files are refused without blocking or reading: FIFO, /dev/zero, a link to it, a folder, a socket', { skip: !posix, timeout: 20_000 }, async () => {
  const pipe = fifo('pipe.xml');
  assert.match((await refusal(() => readRegularFile(pipe, 1024))).message, /not a regular file but a named pipe \(FIFO\)/);
  const zero = await refusal(() => readRegularFile('/dev/zero', 1024));
  assert.equal(zero.code, 'ENOTREGULAR');
  assert.match(zero.message, /character device/);
  const link = path.join(temp, 'zero.cer');
  fs.symlinkSync('/dev/zero', link);
  assert.equal((await refusal(() => readRegularFile(link, 1024))).code, 'ENOTREGULAR');
  const folder = await refusal(() => readRegularFile(temp, 1024));
  assert.equal(folder.code, 'EISDIR');
  assert.equal(describeFileError(folder), 'is a folder');
  const socketPath = path.join(temp, 'sock');
  const server = net.createServer().listen(socketPath);
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    assert.match((await refusal(() => readRegularFile(socketPath, 1024))).message, /a socket/);
  } finally {
    server.close();
  }
  // The chunk reader used for logs refuses the same way.
  await refusal(async () => {
    for await (const chunk of readRegularFileChunks(pipe)) assert.fail(`read ${chunk.length} bytes from a FIFO`);
  });
});

test('read errors have short messages', async () => {
  const missing = await readRegularFile(path.join(temp, 'nope.xml'), 10).catch((error: unknown) => error);
  assert.equal(describeFileError(missing), 'no such file or folder');
  assert.equal(describeFileError(Object.assign(new Error('x'), { code: 'ENOSPC' })), 'no space left on the device');
  assert.equal(describeFileError(Object.assign(new Error('x'), { code: 'EACCES' })), 'permission denied');
});

test('chunks of a regular file come in order and add up to the file', async () => {
  const file = path.join(temp, 'log.txt');
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
  fs.writeFileSync(file, bytes);
  const chunks: Uint8Array[] = [];
  for await (const chunk of readRegularFileChunks(file, 4096)) chunks.push(chunk);
  assert.equal(chunks.length, Math.ceil(bytes.length / 4096));
  assert.deepEqual(Buffer.concat(chunks), Buffer.from(bytes));
});

test('the synchronous read has the same cap and refusals, and reads into a scratch buffer when one is given', { skip: !posix }, () => {
  const sync = (run: () => unknown): FileAccessError => {
    try {
      run();
    } catch (error) {
      assert.ok(error instanceof FileAccessError, `expected a FileAccessError, got ${String(error)}`);
      return error;
    }
    assert.fail('expected the read to be refused');
  };
  const file = path.join(temp, 'sync.xml');
  fs.writeFileSync(file, '<VPNProfile/>');
  assert.equal(readRegularFileSync(file, 13).toString(), '<VPNProfile/>');
  assert.equal(sync(() => readRegularFileSync(file, 12)).code, 'EFBIG');
  const scratch = Buffer.alloc(64 * 1024, 0x78);
  const read = readRegularFileSync(file, 1024, scratch);
  assert.equal(read.toString(), '<VPNProfile/>');
  assert.equal(read.buffer, scratch.buffer, 'read into the scratch buffer');
  // Larger than a read chunk (1 MB) and than the scratch: several reads, one buffer of its own.
  const big = path.join(temp, 'sync-big.xml');
  const bytes = Uint8Array.from({ length: 2_500_000 }, (_, i) => (i * 7) % 251);
  fs.writeFileSync(big, bytes);
  const whole = readRegularFileSync(big, 4 * 1024 * 1024, scratch);
  assert.deepEqual(whole, Buffer.from(bytes));
  assert.notEqual(whole.buffer, scratch.buffer);
  const over = sync(() => readRegularFileSync(big, 2 * 1024 * 1024));
  assert.equal(over.message, 'is 2.4 MB; at most 2.0 MB are read');
  assert.match(sync(() => readRegularFileSync(fifo('sync-pipe.xml'), 1024)).message, /named pipe \(FIFO\)/);
  assert.equal(sync(() => readRegularFileSync('/dev/zero', 1024)).code, 'ENOTREGULAR');
  assert.equal(sync(() => readRegularFileSync(temp, 1024)).code, 'EISDIR');
  assert.throws(() => readRegularFileSync(path.join(temp, 'nope.xml'), 10), { code: 'ENOENT' });
});

test('an empty file reads as no bytes, sync and async', async () => {
  const file = path.join(temp, 'empty.xml');
  fs.writeFileSync(file, '');
  assert.equal(readRegularFileSync(file, 10).length, 0);
  assert.equal((await readRegularFile(file, 10)).length, 0);
  assert.equal((await readRegularFile(file, 0)).length, 0);
});

// ---- replacing a file

test('replaceFile writes the new content, keeps the mode, leaves no temporary file, and keeps a link a link', async () => {
  const folder = fs.mkdtempSync(path.join(temp, 'write-'));
  const file = path.join(folder, 'profile.xml');
  fs.writeFileSync(file, 'old');
  fs.chmodSync(file, 0o640);
  await replaceFile(file, new TextEncoder().encode('new content'));
  assert.equal(fs.readFileSync(file, 'utf8'), 'new content');
  assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(fs.readdirSync(folder), ['profile.xml']);
  if (posix) {
    const link = path.join(folder, 'link.xml');
    fs.symlinkSync(file, link);
    await replaceFile(link, new TextEncoder().encode('through the link'));
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(file, 'utf8'), 'through the link');
    fs.chmodSync(file, 0o755);
    await replaceFile(file, new TextEncoder().encode('x'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o755);
  }
});

/**
 * The real file system, with one operation made to fail. Records what happened, so a test can show that the
 * original was never touched and the temporary file was removed.
 */
function failing(failure: { at: 'checkWritable' | 'create' | 'write' | 'sync' | 'close' | 'rename'; code: string }) {
  const created: string[] = [];
  const fail = (what: string) => {
    if (failure.at === what) throw Object.assign(new Error(`${failure.code}: simulated ${what} failure`), { code: failure.code });
  };
  const fsys: WriteFileSystem = {
    ...nodeWriteFileSystem,
    async checkWritable(file) {
      fail('checkWritable');
      return nodeWriteFileSystem.checkWritable(file);
    },
    async create(file, mode) {
      fail('create');
      created.push(file);
      const real = await nodeWriteFileSystem.create(file, mode);
      const wrapped: WritableFile = {
        ...real,
        async write(bytes) {
          // Like a full disk: part of the data reaches the file, then the write fails.
          if (failure.at === 'write') {
            await real.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
            fail('write');
          }
          return real.write(bytes);
        },
        async sync() {
          fail('sync');
          return real.sync();
        },
        async close() {
          await real.close();
          fail('close');
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      fail('rename');
      return nodeWriteFileSystem.rename(from, to);
    },
  };
  return { fsys, created };
}

for (const failure of [
  { at: 'checkWritable', code: 'EACCES' },
  { at: 'create', code: 'EACCES' },
  { at: 'write', code: 'ENOSPC' },
  { at: 'sync', code: 'EIO' },
  { at: 'close', code: 'EDQUOT' },
  { at: 'rename', code: 'EPERM' },
] as const) {
  test(`replaceFile: ${failure.code} at ${failure.at} leaves the original untouched and no temporary file`, async () => {
    const folder = fs.mkdtempSync(path.join(temp, 'fail-'));
    const file = path.join(folder, 'profile.xml');
    fs.writeFileSync(file, 'original bytes');
    fs.chmodSync(file, 0o600);
    const { fsys, created } = failing(failure);
    await assert.rejects(() => replaceFile(file, new TextEncoder().encode('x'.repeat(10_000)), fsys), { code: failure.code });
    assert.equal(fs.readFileSync(file, 'utf8'), 'original bytes');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(fs.readdirSync(folder), ['profile.xml'], 'the temporary file is removed');
    if (failure.at !== 'checkWritable' && failure.at !== 'create') {
      assert.equal(created.length, 1);
      assert.equal(path.dirname(created[0]), folder, 'the temporary file is in the same folder (rename stays atomic)');
    }
  });
}

test('replaceFile refuses what is not a regular file', { skip: !posix }, async () => {
  const pipe = fifo('target.xml');
  await assert.rejects(() => replaceFile(pipe, new Uint8Array([1])), { code: 'ENOTREGULAR' });
  assert.ok(fs.statSync(pipe).isFIFO());
});
