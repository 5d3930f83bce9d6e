import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPemBlocks, toPem } from './pem';

const DER = new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x07]);

test('pem: finds blocks inside any text with exact ranges', () => {
  const block = toPem(DER);
  const text = `Here is the root:\r\n${block}and a key:\n${toPem(DER, 'PRIVATE KEY')}end`;
  const [cert, key] = findPemBlocks(text);
  const start = text.indexOf('-----BEGIN CERTIFICATE-----');
  const end = text.indexOf('-----END CERTIFICATE-----') + '-----END CERTIFICATE-----'.length;
  assert.deepEqual(cert.range, { start, end });
  assert.deepEqual(cert.beginRange, { start, end: start + '-----BEGIN CERTIFICATE-----'.length });
  assert.equal(cert.kind, 'certificate');
  assert.deepEqual([...cert.bytes!], [...DER]);
  assert.equal(key.kind, 'private-key');
  assert.equal(text.slice(key.range.start, key.range.end), toPem(DER, 'PRIVATE KEY').trimEnd());
});

test('pem: a missing END line is reported and does not swallow the next block', () => {
  const text = `-----BEGIN CERTIFICATE-----\nMAMCAQc=\n\n${toPem(DER)}`;
  const [broken, good] = findPemBlocks(text);
  assert.match(broken.error!, /no matching "-----END CERTIFICATE-----"/);
  assert.equal(broken.range.end, text.indexOf('MAMCAQc=') + 'MAMCAQc='.length);
  assert.deepEqual([...good.bytes!], [...DER]);
});

test('pem: damaged base64 points at the bad character', () => {
  const text = '-----BEGIN CERTIFICATE-----\nMAMC$Qc=\n-----END CERTIFICATE-----';
  const [block] = findPemBlocks(text);
  assert.match(block.error!, /unexpected character "\$".*line 2/);
  assert.deepEqual(block.errorRange, { start: text.indexOf('$'), end: text.indexOf('$') + 1 });
  const cut = findPemBlocks('-----BEGIN CERTIFICATE-----\nMAMCA\n-----END CERTIFICATE-----')[0];
  assert.match(cut.error!, /cut short/);
  const empty = findPemBlocks('-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----')[0];
  assert.match(empty.error!, /empty/);
});

test('pem: tolerates JSON-escaped line breaks, indentation and RFC 1421 headers', () => {
  const json = `{"cert": "-----BEGIN CERTIFICATE-----\\nMAMC\\nAQc=\\n-----END CERTIFICATE-----"}`;
  assert.deepEqual([...findPemBlocks(json)[0].bytes!], [...DER]);
  const indented = '    -----BEGIN CERTIFICATE-----\n    MAMCAQc=\n    -----END CERTIFICATE-----';
  assert.deepEqual([...findPemBlocks(indented)[0].bytes!], [...DER]);
  const headers = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nMAMCAQc=\n-----END RSA PRIVATE KEY-----';
  const [key] = findPemBlocks(headers);
  assert.equal(key.kind, 'private-key');
  assert.deepEqual([...key.bytes!], [...DER]);
});

test('pem: large texts are scanned in linear time, also with thousands of unterminated blocks', () => {
  let started = Date.now();
  assert.deepEqual(findPemBlocks('x'.repeat(5_000_000) + '-----BEGIN'), []);
  assert.ok(Date.now() - started < 2000);
  const unterminated = '-----BEGIN CERTIFICATE-----\nMAMC\n'.repeat(20_000) + 'y'.repeat(2_000_000);
  started = Date.now();
  const blocks = findPemBlocks(unterminated);
  assert.equal(blocks.length, 20_000);
  assert.ok(blocks.every((block) => block.error?.includes('no matching')));
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  const damaged = '-----BEGIN CERTIFICATE-----\nMA$C\n-----END CERTIFICATE-----\n'.repeat(20_000) + 'y'.repeat(2_000_000);
  started = Date.now();
  const last = findPemBlocks(damaged).at(-1)!;
  assert.ok(last.error!.endsWith(`(line ${3 * 19_999 + 2}).`), last.error);
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

test('pem: an END line with another label does not close the block', () => {
  const [block] = findPemBlocks('-----BEGIN CERTIFICATE-----\nMAMCAQc=\n-----END X509 CRL-----\n');
  assert.match(block.error!, /no matching "-----END CERTIFICATE-----"/);
});
