// The CLI's standard output and error. On POSIX they are written with write(2) (fs.writeSync) rather than through
// process.stdout and process.stderr: creating those streams loads Node's stream and net modules, which cost a
// one-file command a tenth of Node's own start-up. The bytes are the same. A pipe whose reader is slower than we
// write (EAGAIN, when the pipe was made non-blocking) or any other write error hands the rest of the output to
// Node's stream, in order, as before; a closed pipe (`aovpn … | head`) ends the output quietly.
import { writeSync } from 'node:fs';

/** What a writer needs from the process (tests pass fakes). */
export interface StandardStream {
  /** write(2): the number of bytes written (maybe fewer than asked), or throws with an errno `code`. */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  /** Node's stream for the descriptor (process.stdout or process.stderr), created only when needed. */
  stream(): OutputStream;
}

interface OutputStream {
  write(chunk: Uint8Array): unknown;
  /** The stream reports a closed pipe as an 'error' event. */
  on?(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

const processStream = (fd: 1 | 2): StandardStream => ({
  writeSync: (descriptor, buffer, offset, length) => writeSync(descriptor, buffer, offset, length),
  stream: () => (fd === 1 ? process.stdout : process.stderr),
});

/**
 * A function that writes text to descriptor `fd` (1 or 2). `closed` is called once when the reader has gone (EPIPE);
 * nothing more is written after that.
 */
export function standardWriter(fd: 1 | 2, closed: () => void, standard: StandardStream = processStream(fd)): (text: string) => void {
  let stream: OutputStream | undefined;
  let gone = false;
  const toStream = () => {
    stream = standard.stream();
    stream.on?.('error', (error) => {
      if (error.code === 'EPIPE') end();
    });
    return stream;
  };
  const end = () => {
    if (gone) return;
    gone = true;
    closed();
  };
  return (text) => {
    if (gone || !text) return;
    const bytes = Buffer.from(text, 'utf8');
    if (stream) return void stream.write(bytes);
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += standard.writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') return end();
        // From here on everything goes through the stream, so that the order stays.
        return void toStream().write(bytes.subarray(offset));
      }
    }
  };
}

/** The process's stdout and stderr for the CLI: write(2) on POSIX, Node's streams on Windows (console encoding). */
export function processOutput(): { stdout: (text: string) => void; stderr: (text: string) => void } {
  // A closed stdout ends the command quietly, as `head` expects; a closed stderr only drops what follows.
  const onStdoutClosed = () => process.exit(0);
  if (process.platform === 'win32') {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') onStdoutClosed();
    });
    return { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text) };
  }
  return { stdout: standardWriter(1, onStdoutClosed), stderr: standardWriter(2, () => {}) };
}
