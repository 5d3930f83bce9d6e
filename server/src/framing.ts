// Checks the framing of an LSP byte stream (`Content-Length: N` headers, a blank line, N bytes of body) as it
// arrives. vscode-jsonrpc's reader reports a header without Content-Length, but on bytes that never contain the
// blank line ending a header block (binary junk, a stream that is not LSP) it waits for ever, keeping every
// byte: the server looked alive and answered nothing.

/** A header block is a few dozen bytes; one this long without its blank line is not LSP framing. */
export const MAX_HEADER_BYTES = 8192;

const CR = 0x0d;
const LF = 0x0a;

export class FramingGuard {
  private header: number[] = [];
  /** Body bytes still to come; -1 while reading a header block. */
  private bodyLeft = -1;

  /**
   * Looks at the next bytes of the stream; returns a description of the first framing error, or undefined.
   * After an error the stream cannot be resynchronised, so the guard has nothing more to say.
   */
  check(chunk: Uint8Array): string | undefined {
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= take;
        i += take;
        continue;
      }
      const byte = chunk[i++];
      this.header.push(byte);
      const n = this.header.length;
      if (n >= 4 && byte === LF && this.header[n - 2] === CR && this.header[n - 3] === LF && this.header[n - 4] === CR) {
        const error = this.endOfHeader();
        if (error) return error;
        continue;
      }
      if (n > MAX_HEADER_BYTES) {
        return `no end of message header within ${MAX_HEADER_BYTES} bytes (${describe(this.header.slice(0, 32))}…): the input is not LSP framing (Content-Length headers)`;
      }
    }
    return undefined;
  }

  private endOfHeader(): string | undefined {
    const text = String.fromCharCode(...this.header.slice(0, -4));
    this.header = [];
    let length: number | undefined;
    for (const line of text.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `a message header line has no "name: value" form: ${describe([...line].map((c) => c.charCodeAt(0)).slice(0, 64))}`;
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d+$/.test(value)) return `the Content-Length header is not a number: ${describe([...value].map((c) => c.charCodeAt(0)).slice(0, 64))}`;
      length = Number(value);
    }
    if (length === undefined) return `a message header has no Content-Length: ${describe([...text].map((c) => c.charCodeAt(0)).slice(0, 64))}`;
    this.bodyLeft = length;
    return undefined;
  }
}

/** Bytes for a log line, quoted: printable ASCII as is, anything else as \xNN (the input may be anything). */
function describe(bytes: readonly number[]): string {
  const shown = bytes.map((b) => (b === 0x22 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`));
  return `"${shown.join('')}"`;
}
