// "New Profile…" through the real VS Code API. Quick picks cannot be clicked in the extension host, so the command is
// run with a template ID (which skips the quick pick): an untitled XML document opens with the template, and the
// server's diagnostics for it have no error or warning, only the placeholders named as information. A new empty XML
// document offers the whole-profile snippets.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, closeAllEditors, codeOf, skipWithoutFeatures, revertAll } = require('./helpers');

/** A line each template must hold, so that the document is the profile chosen. */
const TEMPLATES = {
  'device-tunnel': '<DeviceTunnel>true</DeviceTunnel>',
  'user-peap-tls': '<Type xmlns="http://www.microsoft.com/provisioning/EapCommon">25</Type>',
  'user-eap-tls': '<Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type>',
  'user-peap-mschapv2': '<EapType xmlns="http://www.microsoft.com/provisioning/MsChapV2ConnectionPropertiesV1">',
  plugin: '<PluginPackageFamilyName>',
};

const ours = (doc) => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'aovpn');

suite('new profile', function () {
  suiteSetup(skipWithoutFeatures);
  teardown(async () => {
    await revertAll();
    await closeAllEditors();
  });

  test('"New Profile…" is registered', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    assert.ok((await vscode.commands.getCommands(true)).includes('aovpn.newProfile'));
  });

  for (const [id, line] of Object.entries(TEMPLATES)) {
    test(`"New Profile…" ${id}: an untitled XML document with the template, no error or warning`, async () => {
      await vscode.commands.executeCommand('aovpn.newProfile', id);
      const editor = await waitFor('the new editor', () => {
        const active = vscode.window.activeTextEditor;
        return active && active.document.uri.scheme === 'untitled' && active.document.getText().includes(line) ? active : undefined;
      });
      const doc = editor.document;
      assert.equal(doc.languageId, 'xml');
      assert.match(doc.getText(), /^<VPNProfile>\n[\s\S]*<\/VPNProfile>\n$/);
      assert.ok(doc.getText().includes('vpn.example.com'), 'the VPN server placeholder');
      // The server publishes once it has analysed the document: the placeholders are named.
      await waitFor('the placeholder findings', () => ours(doc).some((d) => codeOf(d) === 'profile/template-placeholder'));
      const problems = ours(doc).filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(
        problems.map((d) => `${codeOf(d)}: ${d.message}`),
        [],
      );
      assert.ok(ours(doc).every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    });
  }

  test('an unknown template ID opens nothing', async () => {
    const before = new Set(vscode.workspace.textDocuments);
    await vscode.commands.executeCommand('aovpn.newProfile', 'no-such-template');
    assert.deepEqual(
      vscode.workspace.textDocuments.filter((d) => !before.has(d) && d.getText().includes('<VPNProfile>')).map((d) => d.uri.toString()),
      [],
    );
  });

  test('a new empty XML document offers the whole-profile snippets', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'xml', content: '' });
    await vscode.window.showTextDocument(doc);
    const labels = await waitFor('the whole-profile snippets', async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
      const found = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return found.includes('User tunnel (PEAP-TLS) profile') ? found : undefined;
    });
    for (const label of ['Device tunnel profile', 'User tunnel (EAP-TLS) profile', 'User tunnel (PEAP-MSCHAPv2) profile', 'Third-party plug-in profile']) {
      assert.ok(labels.includes(label), label);
    }
  });
});
