// Explain links through the real server: a client that says it runs "Explain Error Code…" from Markdown links
// (initializationOptions.environment.explainLinks, the VS Code client) gets hovers and explanations with command
// links; any other client gets the text without them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, positionOf } from './harness';

const TEXT = 'RasClient 20227: The user CONTOSO\\pat dialed a connection named VPN which has failed. The error code returned on failure is 853.\n';
const URI = 'file:///logs/rasclient.txt';
const LINK_853 = `[Explain RAS/RRAS error 853](command:aovpn.explainErrorCode?${encodeURIComponent('["ras:853"]')})`;

let vscodeLike: LspTestClient;
let other: LspTestClient;

before(async () => {
  [vscodeLike, other] = await Promise.all([LspTestClient.start({ environment: { explainLinks: true } }), LspTestClient.start()]);
  await Promise.all([vscodeLike.open(URI, TEXT, 'plaintext'), other.open(URI, TEXT, 'plaintext')]);
});

after(async () => {
  await Promise.all([vscodeLike.shutdown(), other.shutdown()]);
});

test('the hover on 853 offers the command when the client runs command links, and not otherwise', async () => {
  const position = positionOf(TEXT, 'is 853', 4);
  const linked = await vscodeLike.hover(URI, position);
  assert.ok(linked?.contents.value.includes(LINK_853), linked?.contents.value);
  const plain = await other.hover(URI, position);
  assert.match(plain?.contents.value ?? '', /ERROR_EAP_USER_CERT_INVALID/);
  assert.doesNotMatch(plain?.contents.value ?? '', /command:/);
});

test('aovpn/explainCode links the related codes for that client only', async () => {
  const linked = await vscodeLike.request<{ markdown: string }>('aovpn/explainCode', { query: '853' });
  assert.ok(linked.markdown.includes(`(command:aovpn.explainErrorCode?${encodeURIComponent('["nps-reason:258"]')})`), linked.markdown);
  const plain = await other.request<{ markdown: string }>('aovpn/explainCode', { query: '853' });
  assert.doesNotMatch(plain.markdown, /command:/);
});
