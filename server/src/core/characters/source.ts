// What the bytes of a file said about its encoding, kept beside the decoded text for the checks that compare it
// with the XML declaration. The CLI knows the bytes; an editor hands over text only.
import { firstInvalidUtf8, type DecodedText, type TextEncoding } from '../text/encoding';

export interface SourceEncoding {
  /** How the text was decoded (charset, byte-order mark, what decided). */
  readonly encoding: TextEncoding;
  /**
   * The bytes after any byte-order mark read as UTF-8: `ascii` (no byte above 0x7F, which fits nearly every
   * encoding), `valid` (non-ASCII bytes forming well-formed UTF-8) or `invalid`. Undefined for UTF-16.
   */
  readonly utf8?: 'ascii' | 'valid' | 'invalid';
}

export function describeSource(bytes: Uint8Array, decoded: DecodedText): SourceEncoding {
  const encoding = decoded.encoding;
  if (encoding.charset.startsWith('utf-16')) return { encoding };
  const body = encoding.bom ? bytes.subarray(3) : bytes;
  let ascii = true;
  for (let i = 0; i < body.length; i++) {
    if (body[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  return { encoding, utf8: ascii ? 'ascii' : firstInvalidUtf8(body) === -1 ? 'valid' : 'invalid' };
}
