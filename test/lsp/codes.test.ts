// Error codes, reason codes and NPS log fields through the real server: hover, inlay hints, explain request.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspTestClient, REPO_ROOT, positionOf } from './harness';

const LOGS = path.join(REPO_ROOT, 'test', 'fixtures', 'logs');
const read = (name: string) => fs.readFileSync(path.join(LOGS, name), 'utf8');

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start({ settings: { codes: { inlayHints: true } } });
});
after(async () => {
  await client.shutdown();
});

async function hoverText(uri: string, text: string, languageId: string, needle: string, delta = 0, occurrence = 0): Promise<string> {
  await client.open(uri, text, languageId);
  const hover = await client.hover(uri, positionOf(text, needle, delta, occurrence));
  assert.ok(hover, `no hover at ${needle}`);
  return hover.contents.value;
}

test('RasClient event text: the failure code 853 is explained with what to check', async () => {
  const text = read('rasclient-events.txt');
  const markdown = await hoverText('file:///logs/rasclient-events.txt', text, 'plaintext', 'is 853', 3);
  assert.match(markdown, /ERROR_EAP_USER_CERT_INVALID/);
  assert.match(markdown, /NTAuth/);
  assert.match(markdown, /258/);
});

test('NPS event text: Reason Code 258 is the revocation failure', async () => {
  const text = read('nps-security-events.txt');
  const markdown = await hoverText('file:///logs/nps-security-events.txt', text, 'log', '258', 1);
  assert.match(markdown, /revocation/i);
  assert.match(markdown, /IgnoreNoRevocationCheck/);
});

test('NPS database-format log: hovering a field names its column and decodes it', async () => {
  const text = read('IN2501.log');
  const line = text.split('\n')[1];
  const reasonColumnOffset = text.indexOf(line) + line.indexOf(',258,') + 2;
  const uri = 'file:///logs/IN2501.log';
  await client.open(uri, text, 'aovpn-log');
  const before = text.slice(0, reasonColumnOffset);
  const hover = await client.hover(uri, { line: before.split('\n').length - 1, character: reasonColumnOffset - (before.lastIndexOf('\n') + 1) });
  assert.ok(hover);
  assert.match(hover.contents.value, /Reason-Code/);
  assert.match(hover.contents.value, /258/);
  const packetType = await client.hover(uri, positionOf(text, ',3,', 1, 0));
  assert.match(packetType!.contents.value, /Packet-Type/);
  assert.match(packetType!.contents.value, /Access-Reject/);
});

test('NPS IAS-format and DTS XML logs: the reason code is decoded too', async () => {
  const ias = read('iaslog2501.log');
  assert.match(await hoverText('file:///logs/iaslog2501.log', ias, 'aovpn-log', '4142,258', 6), /258/);
  const dts = read('IN2501-dts.log');
  const markdown = await hoverText('file:///logs/IN2501-dts.log', dts, 'aovpn-log', '<Reason-Code data_type="0">258', 28);
  assert.match(markdown, /revocation/i);
});

test('inlay hints summarise Access-Reject lines and decode codes in the visible range', async () => {
  const text = read('IN2501.log');
  const uri = 'file:///logs/IN2501-hints.log';
  await client.open(uri, text, 'aovpn-log');
  const hints = await client.request<{ label: string; tooltip?: string; position: { line: number } }[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
  });
  const reject = hints.find((h) => h.position.line === 1 && /258/.test(h.label) && /alice/i.test(h.label));
  assert.ok(reject, JSON.stringify(hints));
  assert.ok(reject.label.length <= 43, reject.label);
  assert.match(reject.tooltip ?? '', /policy "AOVPN User Tunnel" · reason 258: /);
});

test('the explain request answers Markdown for any number form', async () => {
  const result = await client.request<{ markdown: string }>('aovpn/explainCode', { query: '-2146762495' });
  assert.match(result.markdown, /0x800B0101/);
  assert.match(result.markdown, /CERT_E_EXPIRED/);
});
