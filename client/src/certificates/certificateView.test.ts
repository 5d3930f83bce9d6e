import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from '../../../server/src/core/certificates/decode';
import { EKU } from '../../../server/src/core/certificates/oids';
import { inspectCertificateFile, type CertificateFileReport } from '../../../server/src/core/certificates/report';
import { CA_KEY_USAGE, NOW, contosoPki, makeCertificate, rawExtension, toPkcs7 } from '../../../server/src/core/certificates/testing/certificates';
import { escapeHtml, html, renderCertificateReport, renderMessagePage } from './certificateView';

const OPTIONS = { nonce: 'dGVzdG5vbmNl', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' };
const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'nav', 'section', 'article', 'div', 'p', 'h1', 'h2', 'h3', 'h4',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'span', 'bdi', 'strong', 'code', 'a', 'details', 'summary', 'table', 'caption', 'tbody', 'tr', 'th', 'td',
]);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'class', 'id', 'href', 'title', 'role', 'aria-label', 'aria-hidden', 'scope', 'colspan', 'open']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>/g;

/** Every `<` in the page opens one of the renderer's own tags, with only its own attributes: nothing was injected. */
function assertOnlyOwnMarkup(page: string): void {
  const body = page.replace(/^<!DOCTYPE html>/, '');
  let tags = 0;
  for (const match of body.matchAll(TAG)) {
    tags++;
    assert.ok(ALLOWED_TAGS.has(match[2]), `unexpected tag <${match[2]}>`);
    for (const attribute of match[3].matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) {
      assert.ok(ALLOWED_ATTRIBUTES.has(attribute[1]), `unexpected attribute ${attribute[1]} on <${match[2]}>`);
      if (attribute[1] === 'href') assert.match(attribute[2], /^(https:\/\/|#cert-\d+$)/, `href ${attribute[2]}`);
    }
  }
  assert.equal((body.match(/</g) ?? []).length, tags, 'every < belongs to a tag of the renderer');
}

const EVIL = `<script>alert("x")</script><img src=x onerror='alert(1)'>&amp;"`;

async function hostileReport(): Promise<CertificateFileReport> {
  const bmp = (text: string) => {
    const body = Buffer.from(text, 'utf16le').swap16();
    return `1e${body.length.toString(16).padStart(2, '0')}${body.toString('hex')}`;
  };
  const ca = await makeCertificate({ subject: [{ CN: [{ utf8String: `${EVIL} CA` }] }], ca: true, keyUsage: CA_KEY_USAGE });
  const leaf = await makeCertificate({
    subject: [{ O: [{ utf8String: EVIL }] }, { OU: [{ utf8String: EVIL }] }, { CN: [{ utf8String: EVIL }] }],
    issuer: ca,
    eku: [EKU.serverAuth, '1.2.3.4'],
    san: [
      { type: 'dns', value: '<script>dns</script>' },
      { type: 'email', value: '"><script>mail</script>@x' },
      { type: 'upn', value: `${EVIL}@contoso.com` },
      { type: 'url', value: 'javascript:alert("uri")//<script>' },
    ],
    cdp: ['http://x/"><script>cdp</script>'],
    ocsp: ['javascript:alert(1)'],
    caIssuers: ["http://x/'><script>aia</script>"],
    notAfter: new Date('2025-06-10T00:00:00Z'),
    extensions: [rawExtension('1.3.6.1.4.1.311.20.2', bmp('<script>template</script>')), rawExtension('2.5.29.17.99', '30ff00')],
  });
  const report = inspectCertificateFile(toPkcs7([leaf]), {
    now: NOW,
    fileName: `${EVIL}.p7b`,
    known: [{ certificate: decodeCertificate(ca.der), uri: `file:///ws/${encodeURIComponent('<script>')}"evil'.cer` }],
  });
  // Everything else that reaches the page: notes and finding texts and links.
  return {
    ...report,
    notes: [`Note ${EVIL}`],
    findings: report.findings,
    assessments: report.assessments.map((assessment) => ({
      ...assessment,
      findings: [...assessment.findings, { ruleId: `cert/${EVIL}`, severity: 'warning', message: EVIL, docUrl: 'javascript:alert(1)', certificate: 0 }],
      verdicts: assessment.verdicts.map((verdict) => ({ ...verdict, label: EVIL, passed: [EVIL], reminders: [EVIL] })),
    })),
  };
}

test('viewer: a hostile certificate renders as text only (nothing unescaped, no script, no foreign links)', async () => {
  const report = await hostileReport();
  assert.equal(report.certificates.length, 1);
  const page = renderCertificateReport(report, OPTIONS);
  assertOnlyOwnMarkup(page);
  assert.doesNotMatch(page, /<script/i);
  assert.doesNotMatch(page, /href="javascript:/i);
  // The hostile values are shown, escaped.
  const escaped = escapeHtml(EVIL);
  assert.ok(page.includes(`<td><bdi>${escaped}</bdi></td>`), 'subject common name');
  assert.ok(page.includes(`<td><bdi>${escaped} CA</bdi></td>`), 'issuer common name');
  assert.ok(page.includes('&lt;script&gt;dns&lt;/script&gt;'), 'SAN DNS');
  assert.ok(page.includes('&lt;script&gt;template&lt;/script&gt;'), 'template name');
  assert.ok(page.includes('http://x/&quot;&gt;&lt;script&gt;cdp&lt;/script&gt;'), 'CDP');
  assert.ok(page.includes('&lt;script&gt;aia&lt;/script&gt;'), 'AIA');
  assert.ok(page.includes(`Note ${escaped}`), 'notes');
  assert.ok(page.includes(`<title>${escaped}.p7b</title>`), 'title');
});

test('viewer: strict Content Security Policy, no script, styles only with the nonce', async () => {
  const { vpnServer } = await contosoPki();
  const page = renderCertificateReport(inspectCertificateFile(vpnServer.der, { now: NOW, fileName: 'vpn.cer' }), OPTIONS);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];
  assert.match(csp, /^default-src 'none'; /);
  assert.match(csp, /style-src 'nonce-dGVzdG5vbmNl'/);
  assert.doesNotMatch(csp, /script-src|unsafe-inline|unsafe-eval/);
  assert.match(page, /<style nonce="dGVzdG5vbmNl">/);
  assert.doesNotMatch(page, /<script|\son[a-z]+=/i);
  assertOnlyOwnMarkup(page);
  // A nonce or source that could break out of the policy is neutralised.
  const sneaky = renderMessagePage('t', 'm', { nonce: `x' 'unsafe-inline`, cspSource: `* 'unsafe-eval'` });
  assert.doesNotMatch(sneaky, /unsafe/);
});

test('viewer: the page is organised like the Windows dialog, verdicts first, then details and the chain', async () => {
  const { root, issuing, vpnServer } = await contosoPki();
  const page = renderCertificateReport(inspectCertificateFile(toPkcs7([root, issuing, vpnServer]), { now: NOW, fileName: 'chain.p7b' }), OPTIONS);
  assertOnlyOwnMarkup(page);
  assert.match(page, /3 certificates · PKCS#7 bundle · judged on 2025-06-01/);
  const leaf = page.slice(page.indexOf('id="cert-2"'));
  const order = ['Thumbprint (SHA-1)', 'In EAP XML', 'Always On VPN roles', 'IKEv2 VPN server', 'Ready', 'Certification path', 'Details'].map((text) => leaf.indexOf(text));
  assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])), JSON.stringify(order));
  const cert = decodeCertificate(vpnServer.der);
  assert.ok(leaf.includes(`<code class="copy">${cert.thumbprints.sha1Eap}</code>`));
  assert.match(page, /<a href="#cert-0"><bdi>Contoso Root CA<\/bdi><\/a>/);
});

test('viewer: an unreadable file shows the decoder message', () => {
  const page = renderCertificateReport(inspectCertificateFile(new Uint8Array([1, 2, 3]), { now: NOW, fileName: 'bad.cer' }), OPTIONS);
  assertOnlyOwnMarkup(page);
  assert.match(page, /This file cannot be shown as a certificate/);
  assert.match(page, /binary data but not a DER-encoded certificate/);
});

test('viewer: the html tag escapes interpolations unless they are Html', () => {
  assert.equal(html`<p>${'<b>'}${html`<i>ok</i>`}${['&', 1]}${undefined}</p>`.value, '<p>&lt;b&gt;<i>ok</i>&amp;1</p>');
  assert.equal(escapeHtml(`'"<>&`), '&#39;&quot;&lt;&gt;&amp;');
});
