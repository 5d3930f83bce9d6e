// Damaged certificates: every test certificate truncated at many lengths and bit-flipped at seeded places (as DER
// and as PEM), seeded random bytes, deeply nested DER, 10 MB files and texts. Decoding, inspecting (roles and
// findings) and the PEM features of the editor must give a clear answer, never throw, never hang.
// (certificates/decode.test.ts already covers one truncation, unseeded corruption of one certificate and a
// 10 MB file of 0x30 refused by size; this goes through every certificate and every entry point.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeCertificateFile, decodeCertificatesInText } from '../../server/src/core/certificates/decode';
import { toPem } from '../../server/src/core/certificates/pem';
import { MAX_PEM_BLOCKS_CHECKED, pemDocumentFindings, pemHoverAt } from '../../server/src/core/certificates/pemFeatures';
import { inspectCertificateFile } from '../../server/src/core/certificates/report';
import { EKU } from '../../server/src/core/certificates/oids';
import { NOW, contosoPki, makeCertificate } from '../../server/src/core/certificates/testing/certificates';
import { REPO_ROOT, assertRange, prng } from './corpus';

const OPTIONS = { now: NOW };

/** A message a person can act on: a sentence, not an exception's internals. */
function assertClearMessage(message: unknown, what: string): void {
  assert.equal(typeof message, 'string', `${what}: no message`);
  const text = message as string;
  assert.ok(text.trim().length >= 10, `${what}: message too short: ${JSON.stringify(text)}`);
  assert.doesNotMatch(text, /\bundefined\b|\bNaN\b|\[object |\n\s+at |TypeError|RangeError|ReferenceError|Cannot read propert/, `${what}: ${text}`);
}

function timed<T>(what: string, boundMs: number, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  assert.ok(elapsed <= boundMs, `${what} took ${elapsed.toFixed(0)} ms (bound ${boundMs} ms)`);
  return result;
}

/** Every entry point on one damaged input: no exception, certificates or a clear error, ranges inside the text. */
function checkBytes(bytes: Uint8Array, what: string, boundMs = 1000): void {
  const decoded = timed(`${what}: decode`, boundMs, () => decodeCertificateFile(bytes));
  if (decoded.certificates.length === 0) assertClearMessage(decoded.error, `${what}: decode`);
  for (const note of decoded.notes) assertClearMessage(note, `${what}: note`);
  const report = timed(`${what}: inspect`, boundMs, () => inspectCertificateFile(bytes, OPTIONS));
  if (report.certificates.length === 0) assertClearMessage(report.error, `${what}: inspect`);
  for (const certificate of report.certificates) {
    assert.equal(typeof certificate.subject.text, 'string', `${what}: subject`);
    assert.match(certificate.thumbprints.sha1, /^[0-9A-Fa-f]{40}$/, `${what}: thumbprint`);
  }
}

function checkText(text: string, what: string, boundMs = 1000): void {
  const decoded = timed(`${what}: decode text`, boundMs, () => decodeCertificatesInText(text));
  if (decoded.certificates.length === 0) assertClearMessage(decoded.error, `${what}: decode text`);
  const findings = timed(`${what}: PEM findings`, boundMs, () => pemDocumentFindings(text, OPTIONS));
  for (const finding of findings) {
    assertRange(finding.range, text.length, `${what}: ${finding.ruleId}`);
    assertClearMessage(finding.message, `${what}: ${finding.ruleId}`);
  }
  for (const offset of [0, 30, text.length >> 1, text.length]) {
    const hover = timed(`${what}: PEM hover`, boundMs, () => pemHoverAt(text, offset, OPTIONS));
    if (hover) {
      assertRange(hover.range, text.length, `${what}: hover`);
      assert.ok(hover.markdown.length > 0);
    }
  }
}

async function testCertificates(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const folder = path.join(REPO_ROOT, 'test', 'fixtures', 'certs');
  const files = fs
    .readdirSync(folder)
    .filter((file) => /\.(cer|crt|der|pem|p7b)$/i.test(file))
    .sort()
    .map((file) => ({ name: `fixtures/${file}`, bytes: new Uint8Array(fs.readFileSync(path.join(folder, file))) }));
  const pki = await contosoPki();
  const generated = Object.entries(pki).map(([name, made]) => ({ name: `contoso ${name}`, bytes: made.der }));
  const rsa = await makeCertificate({ subject: 'CN=rsa.contoso.com', key: 'rsa2048', eku: [EKU.serverAuth], san: [{ type: 'dns', value: 'rsa.contoso.com' }] });
  return [...files, ...generated, { name: 'rsa 2048', bytes: rsa.der }];
}

test('certificates: every test certificate truncated at every length class, as DER and as PEM', async () => {
  const certificates = await testCertificates();
  assert.ok(certificates.length >= 15, `${certificates.length} certificates`);
  let checked = 0;
  for (const { name, bytes } of certificates) {
    const step = Math.max(1, Math.floor(bytes.length / 60));
    const lengths = new Set<number>();
    for (let n = 0; n < bytes.length; n += step) lengths.add(n);
    for (let n = Math.max(0, bytes.length - 12); n < bytes.length; n++) lengths.add(n);
    for (const n of [1, 2, 3, 4, 5]) lengths.add(n);
    for (const n of lengths) {
      const cut = bytes.subarray(0, n);
      checkBytes(cut, `${name} cut to ${n} bytes`);
      checked++;
    }
    // Truncated inside the base64 of a PEM block, and with the END line lost.
    const pem = bytes[0] === 0x30 ? toPem(bytes) : Buffer.from(bytes).toString('latin1');
    for (const fraction of [0.1, 0.5, 0.9, 0.99]) {
      const text = pem.slice(0, Math.floor(pem.length * fraction));
      checkText(text, `${name} PEM cut at ${fraction}`);
      checkBytes(new TextEncoder().encode(text), `${name} PEM file cut at ${fraction}`);
    }
  }
  assert.ok(checked > 1000, `${checked} truncations`);
});

test('certificates: seeded bit flips and byte corruption of every test certificate', async () => {
  const certificates = await testCertificates();
  let checked = 0;
  certificates.forEach(({ name, bytes }, index) => {
    const random = prng(0xce47 + index);
    for (let i = 0; i < 120; i++) {
      const damaged = new Uint8Array(bytes);
      const flips = i < 80 ? 1 : 1 + Math.floor(random() * 8);
      const places: number[] = [];
      for (let f = 0; f < flips; f++) {
        const at = Math.floor(random() * damaged.length);
        places.push(at);
        if (i < 80) damaged[at] ^= 1 << Math.floor(random() * 8);
        else damaged[at] = Math.floor(random() * 256);
      }
      checkBytes(damaged, `${name} damaged at ${places.join(',')}`);
      if (i % 10 === 0 && damaged[0] === 0x30) checkText(toPem(damaged), `${name} damaged at ${places.join(',')} as PEM`);
      checked++;
    }
  });
  assert.ok(checked > 1500, `${checked} damaged certificates`);
});

test('certificates: seeded random bytes, random text and deeply nested DER', () => {
  const random = prng(0xb17e5);
  for (let i = 0; i < 300; i++) {
    const size = [1, 2, 3, 16, 100, 1000, 5000, 65536][i % 8];
    const bytes = new Uint8Array(size);
    for (let k = 0; k < size; k++) bytes[k] = Math.floor(random() * 256);
    if (i % 3 === 0) bytes[0] = 0x30; // through the DER path
    if (i % 5 === 0 && size > 4) bytes.set([0x30, 0x82, (size - 4) >> 8, (size - 4) & 255]); // with a plausible length
    checkBytes(bytes, `random ${size} bytes #${i}`);
    if (i % 4 === 0) {
      const text = Buffer.from(bytes).toString('base64');
      checkText(i % 8 === 0 ? `-----BEGIN CERTIFICATE-----\n${text}\n-----END CERTIFICATE-----\n` : text, `random base64 #${i}`);
    }
  }
  // SEQUENCE inside SEQUENCE, 20,000 levels deep, with correct lengths.
  let nested = new Uint8Array([0x05, 0x00]);
  for (let depth = 0; depth < 20_000; depth++) {
    const length = nested.length;
    const header = length < 128 ? [0x30, length] : length < 65536 ? [0x30, 0x82, length >> 8, length & 255] : [0x30, 0x83, length >> 16, (length >> 8) & 255, length & 255];
    const next = new Uint8Array(header.length + length);
    next.set(header);
    next.set(nested, header.length);
    nested = next;
  }
  checkBytes(nested, 'DER nested 20,000 deep', 5000);
  checkText(toPem(nested), 'PEM of DER nested 20,000 deep', 5000);
});

test('certificates: 10 MB inputs are answered quickly and clearly', async () => {
  const { vpnServer } = await contosoPki();
  const random = prng(10);
  const big = new Uint8Array(10 * 1024 * 1024);
  for (let k = 0; k < big.length; k += 4) {
    const value = Math.floor(random() * 4294967296);
    big[k] = value & 255;
    big[k + 1] = (value >> 8) & 255;
    big[k + 2] = (value >> 16) & 255;
    big[k + 3] = value >>> 24;
  }
  checkBytes(big, '10 MB of random bytes', 2000);
  big[0] = 0x30;
  checkBytes(big, '10 MB starting like DER', 2000);
  // Text of that size reaches the PEM scanner in the editor (a document is not a file: no size refusal there).
  const pemOfRandom = `-----BEGIN CERTIFICATE-----\n${Buffer.from(big.subarray(0, 7 * 1024 * 1024))
    .toString('base64')
    .replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
  checkText(pemOfRandom, '10 MB PEM block of random bytes', 10_000);
  const one = toPem(vpnServer.der);
  const manyBlocks = one.repeat(Math.ceil((10 * 1024 * 1024) / one.length));
  checkText(manyBlocks, `10 MB of ${Math.round(manyBlocks.length / one.length)} PEM certificates`, 5_000);
  // Bounded work: the decoder stops at 1,000 certificates, the editor checks the first 250 blocks and says so.
  const decoded = decodeCertificatesInText(manyBlocks);
  assert.equal(decoded.certificates.length, 1000);
  assert.ok(
    decoded.notes.some((note) => /^Only the first 1000 certificates were decoded/.test(note)),
    decoded.notes.join('\n'),
  );
  const limits = pemDocumentFindings(manyBlocks, OPTIONS).filter((f) => f.ruleId === 'aovpn/size-limit');
  assert.equal(limits.length, 1);
  assert.equal(limits[0].range.start, one.length * MAX_PEM_BLOCKS_CHECKED, 'on the first block not checked');
  checkText('-----BEGIN CERTIFICATE-----\n'.repeat(360_000), '10 MB of BEGIN lines', 10_000);
});
