// The power-user workflows through the real server: suppression comments and their quick fixes, formatting,
// linked editing, tag-pair highlight, the auto-close request and the outline of logs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspTestClient, REPO_ROOT, positionOf } from './harness';

const PROFILE = `<VPNProfile>
    <AlwaysOn>True</AlwaysOn>
  <NativeProfile>
      <Servers>vpn.example.org</Servers>
    <NativeProtocolType>IKEv2</NativeProtocolType>
  </NativeProfile>
</VPNProfile>
`;

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start();
});
after(async () => {
  await client.shutdown();
});

test('the server announces formatting, linked editing and document highlight', () => {
  const capabilities = client.initializeResult?.capabilities ?? {};
  for (const name of ['documentFormattingProvider', 'documentRangeFormattingProvider', 'linkedEditingRangeProvider', 'documentHighlightProvider']) {
    assert.equal(capabilities[name], true, name);
  }
});

test('a suppression comment hides the finding; the quick fixes offer to write one', async () => {
  const uri = 'file:///work/suppress.xml';
  await client.open(uri, PROFILE);
  assert.ok((await client.diagnostics(uri, 1)).some((d) => d.code === 'profile/lowercase-true-required'));
  const at = positionOf(PROFILE, 'True', 1);
  const actions = await client.request<{ title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, Edit[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics: [], only: ['quickfix'] },
  });
  const line = actions.find((a) => a.title === 'Disable profile/lowercase-true-required for this line');
  assert.ok(line, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(line.isPreferred, false);
  assert.deepEqual(line.edit.changes[uri], [
    { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, newText: '<!-- aovpn-disable-next-line profile/lowercase-true-required -->\n    ' },
  ]);
  assert.ok(actions.some((a) => a.title === 'Disable profile/lowercase-true-required for this file'));
  const fixAll = await client.request<{ edit: { changes: Record<string, Edit[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.ok(
    fixAll.every((a) => a.edit.changes[uri].every((e) => !e.newText.includes('aovpn-disable'))),
    'never in fix-all',
  );
  await client.change(uri, 2, [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, text: line.edit.changes[uri][0].newText }]);
  const after = await client.diagnostics(uri, 2);
  assert.ok(!after.some((d) => d.code === 'profile/lowercase-true-required' || d.code === 'aovpn/unused-suppression'), JSON.stringify(after.map((d) => d.code)));
});

test('Format Document re-indents with the editor options; Format Selection only its lines', async () => {
  const uri = 'file:///work/format.xml';
  await client.open(uri, PROFILE);
  const edits = await client.request<Edit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
  assert.deepEqual(
    edits.map((e) => [e.range.start.line, e.newText]),
    [
      [1, '  '],
      [3, '    '],
    ],
  );
  const selection = await client.request<Edit[]>('textDocument/rangeFormatting', {
    textDocument: { uri },
    range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } },
    options: { tabSize: 4, insertSpaces: false },
  });
  assert.deepEqual(
    selection.map((e) => [e.range.start.line, e.newText]),
    [[3, '\t\t']],
  );
  await client.open('file:///work/broken.xml', '<VPNProfile>\n<AlwaysOn>\n</VPNProfile>\n');
  assert.equal(await client.request('textDocument/formatting', { textDocument: { uri: 'file:///work/broken.xml' }, options: { tabSize: 2, insertSpaces: true } }), null);
  assert.equal(client.exitCode, null, 'the refusal is shown, and the server is still running');
});

test('linked editing, highlight and auto-close on a tag pair', async () => {
  const uri = 'file:///work/tags.xml';
  await client.open(uri, PROFILE);
  const linked = await client.request<{ ranges: Edit['range'][]; wordPattern: string }>('textDocument/linkedEditingRange', { textDocument: { uri }, position: positionOf(PROFILE, 'Servers', 2) });
  assert.deepEqual(linked.ranges, [
    { start: positionOf(PROFILE, 'Servers'), end: positionOf(PROFILE, 'Servers', 7) },
    { start: positionOf(PROFILE, 'Servers', 0, 1), end: positionOf(PROFILE, 'Servers', 7, 1) },
  ]);
  assert.ok(linked.wordPattern);
  const highlights = await client.request<{ range: Edit['range'] }[]>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(PROFILE, 'NativeProfile', 0, 1) });
  assert.equal(highlights.length, 2);
  const typed = '<VPNProfile>\n  <AlwaysOn>\n</VPNProfile>\n';
  await client.open('file:///work/typing.xml', typed);
  assert.deepEqual(await client.request('aovpn/autoCloseTag', { textDocument: { uri: 'file:///work/typing.xml' }, position: { line: 1, character: 12 } }), { snippet: '$0</AlwaysOn>' });
  assert.equal(await client.request('aovpn/autoCloseTag', { textDocument: { uri }, position: positionOf(PROFILE, '<Servers>', 9) }), null);
});

test('the outline of an event log and of an NPS log: one symbol per event or failed request', async () => {
  const logs = path.join(REPO_ROOT, 'test', 'fixtures', 'logs');
  const events = fs.readFileSync(path.join(logs, 'rasclient-events.txt'), 'utf8');
  await client.open('file:///logs/outline-events.txt', events, 'plaintext');
  const eventSymbols = await client.request<{ name: string; kind: number }[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///logs/outline-events.txt' } });
  assert.equal(eventSymbols.length, 6);
  assert.equal(eventSymbols[1].name, 'Event 20227 · error 853 · CORP\\alice');
  assert.equal(eventSymbols[1].kind, 24, 'SymbolKind.Event');
  const nps = fs.readFileSync(path.join(logs, 'IN2501.log'), 'utf8');
  await client.open('file:///logs/outline.log', nps, 'aovpn-log');
  const requests = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///logs/outline.log' } });
  assert.deepEqual(requests.map((s) => s.name).slice(0, 1), ['Access-Reject · reason 258 · CORP\\alice']);
  assert.equal(requests.length, 5);
});
