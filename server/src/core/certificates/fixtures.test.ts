// The committed fixtures in test/fixtures/certs/ still match their manifest and stay valid for decades.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { inspectCertificateFile } from './report';

const DIR = path.resolve(__dirname, '../../../../../test/fixtures/certs');

interface Manifest {
  files: { file: string; errors: string[]; certificates: { subject: string; sha1: string; sha1Eap: string; notAfter: string }[] }[];
}

test('fixtures: each file decodes to the certificates its manifest lists, with the expected errors', () => {
  const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Manifest;
  const now = new Date();
  for (const entry of manifest.files) {
    const report = inspectCertificateFile(new Uint8Array(readFileSync(path.join(DIR, entry.file))), { now });
    assert.equal(report.error, undefined, entry.file);
    assert.deepEqual(
      report.certificates.map((cert) => ({ subject: cert.subject.text, sha1: cert.thumbprints.sha1, sha1Eap: cert.thumbprints.sha1Eap, notAfter: cert.notAfter })),
      entry.certificates,
      entry.file,
    );
    const errors = report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId);
    assert.deepEqual(errors, entry.errors, entry.file);
    if (!entry.errors.includes('cert/expired')) {
      for (const cert of report.certificates) assert.ok(Date.parse(cert.notAfter) - now.getTime() > 10 * 365 * 24 * 3600 * 1000, `${entry.file} stays valid`);
    }
  }
});

test('fixtures: the non-certificate file is refused with a message', () => {
  const report = inspectCertificateFile(new Uint8Array(readFileSync(path.join(DIR, 'not-a-certificate.cer'))), { now: new Date() });
  assert.match(report.error!, /not a DER-encoded certificate/);
});
