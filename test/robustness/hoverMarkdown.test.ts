// Hovers, tooltips and completion documentation are Markdown; document text in them must render as text. Each
// crafted document below carries one payload (an image, links, raw HTML, bare URLs, a backtick to end a code span);
// the Markdown is rendered with markdown-it in its most permissive mode (raw HTML on, bare URLs linkified) and no
// link, image or element may come from the payload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import markdownit from 'markdown-it';
import { analyzeDocument } from '../../server/src/core/analysis';
import { hoverAt } from '../../server/src/core/features/hover';
import { codeHoverAt, explainMarkdown } from '../../server/src/core/codes';
import { decodeCertificate } from '../../server/src/core/certificates/decode';
import { resolveThumbprints, thumbprintCompletions } from '../../server/src/core/certificates/crossReference';
import { toPem } from '../../server/src/core/certificates/pem';
import { pemHoverAt } from '../../server/src/core/certificates/pemFeatures';
import { CertificateIndex } from '../../server/src/core/certificates/workspaceIndex';
import { CA_KEY_USAGE, NOW, makeCertificate } from '../../server/src/core/certificates/testing/certificates';

const HOST = 'evil.example';
/** What an attacker writes where text is free: a backtick to leave a code span, an image, a link, HTML, bare URLs. */
const PAYLOAD =
  `x\` ![t](https://${HOST}/i.png) [Click here](https://${HOST}/c) \`y ` +
  `<img src="https://${HOST}/h.png"> <a href='https://${HOST}/a'>a</a> <https://${HOST}/auto> ` +
  `https://${HOST}/bare www.${HOST} mail@${HOST} ${HOST} **bold** \u202Eevil`;
/** The payload inside a double-quoted XML attribute value or element text. */
const XML_PAYLOAD = PAYLOAD.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const markdown = markdownit({ html: true, linkify: true });

/** Renders `source` and checks that nothing in the HTML links to, loads from or is markup from the payload. */
function assertRendersAsText(source: string, what: string): string {
  const html = markdown.render(source);
  assert.doesNotMatch(html, /<img\b/i, `${what}: an image in\n${html}`);
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    assert.ok(!tag.includes(HOST), `${what}: a tag made from the payload: ${tag}\n${html}`);
    assert.match(tag, /^<\/?(p|code|strong|em|a|ul|ol|li|hr|br|h\d)\b[^>]*>$/, `${what}: an unexpected element ${tag}`);
  }
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) assert.match(href, /^https:\/\/(learn\.microsoft\.com|datatracker\.ietf\.org)\//, `${what}: link to ${href}`);
  assert.doesNotMatch(html, /\u202E/, `${what}: the right-to-left override is shown escaped`);
  return html;
}

/** The rendered text without tags and with the entities markdown-it writes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const EAP_DOCUMENT = (typeNamespace: string) => `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
  <EapMethod>
    <Type xmlns="${typeNamespace}">25</Type>
    <VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId>
    <VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType>
    <AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId>
  </EapMethod>
</EapHostConfig>`;

test('hover markdown: an xmlns value renders as text, in both namespace hovers', () => {
  for (const namespace of [XML_PAYLOAD, `https://www.microsoft.com/provisioning/${XML_PAYLOAD}`]) {
    const text = EAP_DOCUMENT(namespace);
    const hover = hoverAt(analyzeDocument(text), text.indexOf('xmlns="', text.indexOf('<Type')) + 2);
    assert.ok(hover, 'the xmlns attribute hovers');
    const html = assertRendersAsText(hover.markdown, 'xmlns');
    assert.ok(textOf(html).includes(`[Click here](https://${HOST}/c)`), 'the payload is shown, as text');
  }
});

test('hover markdown: element text in ProfileXML renders as text', () => {
  const text = `<VPNProfile>
  <DnsSuffix>${XML_PAYLOAD}</DnsSuffix>
  <NativeProfile>
    <Servers>${XML_PAYLOAD}</Servers>
    <RoutingPolicyType>${XML_PAYLOAD}</RoutingPolicyType>
  </NativeProfile>
</VPNProfile>`;
  const analysis = analyzeDocument(text);
  let hovers = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const hover = hoverAt(analysis, offset);
    if (!hover) continue;
    hovers++;
    assertRendersAsText(hover.markdown, `offset ${offset}`);
  }
  assert.ok(hovers > 0);
});

test('hover markdown: NPS log fields (the User-Name a remote client chooses) render as text', () => {
  const csv = `"${PAYLOAD.replace(/"/g, '""')}"`;
  const database = `"NPS01","IAS",01/22/2025,08:02:11,3,${csv},"CORP\\alice","203.0.113.10","198.51.100.23",,,"VPN01","10.20.0.5",1,0,"10.20.0.5","VPN01",,,5,,1,2,11,${csv},258,,,,,`;
  const ias = `10.20.0.5,${csv},01/22/2025,08:02:11,IAS,NPS01,4136,3,4142,258,1,${csv},4149,${csv}`;
  const dts = `<Event><User-Name data_type="1">${XML_PAYLOAD.replace(/</g, '&lt;')}</User-Name><Packet-Type data_type="0">3</Packet-Type></Event>`;
  for (const [format, line] of [
    ['database', database],
    ['ias', ias],
    ['dts', dts],
  ]) {
    const at = line.indexOf(format === 'dts' ? 'x`' : 'Click here');
    const hover = codeHoverAt(line, at);
    assert.ok(hover, `${format}: the field hovers`);
    const html = assertRendersAsText(hover.markdown, format);
    if (format !== 'dts') assert.ok(textOf(html).includes(`[Click here](https://${HOST}/c)`), `${format}: the value is shown, as text`);
  }
});

test('hover markdown: the event source of pasted event text renders as text', () => {
  const text = `Source: ${PAYLOAD}\nEvent ID: 65000\nThe connection failed.`;
  const hover = codeHoverAt(text, text.indexOf('65000') + 1);
  assert.ok(hover);
  const html = assertRendersAsText(hover.markdown, 'event source');
  assert.ok(textOf(html).includes('![t](https://'), 'the source is shown, as text');
});

test('hover markdown: certificate subjects, issuers and file names in PEM hovers, thumbprint hovers and completions', async () => {
  const ca = await makeCertificate({ subject: [{ CN: [{ utf8String: `${PAYLOAD} CA` }] }, { O: [{ utf8String: PAYLOAD }] }], ca: true, keyUsage: CA_KEY_USAGE });
  const leaf = await makeCertificate({ subject: [{ CN: [{ utf8String: PAYLOAD }] }], issuer: ca, san: [{ type: 'dns', value: `www.${HOST}` }] });
  const text = `Certificates:\n${toPem(leaf.der)}\n${toPem(ca.der)}`;
  for (const block of [text.indexOf('-----BEGIN') + 40, text.lastIndexOf('-----BEGIN') + 40]) {
    const hover = pemHoverAt(text, block, { now: NOW });
    assert.ok(hover);
    const html = assertRendersAsText(hover.markdown, 'PEM hover');
    assert.ok(textOf(html).includes('[Click here](https://'), 'the subject is shown, as text');
  }
  const root = decodeCertificate(ca.der);
  const index = new CertificateIndex();
  index.setFile(`file:///ws/${PAYLOAD}.cer`, [{ ...root, index: 0 }]);
  const [resolved] = resolveThumbprints([{ text: root.thumbprints.sha1Eap, element: 'TrustedRootCA', range: { start: 0, end: 60 } }], index, { now: NOW });
  assertRendersAsText(resolved.hover, 'thumbprint hover and inlay tooltip');
  assert.ok(!/[\u202E]/.test(resolved.inlayLabel ?? ''), 'the inlay label shows the override escaped');
  const [completion] = thumbprintCompletions(index, 'TrustedRootCA', { now: NOW });
  assertRendersAsText(completion.documentation, 'completion documentation');
});

test('hover markdown: "Explain Error Code…" quotes what was typed as text', () => {
  for (const query of [PAYLOAD, `event:${PAYLOAD}`, '0x7FFFFFFF', '`12`']) assertRendersAsText(explainMarkdown(query), `explain ${query}`);
});
