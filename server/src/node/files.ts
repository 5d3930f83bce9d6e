// File access for the CLI and the language server, hardened against what a cloned repository can hold: only
// regular files are opened (after following links), so a FIFO cannot block and /dev/zero cannot fill memory;
// reads stop at a byte cap whatever stat() says; writes replace a file atomically or leave it untouched.
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, statSync, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';

/** A file that was refused before or while reading: not a regular file, or larger than the cap. */
export class FileAccessError extends Error {
  constructor(
    /** EISDIR for a folder (as Node reports it), ENOTREGULAR for a pipe, socket or device, EFBIG past the cap. */
    readonly code: 'EISDIR' | 'ENOTREGULAR' | 'EFBIG',
    message: string,
    /** For EFBIG: the size the file reported, when it is a regular file (shown, never trusted for reading). */
    readonly size?: number,
  ) {
    super(message);
  }
}

const READ_CHUNK_BYTES = 1 << 20;

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'something else';
}

function refuseUnlessRegular(stat: Stats): void {
  if (stat.isFile()) return;
  if (stat.isDirectory()) throw new FileAccessError('EISDIR', 'is a folder');
  throw new FileAccessError('ENOTREGULAR', `is not a regular file but ${kindOf(stat)}`);
}

// O_NONBLOCK: should the file become a FIFO between stat and open, open returns at once instead of waiting for a
// writer; the fstat below then refuses it. (Windows has neither flag nor FIFOs.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Opens a regular file for reading, following links; anything else is refused without being read. */
export async function openRegularFile(file: string): Promise<FileHandle> {
  // stat first, so devices are never even opened (opening some has side effects).
  refuseUnlessRegular(await fs.stat(file));
  const handle = await fs.open(file, OPEN_FLAGS);
  try {
    refuseUnlessRegular(await handle.stat());
    return handle;
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/** openRegularFile, synchronously (the CLI reads one file after another; no thread pool round trips). */
function openRegularFileSync(file: string): { fd: number; size: number } {
  refuseUnlessRegular(statSync(file));
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    refuseUnlessRegular(stat);
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Reads a whole regular file of at most `maxBytes` bytes. The cap holds even when stat() reports a wrong size
 * (a file that grows, a special file system): reading stops at `maxBytes + 1`.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await openRegularFile(file);
  try {
    const reading = new CappedRead(maxBytes, (await handle.stat()).size);
    for (let space = reading.space(); ; space = reading.space()) {
      const { bytesRead } = await handle.read(space.buffer, space.offset, space.length, null);
      if (bytesRead === 0) return reading.result();
      if (reading.filled(bytesRead)) throw tooLarge((await handle.stat()).size, maxBytes);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * readRegularFile, synchronously, with the same refusals and the same cap. With `scratch`, a file that fits in it is
 * read into it and the result is a view of it, valid until the scratch is used again (no allocation per file).
 */
export function readRegularFileSync(file: string, maxBytes: number, scratch?: Buffer): Buffer {
  const { fd, size } = openRegularFileSync(file);
  try {
    const reading = new CappedRead(maxBytes, size, scratch);
    for (let space = reading.space(); ; space = reading.space()) {
      const bytesRead = readSync(fd, space.buffer, space.offset, space.length, null);
      if (bytesRead === 0) return reading.result();
      if (reading.filled(bytesRead)) throw tooLarge(fstatSync(fd).size, maxBytes);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The buffers of one read that stops past `maxBytes`: the reported size only sizes the first buffer (so a 2 KB file
 * does not take a 1 MB buffer); reading goes on until the file says it has ended, into the space left in the
 * current buffer before a new one is taken (so confirming the end allocates nothing).
 */
class CappedRead {
  private readonly chunks: Buffer[] = [];
  private buffer: Buffer;
  private used = 0;
  private total = 0;

  constructor(
    private readonly maxBytes: number,
    reportedSize: number,
    scratch?: Buffer,
  ) {
    const first = Math.max(1, Math.min(reportedSize + 1, READ_CHUNK_BYTES, maxBytes + 1));
    this.buffer = scratch && scratch.length >= first ? scratch.subarray(0, first) : Buffer.allocUnsafe(first);
  }

  /** Where the next read goes. */
  space(): { buffer: Buffer; offset: number; length: number } {
    if (this.used === this.buffer.length) {
      this.chunks.push(this.buffer);
      this.buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, this.maxBytes + 1 - this.total));
      this.used = 0;
    }
    return { buffer: this.buffer, offset: this.used, length: this.buffer.length - this.used };
  }

  /** Records a read; true when the file is past the cap. */
  filled(bytesRead: number): boolean {
    this.used += bytesRead;
    this.total += bytesRead;
    return this.total > this.maxBytes;
  }

  result(): Buffer {
    const last = this.buffer.subarray(0, this.used);
    return this.chunks.length === 0 ? last : Buffer.concat([...this.chunks, last], this.total);
  }
}

function tooLarge(size: number, maxBytes: number): FileAccessError {
  const shown = size > maxBytes ? `is ${formatBytes(size)}` : `is larger than ${formatBytes(maxBytes)}`;
  return new FileAccessError('EFBIG', `${shown}; at most ${formatBytes(maxBytes)} are read`, size > maxBytes ? size : undefined);
}

/** The chunks of a regular file, read one after another (memory stays at one chunk whatever the file size). */
export async function* readRegularFileChunks(file: string, chunkBytes = READ_CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const handle = await openRegularFile(file);
  try {
    for (;;) {
      // A fresh buffer each time: a consumer may keep what it was given.
      const buffer = Buffer.allocUnsafe(chunkBytes);
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** A short reason for a failed read or write, for a message "cannot read "x": <reason>". */
export function describeFileError(error: unknown): string {
  if (error instanceof FileAccessError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENXIO':
      return 'is not a regular file (a socket or a device without a reader)';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EIO':
      return 'input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

// ---- writing

/** The file operations a write needs; tests pass a fake to produce ENOSPC, EACCES and rename failures. */
export interface WriteFileSystem {
  realpath(file: string): Promise<string>;
  stat(file: string): Promise<{ readonly mode: number; readonly uid: number; readonly gid: number; isFile(): boolean }>;
  /** Rejects when the file may not be written (its permissions say read-only). */
  checkWritable(file: string): Promise<void>;
  /** Creates a new file that must not exist yet. */
  create(file: string, mode: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Makes a rename in the folder durable; best effort (not possible on every platform). */
  syncFolder(folder: string): Promise<void>;
}

export interface WritableFile {
  write(bytes: Uint8Array): Promise<void>;
  chmod(mode: number): Promise<void>;
  /** Keeps the original owner when allowed (as root); failures are ignored by the caller. */
  chown(uid: number, gid: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeWriteFileSystem: WriteFileSystem = {
  realpath: (file) => fs.realpath(file),
  stat: (file) => fs.stat(file),
  checkWritable: (file) => fs.access(file, constants.W_OK),
  async create(file, mode) {
    const handle = await fs.open(file, 'wx', mode);
    return {
      write: (bytes) => handle.writeFile(bytes),
      chmod: (m) => handle.chmod(m),
      chown: (uid, gid) => handle.chown(uid, gid),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
  async syncFolder(folder) {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/**
 * Replaces a file's content: writes a temporary file in the same folder, flushes it to disk, gives it the
 * original's mode, then renames it over the original. On any failure the original is untouched and the temporary
 * file is removed, and the error is thrown. A symbolic link is followed, so the link stays a link.
 */
export async function replaceFile(file: string, bytes: Uint8Array, fsys: WriteFileSystem = nodeWriteFileSystem): Promise<void> {
  const target = await fsys.realpath(file);
  const stat = await fsys.stat(target);
  if (!stat.isFile()) throw new FileAccessError('ENOTREGULAR', 'is not a regular file');
  await fsys.checkWritable(target);
  const mode = stat.mode & 0o7777;
  const folder = path.dirname(target);
  // node:crypto is loaded here only: reading and checking files never pays for it.
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const temporary = path.join(folder, `.${path.basename(target)}.aovpn-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const output = await fsys.create(temporary, mode);
  const discard = async (error: unknown): Promise<never> => {
    await fsys.unlink(temporary).catch(() => undefined);
    throw error;
  };
  try {
    await output.write(bytes);
    // create() is subject to the umask; the original's mode is set explicitly.
    await output.chmod(mode);
    await output.chown(stat.uid, stat.gid).catch(() => undefined);
    await output.sync();
  } catch (error) {
    await output.close().catch(() => undefined);
    return discard(error);
  }
  // Some file systems report a failed write only when the file is closed.
  await output.close().catch(discard);
  await fsys.rename(temporary, target).catch(discard);
  await fsys.syncFolder(folder).catch(() => undefined);
}
