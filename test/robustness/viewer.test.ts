// The certificate viewer renders hostile certificates inert. client/src/certificates/certificateView.test.ts covers
// subject CN/O/OU, SANs, CDP/AIA, the template name, notes and findings; this adds every other name attribute the
// decoder knows (and an unknown one) in both subject and issuer, and decoder error messages that quote the
// damaged input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderCertificateReport } from '../../client/src/certificates/certificateView';
import { NAME_ATTRIBUTES } from '../../server/src/core/certificates/oids';
import { toPem } from '../../server/src/core/certificates/pem';
import { inspectCertificateFile } from '../../server/src/core/certificates/report';
import { CA_KEY_USAGE, NOW, makeCertificate } from '../../server/src/core/certificates/testing/certificates';

const OPTIONS = { nonce: 'cm9idXN0bmVzcw==', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' };
const PAYLOADS = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(2)>`,
  `'><svg onload=alert(3)>`,
  `</td></tr></table><iframe src="javascript:alert(4)">`,
  `<a href="javascript:alert(5)">x</a>`,
  `<style>*{display:none}</style>`,
];

/** Everything that looks like a tag is one the renderer writes itself, without handlers, scripts or foreign links. */
function assertInert(page: string, what: string): void {
  assert.doesNotMatch(page, /<\s*(script|iframe|img|svg|object|embed|form|input|base|link)\b/i, `${what}: a foreign element`);
  assert.doesNotMatch(page, /<[^>]*\son[a-z]+\s*=/i, `${what}: an event handler attribute`);
  assert.doesNotMatch(page, /(href|src)\s*=\s*["']?\s*javascript:/i, `${what}: a javascript: link`);
  assert.equal((page.match(/<style\b/gi) ?? []).length, 1, `${what}: one style element, the renderer's`);
  assert.match(page, new RegExp(`<style nonce="${OPTIONS.nonce}">`), `${what}: the style carries the nonce`);
  for (const payload of PAYLOADS) assert.ok(!page.includes(payload), `${what}: ${payload} appears unescaped`);
}

test('viewer: every name attribute of subject and issuer holding HTML is shown as text', async () => {
  const attributes = [...Object.keys(NAME_ATTRIBUTES), '1.2.3.4.5'];
  const name = (suffix: string) => attributes.map((oid, i) => ({ [oid]: [{ utf8String: `${PAYLOADS[i % PAYLOADS.length]}${suffix}` }] }));
  const issuer = await makeCertificate({ subject: name(' CA'), ca: true, keyUsage: CA_KEY_USAGE });
  const leaf = await makeCertificate({ subject: name(''), issuer });
  const report = inspectCertificateFile(leaf.der, { now: NOW, fileName: `${PAYLOADS[0]}.cer` });
  assert.equal(report.certificates.length, 1);
  const subject = report.certificates[0].subject;
  assert.equal(subject.attributes.length, attributes.length, 'every attribute was decoded');
  for (const attribute of subject.attributes) assert.ok(PAYLOADS.some((p) => attribute.value.startsWith(p)), `${attribute.type}: ${attribute.value}`);
  const page = renderCertificateReport(report, OPTIONS);
  assertInert(page, 'hostile names');
  // The values are there, escaped.
  assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(page.includes('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;'));
});

test('viewer: decoder messages quoting damaged input are shown as text', async () => {
  const leaf = await makeCertificate({ subject: 'CN=vpn.contoso.com' });
  const pem = toPem(leaf.der);
  const damaged = [
    pem.replace(/^(.{10})/m, '$1<script>alert(1)</script>'),
    pem.replace('\n', `\n"><img src=x onerror=alert(2)>\n`),
    `-----BEGIN CERTIFICATE-----\n${PAYLOADS.join('')}\n-----END CERTIFICATE-----\n`,
    `${PAYLOADS.join('\n')}\n${pem.slice(0, 80)}`,
  ];
  for (const [i, text] of damaged.entries()) {
    const report = inspectCertificateFile(new TextEncoder().encode(text), { now: NOW, fileName: `damaged-${i}.pem` });
    assert.equal(report.certificates.length, 0, `case ${i} is unreadable`);
    assert.ok(report.error, `case ${i} has a message`);
    assertInert(renderCertificateReport(report, OPTIONS), `damaged case ${i}: ${report.error}`);
  }
});
