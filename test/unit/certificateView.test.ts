// The certificate viewer's HTML (client/src/certificates/certificateView.ts, pure): safety, layout, verdict badge, role picker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from '../../server/src/core/certificates/decode';
import { EKU } from '../../server/src/core/certificates/oids';
import { inspectCertificateFile, type CertificateFileReport } from '../../server/src/core/certificates/report';
import { CA_KEY_USAGE, NOW, USER_SID, contosoPki, makeCertificate, makeLeaf, rawExtension, toPkcs7 } from '../../server/src/core/certificates/testing/certificates';
import { JUDGE_AS_COMMAND, escapeHtml, html, renderCertificateReport, renderMessagePage } from '../../client/src/certificates/certificateView';

const OPTIONS = { nonce: 'dGVzdG5vbmNl', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' };
const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'header',
  'nav',
  'section',
  'article',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'span',
  'bdi',
  'strong',
  'code',
  'a',
  'details',
  'summary',
  'table',
  'caption',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'nonce',
  'class',
  'id',
  'href',
  'title',
  'role',
  'aria-label',
  'aria-hidden',
  'aria-current',
  'scope',
  'colspan',
  'open',
]);
/** The role picker's links: our one command with JSON arguments, percent-encoded. */
const PICKER_HREF = new RegExp(`^command:${JUDGE_AS_COMMAND.replace(/\./g, '\\.')}\\?[A-Za-z0-9%_.!~*()-]+$`);
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
      if (attribute[1] === 'href') assert.ok(/^(https:\/\/|#cert-\d+$)/.test(attribute[2]) || PICKER_HREF.test(attribute[2]), `href ${attribute[2]}`);
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
  assert.match(leaf, /<h2>3\. <bdi>vpn\.contoso\.com<\/bdi> <span class="badge pass">✔ Ready as IKEv2 VPN server<\/span><\/h2>/);
  const order = ['Thumbprint (SHA-1)', 'In EAP XML', 'Always On VPN roles', '</span> IKEv2 VPN server <span class="status pass">Ready', 'Certification path', 'Details'].map((text) =>
    leaf.indexOf(text),
  );
  assert.ok(
    order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])),
    JSON.stringify(order),
  );
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

/** The visible text of a page: tags dropped, entities decoded, white space collapsed (as the e2e tests read it). */
function visibleText(page: string): string {
  return page
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

test('viewer: the badge states the verdict for the likely roles; other roles are named without their findings', async () => {
  const { npsServer } = await contosoPki();
  const page = renderCertificateReport(inspectCertificateFile(npsServer.der, { now: NOW, fileName: 'nps.cer' }), OPTIONS);
  assertOnlyOwnMarkup(page);
  assert.match(page, /<h2><bdi>nps1\.corp\.contoso\.com<\/bdi> <span class="badge pass">✔ Ready as NPS server or SSTP VPN server<\/span><\/h2>/);
  const text = visibleText(page);
  assert.match(text, /Judged for the roles it most likely plays\. Why these roles Server Authentication without IP security IKE intermediate/);
  assert.match(text, /It could also serve as IKEv2 VPN server, Device: not judged here; choose the role above to see its findings\./);
  assert.doesNotMatch(page, /ikev2-server-missing-ike-intermediate-eku/, 'no IKEv2 warning when not judged as IKEv2');
  assert.doesNotMatch(page, /class="badge valid"/, 'no validity badge above the verdict');
});

test("viewer: judged as a chosen role, the badge and the findings are that role's, and the likely roles are still named", async () => {
  const { npsServer } = await contosoPki();
  const report = inspectCertificateFile(npsServer.der, { now: NOW, fileName: 'nps.cer', role: 'vpn-server' });
  const page = renderCertificateReport(report, OPTIONS);
  assertOnlyOwnMarkup(page);
  assert.match(page, /<span class="badge warning">⚠ Works, with warnings as IKEv2 VPN server<\/span>/);
  const text = visibleText(page);
  assert.match(text, /Judged as the role you chose\. Most likely it is: NPS server or SSTP VPN server\./);
  assert.match(text, /Warning The certificate has Server Authentication but not IP security IKE intermediate/);
  assert.doesNotMatch(text, /could also serve/);
});

test('viewer: a certificate that will fail never shows a reassuring badge', async () => {
  const expired = await makeLeaf({
    subject: 'CN=nps2.corp.contoso.com',
    eku: ['1.3.6.1.5.5.7.3.1'],
    san: [{ type: 'dns', value: 'nps2.corp.contoso.com' }],
    notAfter: new Date('2025-01-01T00:00:00Z'),
  });
  const page = renderCertificateReport(inspectCertificateFile(expired.der, { now: NOW, fileName: 'old.cer' }), OPTIONS);
  assert.match(page, /<span class="badge fail">✖ Will fail as NPS server or SSTP VPN server<\/span>/);
  assert.doesNotMatch(page, /class="badge pass"/);
  const warn = await makeLeaf({ subject: 'CN=Alice', eku: ['1.3.6.1.5.5.7.3.2'], san: [{ type: 'upn', value: 'alice@contoso.com' }] });
  // No SID: a warning for the user role (strong mapping).
  assert.match(renderCertificateReport(inspectCertificateFile(warn.der, { now: NOW }), OPTIONS), /<span class="badge warning">⚠ Works, with warnings as User<\/span>/);
  const code = await makeLeaf({ subject: 'CN=Code', eku: ['1.3.6.1.5.5.7.3.3'] });
  assert.match(renderCertificateReport(inspectCertificateFile(code.der, { now: NOW }), OPTIONS), /<span class="badge none">No Always On VPN role<\/span>/);
});

test('viewer: the role picker links run only our command, with the document and the role as arguments', async () => {
  const { npsServer, root, issuing } = await contosoPki();
  const uri = `file:///ws/${encodeURIComponent('<b>"nps\'s".cer')}`;
  const page = renderCertificateReport(inspectCertificateFile(npsServer.der, { now: NOW, fileName: 'nps.cer', role: 'vpn-server' }), { ...OPTIONS, rolePicker: { uri, role: 'vpn-server' } });
  assertOnlyOwnMarkup(page);
  const links = [...page.matchAll(/<a class="role" href="command:aovpn\.judgeCertificateAs\?([^"]+)">([^<]+)<\/a>/g)].map((match) => ({
    args: JSON.parse(decodeURIComponent(match[1])) as unknown,
    label: match[2],
  }));
  assert.deepEqual(links, [
    { args: [uri, 'auto'], label: 'Most likely role' },
    { args: [uri, 'sstp-server'], label: 'SSTP VPN server' },
    { args: [uri, 'nps-server'], label: 'NPS server' },
    { args: [uri, 'user'], label: 'User' },
    { args: [uri, 'device'], label: 'Device' },
    { args: [uri, 'ca'], label: 'CA' },
  ]);
  assert.match(page, /<strong class="role current" aria-current="true">IKEv2 VPN server<\/strong>/);
  // A chain says the chosen role is for its end certificate; without the option there is no picker.
  const chain = renderCertificateReport(inspectCertificateFile(toPkcs7([root, issuing, npsServer]), { now: NOW }), { ...OPTIONS, rolePicker: { uri, role: 'auto' } });
  assert.match(chain, /the CAs that issued the others keep their CA roles/);
  assert.doesNotMatch(renderCertificateReport(inspectCertificateFile(npsServer.der, { now: NOW }), OPTIONS), /<nav class="role-picker"/);
  assert.doesNotMatch(renderCertificateReport(inspectCertificateFile(new Uint8Array([1, 2]), { now: NOW }), { ...OPTIONS, rolePicker: { uri, role: 'auto' } }), /<nav class="role-picker"/);
});

test('viewer: the account SID for strong mapping is decoded in the details', async () => {
  const { user, device } = await contosoPki();
  const page = renderCertificateReport(inspectCertificateFile(user.der, { now: NOW }), OPTIONS);
  assert.ok(page.includes(`<tr><th scope="row">Account SID (strong mapping)</th><td><code>${USER_SID}</code> · SID extension (1.3.6.1.4.1.311.25.2)</td></tr>`));
  assert.match(renderCertificateReport(inspectCertificateFile(device.der, { now: NOW }), OPTIONS), /Account SID \(strong mapping\)<\/th><td>none \(no SID extension, no SAN URL tag\)/);
});
