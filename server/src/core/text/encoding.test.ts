import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText, describeEncoding, encodeText, firstInvalidUtf8, withLineEnding, type TextEncoding } from './encoding';

/** Deterministic PRNG (mulberry32), so a failing case can be reproduced from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LINE_BREAKS = ['\n', '\r\n', '\r'];

/** Random text of profile-like markup plus characters drawn from `alphabet`, with line breaks of one kind. */
function randomText(random: () => number, alphabet: () => string, lineBreak: string): string {
  const pieces = ['<VPNProfile>', '</Servers>', ' xmlns="http://www.microsoft.com/provisioning/EapHostConfig"', '&amp;', ' ', 'vpn.example.org'];
  let text = '';
  const length = Math.floor(random() * 200);
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.1) text += lineBreak;
    else if (roll < 0.4) text += pieces[Math.floor(random() * pieces.length)];
    else text += alphabet();
  }
  return text;
}

const pick = (random: () => number, from: number, to: number): number => from + Math.floor(random() * (to - from + 1));
const ascii = (random: () => number) => () => String.fromCharCode(pick(random, 0x20, 0x7e));
const latin1 = (random: () => number) => () => String.fromCharCode(random() < 0.5 ? pick(random, 0x20, 0x7e) : pick(random, 0xa0, 0xff));
const windows1252 = (random: () => number) => () => (random() < 0.3 ? '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'[pick(random, 0, 26)] : latin1(random)());
const unicode = (random: () => number) => () => {
  const roll = random();
  if (roll < 0.5) return String.fromCharCode(pick(random, 0x20, 0x7e));
  if (roll < 0.8) return String.fromCharCode(pick(random, 0xa0, 0xd7ff));
  if (roll < 0.9) return String.fromCharCode(pick(random, 0xe000, 0xfffd));
  return String.fromCodePoint(pick(random, 0x10000, 0x10ffff));
};

interface Variant {
  readonly name: string;
  readonly encoding: Omit<TextEncoding, 'lineEnding' | 'mixedLineEndings'>;
  readonly prefix: string;
  readonly alphabet: (random: () => number) => () => string;
}

const DECLARATION = (name: string) => `<?xml version="1.0" encoding="${name}"?>`;

const VARIANTS: Variant[] = [
  { name: 'UTF-8', encoding: { charset: 'utf-8', bom: false, detectedBy: 'default' }, prefix: '', alphabet: unicode },
  { name: 'UTF-8 with BOM', encoding: { charset: 'utf-8', bom: true, detectedBy: 'bom' }, prefix: '', alphabet: unicode },
  { name: 'UTF-16LE with BOM', encoding: { charset: 'utf-16le', bom: true, detectedBy: 'bom' }, prefix: '', alphabet: unicode },
  { name: 'UTF-16BE with BOM', encoding: { charset: 'utf-16be', bom: true, detectedBy: 'bom' }, prefix: '', alphabet: unicode },
  { name: 'UTF-16LE without BOM', encoding: { charset: 'utf-16le', bom: false, detectedBy: 'zero-bytes' }, prefix: '<', alphabet: ascii },
  { name: 'UTF-16BE without BOM', encoding: { charset: 'utf-16be', bom: false, detectedBy: 'zero-bytes' }, prefix: '<', alphabet: ascii },
  {
    name: 'declared ISO-8859-1',
    encoding: { charset: 'iso-8859-1', bom: false, detectedBy: 'declaration', declared: 'ISO-8859-1' },
    prefix: DECLARATION('ISO-8859-1'),
    alphabet: latin1,
  },
  {
    name: 'declared Windows-1252',
    encoding: { charset: 'windows-1252', bom: false, detectedBy: 'declaration', declared: 'windows-1252' },
    prefix: DECLARATION('windows-1252'),
    alphabet: windows1252,
  },
];

test('property: decode(encode(text)) gives the text and its encoding back, and encoding again gives the same bytes', () => {
  let cases = 0;
  for (const [index, variant] of VARIANTS.entries()) {
    for (let seed = 0; seed < 150; seed++) {
      const random = prng(1000 * index + seed);
      const lineBreak = LINE_BREAKS[seed % 3];
      const text = variant.prefix + randomText(random, variant.alphabet(random), lineBreak);
      const encoded = encodeText(text, { ...variant.encoding, mixedLineEndings: false });
      assert.ok(encoded.ok, `${variant.name} seed ${seed}: ${!encoded.ok && encoded.reason}`);
      const decoded = decodeText(encoded.bytes);
      const where = `${variant.name}, seed ${seed}`;
      assert.equal(decoded.text, text, where);
      assert.equal(decoded.notText, undefined, where);
      assert.equal(decoded.encoding.unfaithful, undefined, where);
      assert.equal(decoded.encoding.charset, variant.encoding.charset, where);
      assert.equal(decoded.encoding.bom, variant.encoding.bom, where);
      assert.equal(decoded.encoding.detectedBy, variant.encoding.detectedBy, where);
      if (/[\r\n]/.test(text)) assert.equal(decoded.encoding.lineEnding, lineBreak, where);
      const again = encodeText(decoded.text, decoded.encoding);
      assert.ok(again.ok, where);
      assert.deepEqual(again.bytes, encoded.bytes, where);
      cases++;
    }
  }
  assert.equal(cases, VARIANTS.length * 150);
});

test('property: any bytes of a declared single-byte encoding come back byte for byte', () => {
  for (const name of ['ISO-8859-1', 'windows-1252', 'latin1', 'cp1252', 'windows-1250', 'ISO-8859-15', 'KOI8-R']) {
    for (let seed = 0; seed < 50; seed++) {
      const random = prng(seed);
      const head = new TextEncoder().encode(DECLARATION(name) + '\r\n');
      const body = Uint8Array.from({ length: 300 }, () => pick(random, 1, 255));
      const bytes = new Uint8Array([...head, ...body]);
      const decoded = decodeText(bytes);
      assert.equal(decoded.encoding.detectedBy, 'declaration');
      assert.equal(decoded.encoding.unfaithful, undefined, `${name} seed ${seed}`);
      const encoded = encodeText(decoded.text, decoded.encoding);
      assert.ok(encoded.ok);
      assert.deepEqual(encoded.bytes, bytes, `${name} seed ${seed}`);
    }
  }
});

test('property: UTF-16 keeps any code units, lone surrogates included, byte for byte', () => {
  for (let seed = 0; seed < 100; seed++) {
    const random = prng(7000 + seed);
    const units = Uint16Array.from({ length: 200 }, () => (random() < 0.5 ? pick(random, 0x20, 0x7e) : pick(random, 1, 0xffff)));
    for (const little of [true, false]) {
      const bytes = new Uint8Array(2 + units.length * 2);
      bytes.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
      units.forEach((unit, i) => {
        bytes[2 + 2 * i + (little ? 0 : 1)] = unit & 0xff;
        bytes[2 + 2 * i + (little ? 1 : 0)] = unit >> 8;
      });
      const decoded = decodeText(bytes);
      assert.equal(decoded.text.length, units.length);
      const encoded = encodeText(decoded.text, decoded.encoding);
      assert.ok(encoded.ok);
      assert.deepEqual(encoded.bytes, bytes, `seed ${seed} ${little ? 'LE' : 'BE'}`);
    }
  }
});

test('the BOM is not part of the text, and the encoding records it', () => {
  const utf8 = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]));
  assert.equal(utf8.text, '<a/>');
  assert.equal(describeEncoding(utf8.encoding), 'UTF-8 with BOM');
  const le = decodeText(new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x0d, 0, 0x0a, 0]));
  assert.equal(le.text, '<a\r\n');
  assert.equal(describeEncoding(le.encoding), 'UTF-16LE with BOM, CRLF');
  const be = decodeText(new Uint8Array([0xfe, 0xff, 0, 0x3c, 0, 0x61]));
  assert.equal(be.text, '<a');
  assert.equal(be.encoding.charset, 'utf-16be');
});

test('UTF-16 without a BOM is recognised by its zero bytes (Windows tools write it)', () => {
  const profile = '<VPNProfile><AlwaysOn>true</AlwaysOn></VPNProfile>\r\n';
  const le = new Uint8Array(profile.length * 2);
  for (let i = 0; i < profile.length; i++) le[2 * i] = profile.charCodeAt(i);
  const decoded = decodeText(le);
  assert.equal(decoded.text, profile);
  assert.equal(describeEncoding(decoded.encoding), 'UTF-16LE without BOM, CRLF');
  const be = new Uint8Array(profile.length * 2);
  for (let i = 0; i < profile.length; i++) be[2 * i + 1] = profile.charCodeAt(i);
  assert.equal(decodeText(be).text, profile);
  assert.equal(decodeText(be).encoding.charset, 'utf-16be');
});

test('odd-length UTF-16 decodes what it can and reports the truncation; it cannot be written back', () => {
  const bytes = new Uint8Array([0xfe, 0xff, 0, 0x3c, 0, 0x61, 0, 0x3e, 0]);
  const decoded = decodeText(bytes);
  assert.equal(decoded.text, '<a>');
  assert.match(decoded.encoding.unfaithful!, /half a UTF-16 character/);
  const encoded = encodeText(decoded.text, decoded.encoding);
  assert.equal(encoded.ok, false);
  assert.match(!encoded.ok ? encoded.reason : '', /cannot be written back as it was: it ends with half a UTF-16 character/);
});

test('invalid UTF-8 is read with U+FFFD and marked as not writable, naming the first bad byte', () => {
  const bytes = new Uint8Array([0x3c, 0x61, 0x3e, 0x43, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]); // Latin-1 "Café", no declaration
  const decoded = decodeText(bytes);
  assert.equal(decoded.text, '<a>Caf\uFFFD</a>');
  assert.match(decoded.encoding.unfaithful!, /not valid UTF-8 \(the first bad byte is byte 7\)/);
  assert.equal(encodeText(decoded.text, decoded.encoding).ok, false);
});

test('firstInvalidUtf8 agrees with the fatal TextDecoder on random bytes', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  for (let seed = 0; seed < 2000; seed++) {
    const random = prng(90_000 + seed);
    const bytes = Uint8Array.from({ length: pick(random, 0, 12) }, () => (random() < 0.5 ? pick(random, 0x80, 0xff) : pick(random, 0, 0xff)));
    let valid = true;
    try {
      fatal.decode(bytes);
    } catch {
      valid = false;
    }
    const at = firstInvalidUtf8(bytes);
    assert.equal(at < 0, valid, `bytes ${Buffer.from(bytes).toString('hex')}`);
    if (!valid) {
      // Everything before the reported byte is valid on its own.
      assert.doesNotThrow(() => fatal.decode(bytes.subarray(0, at)));
    }
  }
});

test('Windows-1252 and ISO-8859-1 differ where they should: 0x80 is € in one and U+0080 in the other', () => {
  const body = [0x3c, 0x61, 0x3e, 0x80, 0xe9, 0x3c, 0x2f, 0x61, 0x3e];
  const cp1252 = decodeText(new Uint8Array([...new TextEncoder().encode(DECLARATION('Windows-1252')), ...body]));
  assert.ok(cp1252.text.endsWith('<a>€é</a>'));
  const latin1 = decodeText(new Uint8Array([...new TextEncoder().encode(DECLARATION('ISO-8859-1')), ...body]));
  assert.ok(latin1.text.endsWith('<a>\u0080é</a>'));
  assert.equal(describeEncoding(latin1.encoding), 'ISO-8859-1');
});

test('a character the encoding cannot hold is refused with its offset', () => {
  const decoded = decodeText(new TextEncoder().encode(DECLARATION('ISO-8859-1') + '<a>x</a>'));
  const text = decoded.text.replace('x', 'x€');
  const result = encodeText(text, decoded.encoding);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.reason, 'the character U+20AC cannot be written in ISO-8859-1');
    assert.equal(result.offset, text.indexOf('€'));
  }
  const lone = encodeText('a\uD800b', { charset: 'utf-8', bom: false, detectedBy: 'default', mixedLineEndings: false });
  assert.equal(lone.ok, false);
  assert.equal(!lone.ok && lone.offset, 1);
});

test('a UTF-16 declaration in UTF-8 bytes is a wrong label (common from .NET): the bytes are read as UTF-8', () => {
  const decoded = decodeText(new TextEncoder().encode('<?xml version="1.0" encoding="utf-16"?>\n<a>é</a>'));
  assert.equal(decoded.encoding.charset, 'utf-8');
  assert.equal(decoded.encoding.declared, 'utf-16');
  assert.ok(decoded.text.endsWith('<a>é</a>'));
  assert.equal(decoded.encoding.unfaithful, undefined);
});

test('an encoding that cannot be converted: ASCII bytes read fine; other bytes are read as UTF-8 and not written', () => {
  const plain = decodeText(new TextEncoder().encode('<?xml version="1.0" encoding="x-unknown"?><a/>'));
  assert.equal(plain.encoding.charset, 'us-ascii');
  assert.equal(plain.encoding.unfaithful, undefined);
  const asciiOk = encodeText(plain.text, plain.encoding);
  assert.ok(asciiOk.ok);
  assert.equal(encodeText(plain.text + 'é', plain.encoding).ok, false);
  const high = decodeText(new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="x-unknown"?><a>'), 0xc3, 0xa9]));
  assert.match(high.encoding.unfaithful!, /declares the encoding "x-unknown", which aovpn cannot convert/);
  const sjis = decodeText(new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="Shift_JIS"?><a>'), 0x82, 0xa0]));
  assert.ok(sjis.text.endsWith('<a>あ'));
  assert.match(sjis.encoding.unfaithful!, /can read "Shift_JIS" but cannot write it/);
});

test('bytes that are not text say so: NUL bytes, UTF-32', () => {
  const binary = decodeText(new Uint8Array([0x3c, 0x61, 0x3e, ...Array.from({ length: 256 }, (_, byte) => byte)]));
  assert.match(binary.notText!, /NUL characters \(the first at character 4\)/);
  const utf32 = decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]));
  assert.match(utf32.notText!, /UTF-32/);
  // Binary data with zero bytes in every other place is not taken for UTF-16: its low bytes are not printable.
  const der = Uint8Array.from({ length: 512 }, (_, i) => (i % 2 ? 0 : (i * 7) % 32));
  assert.equal(decodeText(der).encoding.charset, 'utf-8');
  assert.match(decodeText(der).notText!, /NUL characters/);
  assert.equal(decodeText(new Uint8Array()).notText, undefined);
  assert.equal(decodeText(new Uint8Array()).text, '');
});

test('line endings: the most frequent kind is recorded, mixed ones are flagged, and inserted text follows them', () => {
  const crlf = decodeText(new TextEncoder().encode('a\r\nb\r\nc\nd'));
  assert.equal(crlf.encoding.lineEnding, '\r\n');
  assert.equal(crlf.encoding.mixedLineEndings, true);
  assert.equal(decodeText(new TextEncoder().encode('a\rb\rc')).encoding.lineEnding, '\r');
  assert.equal(decodeText(new TextEncoder().encode('abc')).encoding.lineEnding, undefined);
  assert.equal(withLineEnding('<a>\n  <b/>\n', '\r\n'), '<a>\r\n  <b/>\r\n');
  assert.equal(withLineEnding('<a>\r\n<b/>', '\r'), '<a>\r<b/>');
  assert.equal(withLineEnding('<a>\n', undefined), '<a>\n');
});

test('a byte the declared encoding leaves undefined is read as U+FFFD and makes the text not writable', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode(DECLARATION('ISO-8859-7') + '<a>'), 0xe1, 0xae, 0x3c]);
  const decoded = decodeText(bytes);
  assert.equal(decoded.encoding.charset, 'iso-8859-7');
  assert.ok(decoded.text.endsWith('<a>α\uFFFD<'));
  assert.match(decoded.encoding.unfaithful!, /byte \d+ \(0xAE\) has no character in ISO-8859-7/);
  assert.equal(encodeText(decoded.text, decoded.encoding).ok, false);
});

test('long texts decode across the 8,192-unit chunks: UTF-16, a single-byte encoding, undeclared ASCII', () => {
  const body = Array.from({ length: 3000 }, (_, i) => `<Route>${i}: é€ 😀</Route>\n`).join('');
  const utf16 = decodeText(Uint8Array.from([0xff, 0xfe, ...Buffer.from(body, 'utf16le')]));
  assert.equal(utf16.text, body);
  // Each UTF-16 code unit of the emoji becomes an x: only Latin-1 is left.
  // eslint-disable-next-line no-misleading-character-class
  const latinBody = body.replace(/[€😀]/g, 'x');
  const latin = DECLARATION('ISO-8859-1') + '\n' + latinBody;
  const decoded = decodeText(Uint8Array.from(Buffer.from(latin, 'latin1')));
  assert.equal(decoded.text, latin);
  assert.equal(decoded.encoding.declared, 'ISO-8859-1');
  const unconvertible = DECLARATION('x-no-such-charset') + '\n' + latinBody.replace(/é/g, 'e');
  assert.equal(decodeText(Uint8Array.from(Buffer.from(unconvertible, 'latin1'))).text, unconvertible);
});

test('the declaration is found however the document after it goes on (with or without a ">" later)', () => {
  for (const rest of ['', '\n<VPNProfile/>', '\nno markup at all ' + 'x'.repeat(5000)]) {
    const text = DECLARATION('windows-1252') + rest;
    assert.equal(decodeText(Uint8Array.from(Buffer.from(text, 'latin1'))).encoding.declared, 'windows-1252', JSON.stringify(rest.slice(0, 20)));
  }
  // An unfinished declaration (no '>' at all) names its encoding all the same.
  assert.equal(decodeText(Uint8Array.from(Buffer.from('<?xml version="1.0" encoding="windows-1252"' + ' '.repeat(2000), 'latin1'))).encoding.declared, 'windows-1252');
});
