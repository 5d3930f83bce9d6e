// A minimal DER reader: enough to walk a certificate's outer structure, find its extensions and keys, and say
// what an unknown blob is (private key, PFX, request, CRL) when it is not a certificate. Never throws on bad
// input: every function returns undefined or a `DerError` instead.

export interface DerElement {
  /** The identifier octet (class, constructed bit and tag number < 31). */
  readonly tag: number;
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

export interface DerError {
  readonly error: 'truncated' | 'malformed';
  /** For `truncated`: how many bytes the element declares (header included) and how many are present. */
  readonly declared?: number;
  readonly available?: number;
}

export const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  t61String: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  visibleString: 0x1a,
  universalString: 0x1c,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
} as const;

export function isDerError(value: DerElement | DerError | undefined): value is DerError {
  return value !== undefined && 'error' in value;
}

/** Reads the element that starts at `offset`; `limit` is where the enclosing content ends. */
export function readElement(bytes: Uint8Array, offset = 0, limit = bytes.length): DerElement | DerError {
  if (offset + 2 > limit) return { error: 'truncated', declared: 2, available: limit - offset };
  const tag = bytes[offset];
  if ((tag & 0x1f) === 0x1f) return { error: 'malformed' }; // high tag numbers never occur in certificates
  let length = bytes[offset + 1];
  let contentStart = offset + 2;
  if (length === 0x80) return { error: 'malformed' }; // indefinite length is BER, not DER
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 4) return { error: 'malformed' };
    if (contentStart + count > limit) return { error: 'truncated', declared: contentStart + count - offset, available: limit - offset };
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i];
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) return { error: 'truncated', declared: end - offset, available: limit - offset };
  return { tag, start: offset, contentStart, end };
}

/** The elements inside a constructed element, or undefined when its content does not parse. */
export function children(bytes: Uint8Array, parent: DerElement): DerElement[] | undefined {
  const result: DerElement[] = [];
  let offset = parent.contentStart;
  while (offset < parent.end) {
    const child = readElement(bytes, offset, parent.end);
    if (isDerError(child)) return undefined;
    result.push(child);
    offset = child.end;
  }
  return result;
}

export function content(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.contentStart, element.end);
}

export function whole(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.start, element.end);
}

export function decodeOid(bytes: Uint8Array, element: DerElement): string | undefined {
  if (element.tag !== TAG.oid || element.end === element.contentStart) return undefined;
  const parts: number[] = [];
  let value = 0;
  for (let i = element.contentStart; i < element.end; i++) {
    value = value * 128 + (bytes[i] & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) return undefined;
    if (!(bytes[i] & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  if (bytes[element.end - 1] & 0x80) return undefined;
  const first = parts.shift()!;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** Small non-negative INTEGERs (versions, counts); undefined for anything larger than 2^48. */
export function decodeSmallInteger(bytes: Uint8Array, element: DerElement): number | undefined {
  if (element.tag !== TAG.integer) return undefined;
  const length = element.end - element.contentStart;
  if (length === 0 || length > 6) return undefined;
  let value = 0;
  for (let i = element.contentStart; i < element.end; i++) value = value * 256 + bytes[i];
  return value;
}

/** Bit length of an unsigned big-endian INTEGER (an RSA modulus), leading zero octets ignored. */
export function integerBitLength(bytes: Uint8Array, element: DerElement): number {
  let i = element.contentStart;
  while (i < element.end && bytes[i] === 0) i++;
  if (i === element.end) return 0;
  return (element.end - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

/** Text of the ASN.1 string types used in names and extensions; undefined for other tags. */
export function decodeString(bytes: Uint8Array, element: DerElement): string | undefined {
  const data = content(bytes, element);
  switch (element.tag) {
    case TAG.utf8String:
      return new TextDecoder('utf-8').decode(data);
    case TAG.printableString:
    case TAG.ia5String:
    case TAG.visibleString:
    case TAG.t61String:
      return Buffer.from(data).toString('latin1');
    case TAG.bmpString: {
      let text = '';
      for (let i = 0; i + 1 < data.length; i += 2) text += String.fromCharCode((data[i] << 8) | data[i + 1]);
      return text;
    }
    case TAG.universalString: {
      let text = '';
      for (let i = 0; i + 3 < data.length; i += 4) {
        const code = ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0;
        text += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
      return text;
    }
    default:
      return undefined;
  }
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
