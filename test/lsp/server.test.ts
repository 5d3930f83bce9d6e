// The real server bundle over stdio: diagnostics, hover, completion, code actions, symbols, folding, robustness.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, positionOf } from './harness';

let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start();
});

after(async () => {
  await client.shutdown();
});

const BROKEN = `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <NativeProfile>
    <Servers>vpn.example.com</Servers>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
  <DnsSuffix>a&b</DnsSuffix>
</VPNProfile>
`;

test('publishes well-formedness diagnostics with source, code and exact range', async () => {
  const uri = 'file:///tmp/broken-amp.xml';
  await client.open(uri, BROKEN);
  const diagnostics = await client.diagnostics(uri, 1);
  const amp = diagnostics.find((d) => d.code === 'xml/unescaped-ampersand');
  assert.ok(amp, JSON.stringify(diagnostics));
  assert.equal(amp.source, 'aovpn');
  assert.deepEqual(amp.range, { start: positionOf(BROKEN, '&'), end: positionOf(BROKEN, '&', 1) });
  assert.ok(amp.codeDescription?.href.startsWith('https://'));
});

test('offers the escape quick fix and a fix-all source action', async () => {
  const uri = 'file:///tmp/broken-amp.xml';
  const at = positionOf(BROKEN, '&');
  const actions = await client.request<{ title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics: [] },
  });
  const escape = actions.find((a) => a.kind === 'quickfix' && /&amp;/.test(a.title));
  assert.ok(escape, JSON.stringify(actions));
  assert.equal(escape.edit.changes[uri][0].newText, '&amp;');
  assert.ok(actions.some((a) => a.kind === 'source.fixAll.aovpn'));
});

test('incremental edits re-validate: fixing the text clears the diagnostic', async () => {
  const uri = 'file:///tmp/broken-amp.xml';
  const at = positionOf(BROKEN, '&');
  await client.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '&amp;' }]);
  const diagnostics = await client.diagnostics(uri, 2);
  assert.equal(diagnostics.filter((d) => d.code === 'xml/unescaped-ampersand').length, 0);
});

test('leaves XML that is not a profile or EAP configuration alone', async () => {
  const uri = 'file:///tmp/other.xml';
  await client.open(uri, '<project><a>&</a></project>');
  assert.deepEqual(await client.diagnostics(uri, 1), []);
  assert.equal(await client.hover(uri, { line: 0, character: 2 }), null);
});

test('document symbols outline the profile', async () => {
  const uri = 'file:///tmp/broken-amp.xml';
  const symbols = await client.request<{ name: string; children: { name: string; detail?: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols[0].name, 'VPNProfile');
  const route = symbols[0].children.find((c) => c.name === 'Route');
  assert.equal(route?.detail, '10.0.0.0/8');
});

test('folding ranges cover multi-line elements and keep the end tag visible', async () => {
  const uri = 'file:///tmp/broken-amp.xml';
  const ranges = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(
    ranges.some((r) => r.startLine === 0 && r.endLine === 7),
    JSON.stringify(ranges),
  );
  assert.ok(
    ranges.some((r) => r.startLine === 2 && r.endLine === 4),
    JSON.stringify(ranges),
  );
});

test('survives a document closed right after a change, unknown methods and out-of-order versions', async () => {
  const uri = 'file:///tmp/closing.xml';
  await client.open(uri, '<VPNProfile><AlwaysOn>true</AlwaysOn></VPNProfile>');
  await client.change(uri, 2, [{ text: '<VPNProfile><AlwaysOn>tru</AlwaysOn></VPNProfile>' }]);
  await client.close(uri);
  await assert.rejects(client.request('aovpn/doesNotExist', {}), /Unhandled method|MethodNotFound|not found/i);
  await client.open(uri, '<VPNProfile/>', 'xml', 7);
  await client.change(uri, 3, [{ text: '<VPNProfile>&</VPNProfile>' }]);
  const diagnostics = await client.diagnostics(uri, 3);
  assert.ok(diagnostics.some((d) => d.code === 'xml/unescaped-ampersand'));
  const hover = await client.hover(uri, { line: 0, character: 3 });
  assert.ok(hover === null || typeof hover.contents.value === 'string');
  assert.equal(client.exitCode, null);
});
