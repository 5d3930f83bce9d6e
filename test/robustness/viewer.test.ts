// The certificate viewer renders hostile certificates inert. client/src/certificates/certificateView.test.ts covers
// subject CN/O/OU, SANs, CDP/AIA, the template name, notes and findings; this adds every other name attribute the
// decoder knows (and an unknown one) in both subject and issuer, and decoder error messages that quote the
// damaged input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JUDGE_AS_COMMAND, PICKER_ROLES, renderCertificateReport } from '../../client/src/certificates/certificateView';
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
  for (const attribute of subject.attributes)
    assert.ok(
      PAYLOADS.some((p) => attribute.value.startsWith(p)),
      `${attribute.type}: ${attribute.value}`,
    );
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

test('viewer: a right-to-left override in a name is shown as an escape, inside an isolated name', async () => {
  const override = 'vpn\u202Egnp.exe';
  const issuer = await makeCertificate({ subject: [{ CN: [{ utf8String: `Root\u2067 CA\u200B` }] }], ca: true, keyUsage: CA_KEY_USAGE });
  const leaf = await makeCertificate({
    subject: [{ O: [{ utf8String: 'Contoso\x1b[2J' }] }, { CN: [{ utf8String: override }] }],
    issuer,
    san: [{ type: 'upn', value: `alice\u202E@contoso.com` }],
  });
  const report = inspectCertificateFile(leaf.der, { now: NOW, fileName: `cert\u202Erec.exe` });
  assert.equal(report.certificates[0].subject.attributes.find((a) => a.type === 'CN')?.value, override, 'the decoder keeps the exact name');
  const page = renderCertificateReport(report, OPTIONS);
  assertInert(page, 'bidi names');
  // No control, bidirectional or invisible character reaches the page; the HTML's own line breaks aside.
  assert.doesNotMatch(page, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u);
  const escape = (code: string) => `<span class="escape">\\u${code}</span>`;
  // The name is isolated wherever it appears: heading, facts, name table.
  const name = `<bdi>vpn${escape('202e')}gnp.exe</bdi>`;
  assert.ok(page.includes(`<h2>${name} <span`), 'heading');
  assert.ok(page.includes(`<td>${name}</td>`), 'subject table');
  assert.ok(page.includes(`<dd><bdi>CN=vpn${escape('202e')}gnp.exe, O=Contoso<span class="escape">\\x1b</span>[2J</bdi></dd>`), 'subject line');
  assert.ok(page.includes(`<bdi>Root${escape('2067')} CA${escape('200b')}</bdi>`), 'issuer');
  assert.ok(page.includes(`<bdi>alice${escape('202e')}@contoso.com</bdi>`), 'UPN');
  assert.ok(page.includes(`<h1><bdi>cert${escape('202e')}rec.exe</bdi></h1>`), 'file name');
  assert.ok(page.includes('<title>cert\\u202erec.exe</title>'), 'window title');
  // Every escape sits inside an isolated name.
  const outside = page.replace(/<bdi>.*?<\/bdi>/gs, '');
  assert.doesNotMatch(outside, /class="escape"/);
});

test('viewer: the role picker carries a hostile document URI only percent-encoded, in links to our one command', async () => {
  const leaf = await makeCertificate({ subject: 'CN=nps1.corp.contoso.com', eku: ['1.3.6.1.5.5.7.3.1'], san: [{ type: 'dns', value: 'nps1.corp.contoso.com' }] });
  for (const payload of [...PAYLOADS, 'vpn\u202Egnp.cer', '" onclick="alert(1)', "' onmouseover='alert(1)"]) {
    const uri = `file:///ws/${payload}`;
    const page = renderCertificateReport(inspectCertificateFile(leaf.der, { now: NOW, fileName: 'nps.cer' }), { ...OPTIONS, rolePicker: { uri, role: 'auto' } });
    assertInert(page, `picker URI ${payload}`);
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    const commands = hrefs.filter((href) => href.startsWith('command:'));
    assert.equal(commands.length, PICKER_ROLES.length - 1, 'one link per role but the current one');
    for (const href of commands) {
      assert.match(href, new RegExp(`^command:${JUDGE_AS_COMMAND.replace(/\./g, '\\.')}\\?[A-Za-z0-9%_.!~*()-]+$`), href);
      const [target] = JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1))) as [string, string];
      assert.equal(target, uri, 'the URI comes back exactly');
    }
    assert.ok(
      hrefs.every((href) => href.startsWith('command:') || href.startsWith('https://') || href.startsWith('#cert-')),
      hrefs.join(' '),
    );
  }
});
