// The first stage of the log summary: raw bytes in, UTF-8 with LF (or CRLF) line breaks out, chunk by chunk.
// UTF-16 (an event export saved by Windows PowerShell 5.1, with a byte-order mark, or without one and recognised
// by its zero bytes) is transcoded; in a file whose line breaks are lone CRs (old Mac line ends, some exporters) each
// CR becomes LF, so the line scanner downstream only has to look for LF. In a file with LF or CRLF line breaks a
// lone CR is a character of a field (a RADIUS User-Name may hold one) and stays one. Memory stays at one chunk.
import { sniffUnicode } from '../../text/encoding';

export type LogEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Enough bytes to tell UTF-16 from UTF-8 by its zero bytes. */
const SNIFF_BYTES = 512;
const LF = 10;
const CR = 13;
const LF_ONLY = new Uint8Array([LF]);

export class LogInput {
  private charset: LogEncoding | undefined;
  private head: Uint8Array = new Uint8Array(0);
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private readonly encoder = new TextEncoder();
  /** The previous chunk ended with a CR: a line break, unless this chunk starts with the LF of a CRLF. */
  private pendingCr = false;
  /** How the file breaks lines, told by its first line break: lone CRs, or LF/CRLF. */
  private breaks: 'unknown' | 'cr' | 'lf' = 'unknown';

  constructor(private readonly emit: (utf8: Uint8Array) => void) {}

  /** The encoding found, once known. */
  get encoding(): LogEncoding | undefined {
    return this.charset;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (this.charset === undefined) {
      this.head = concat(this.head, chunk);
      if (this.head.length < SNIFF_BYTES) return;
      chunk = this.head;
      this.head = new Uint8Array(0);
      this.start(chunk);
    }
    this.transcode(chunk, false);
  }

  end(): void {
    if (this.charset === undefined) {
      const head = this.head;
      this.head = new Uint8Array(0);
      this.start(head);
      this.transcode(head, true);
    } else this.transcode(new Uint8Array(0), true);
    if (this.pendingCr) this.emit(LF_ONLY);
    this.pendingCr = false;
  }

  private start(head: Uint8Array): void {
    const { charset } = sniffUnicode(head);
    this.charset = charset;
    // TextDecoder drops a leading BOM of its own encoding; UTF-8 passes through as bytes (the summary skips its BOM).
    if (charset !== 'utf-8') this.decoder = new TextDecoder(charset);
  }

  private transcode(chunk: Uint8Array, final: boolean): void {
    if (!this.decoder) {
      this.lineBreaks(chunk);
      return;
    }
    const text = this.decoder.decode(chunk, { stream: !final });
    if (text.length > 0) this.lineBreaks(this.encoder.encode(text));
  }

  /** Emits the chunk, in a CR-only file with every lone CR turned into LF; a CR at the very end waits for the next chunk. */
  private lineBreaks(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (this.breaks === 'unknown') this.breaks = firstLineBreak(chunk, this.pendingCr);
    if (this.breaks === 'lf') {
      if (this.pendingCr) this.emit(new Uint8Array([CR]));
      this.pendingCr = false;
      this.emit(chunk);
      return;
    }
    if (this.pendingCr) {
      this.pendingCr = false;
      // CR then LF: the LF alone ends the line (the CR would have been dropped with it).
      if (chunk[0] !== LF) this.emit(LF_ONLY);
    }
    let out = chunk;
    let end = chunk.length;
    for (let cr = chunk.indexOf(CR); cr >= 0; cr = chunk.indexOf(CR, cr + 1)) {
      if (cr === chunk.length - 1) {
        this.pendingCr = true;
        end = cr;
        break;
      }
      if (chunk[cr + 1] === LF) continue;
      if (out === chunk) out = new Uint8Array(chunk);
      out[cr] = LF;
    }
    if (end > 0) this.emit(end === out.length ? out : out.subarray(0, end));
  }
}

/** The kind of the chunk's first line break; 'unknown' while the chunk ends before one is certain. */
function firstLineBreak(chunk: Uint8Array, afterCr: boolean): 'unknown' | 'cr' | 'lf' {
  if (afterCr) return chunk[0] === LF ? 'lf' : 'cr';
  const lf = chunk.indexOf(LF);
  const cr = chunk.indexOf(CR);
  if (cr === -1) return lf === -1 ? 'unknown' : 'lf';
  if (lf !== -1 && lf < cr) return 'lf';
  if (cr === chunk.length - 1) return 'unknown';
  return chunk[cr + 1] === LF ? 'lf' : 'cr';
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
