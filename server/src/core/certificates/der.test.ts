import { test } from 'node:test';
import assert from 'node:assert/strict';
import { children, decodeOid, decodeSmallInteger, decodeString, integerBitLength, isDerError, readElement } from './der';

const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'hex'));

test('der: reads short and long lengths and walks children', () => {
  const bytes = hex('30 06 02 01 05 06 01 2a');
  const top = readElement(bytes);
  assert.ok(!isDerError(top));
  assert.deepEqual([top.tag, top.contentStart, top.end], [0x30, 2, 8]);
  const [integer, oid] = children(bytes, top)!;
  assert.equal(decodeSmallInteger(bytes, integer), 5);
  assert.equal(decodeOid(bytes, oid), '1.2');
  const long = new Uint8Array([0x04, 0x82, 0x01, 0x00, ...new Uint8Array(256)]);
  const element = readElement(long);
  assert.ok(!isDerError(element));
  assert.equal(element.end, 260);
});

test('der: truncated and malformed input are reported, never thrown', () => {
  assert.deepEqual(readElement(hex('30 82 02 b7 30 82')), { error: 'truncated', declared: 699, available: 6 });
  assert.deepEqual(readElement(hex('30 80 00 00')), { error: 'malformed' });
  assert.deepEqual(readElement(hex('1f 81 01')), { error: 'malformed' });
  assert.deepEqual(readElement(hex('30 85 01 02 03 04 05')), { error: 'malformed' });
  assert.equal(children(hex('30 03 02 05 00'), readElement(hex('30 03 02 05 00')) as never), undefined);
});

test('der: OIDs with multi-byte arcs, integer bit lengths and string types', () => {
  // 1.2.840.113549.1.1.11 (sha256WithRSAEncryption)
  const oid = hex('06 09 2a 86 48 86 f7 0d 01 01 0b');
  assert.equal(decodeOid(oid, readElement(oid) as never), '1.2.840.113549.1.1.11');
  const modulus = hex('02 03 00 80 01');
  assert.equal(integerBitLength(modulus, readElement(modulus) as never), 16);
  const bmp = hex('1e 04 00 56 00 50');
  assert.equal(decodeString(bmp, readElement(bmp) as never), 'VP');
  const utf8 = new Uint8Array([0x0c, 0x03, 0xc3, 0xa9, 0x21]);
  assert.equal(decodeString(utf8, readElement(utf8) as never), 'é!');
  const integer = hex('02 01 05');
  assert.equal(decodeString(integer, readElement(integer) as never), undefined);
});
