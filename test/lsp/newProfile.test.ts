// New Profile… through the real server: the templates request, the diagnostics of each template opened as a new
// untitled XML document (in a workspace with certificates), and completion in a new document that becomes a profile or another XML.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspTestClient, REPO_ROOT } from './harness';
import type { ProfileTemplatesResult } from '../../server/src/protocol';

let client: LspTestClient;
before(async () => {
  // The workspace of the VS Code tests: a VPN server, an NPS and CA certificates, which the placeholders match none of.
  client = await LspTestClient.start({ workspaceFolder: path.join(REPO_ROOT, 'test', 'e2e', 'workspace') });
  const indexed = await client.workspaceIndexed;
  assert.ok(indexed.certificates >= 4);
});
after(async () => {
  await client.shutdown();
});

interface CompletionList {
  items: { label: string; insertTextFormat?: number; textEdit?: { range: { start: { character: number }; end: { character: number } }; newText: string } }[];
}

test('the templates request returns the five profiles, each opening with no error and no warning', async () => {
  const { templates } = await client.request<ProfileTemplatesResult>('aovpn/profileTemplates', {});
  assert.deepEqual(
    templates.map((t) => t.id),
    ['device-tunnel', 'user-peap-tls', 'user-eap-tls', 'user-peap-mschapv2', 'plugin'],
  );
  for (const [index, template] of templates.entries()) {
    assert.ok(template.label && template.detail, template.id);
    assert.match(template.text, /^<VPNProfile>\n[\s\S]*<\/VPNProfile>\n$/);
    const uri = `untitled:Untitled-${index + 1}`;
    await client.open(uri, template.text);
    const diagnostics = await client.diagnostics(uri);
    // 1 error, 2 warning, 3 information, 4 hint.
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 1 || d.severity === 2),
      [],
      template.id,
    );
    assert.ok(
      diagnostics.some((d) => d.code === 'profile/template-placeholder' && d.severity === 3),
      `${template.id}: the placeholders are named`,
    );
    await client.close(uri);
  }
});

test('a new XML document offers the whole profiles from the first keystroke, another XML nothing', async () => {
  const uri = 'untitled:Untitled-9';
  await client.open(uri, '');
  const empty = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
  assert.ok(empty?.items.some((i) => i.label === 'User tunnel (PEAP-TLS) profile' && i.insertTextFormat === 2));

  await client.change(uri, 2, [{ text: '<' }]);
  const typed = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 1 } });
  const device = typed?.items.find((i) => i.label === 'Device tunnel profile');
  assert.ok(device?.textEdit, 'the typed < is replaced');
  assert.deepEqual([device.textEdit.range.start.character, device.textEdit.range.end.character], [0, 1]);
  assert.match(device.textEdit.newText, /^<VPNProfile>/);

  await client.change(uri, 3, [{ text: '<project>\n  <modules/>\n  \n</project>\n' }]);
  const other = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 2 } });
  assert.equal(other, null);
  assert.deepEqual(await client.diagnostics(uri, 3), []);
});
