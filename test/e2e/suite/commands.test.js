// The extension's commands through the real VS Code API: "Explain Error Code…" with an argument opens a Markdown
// document (shown as a preview) with the explanation; "Restart Language Server" stops the server (its diagnostics
// are cleared) and starts a new one that publishes them again. ("Inspect Certificate…": certificates.test.js.)
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, fixture, open, waitFor, positionOf, closeAllEditors, diagnostic, codeOf, hoverText, skipWithoutFeatures, revertAll } = require('./helpers');

suite('commands', function () {
  suiteSetup(skipWithoutFeatures);
  teardown(async () => {
    await closeAllEditors();
    await revertAll();
  });

  test('the commands are registered', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    const all = await vscode.commands.getCommands(true);
    for (const id of ['aovpn.explainErrorCode', 'aovpn.inspectCertificate', 'aovpn.restartServer', 'aovpn.copyAsIntune', 'aovpn.copyAsSyncMl', 'aovpn.copyAsPowerShell', 'aovpn.compareProfileWith', 'aovpn.checkWorkspace']) {
      assert.ok(all.includes(id), `${id} is not registered`);
    }
  });

  test('"Explain Error Code…" with an argument opens the explanation as Markdown', async () => {
    const before = new Set(vscode.workspace.textDocuments);
    await vscode.commands.executeCommand('aovpn.explainErrorCode', '853');
    const doc = await waitFor('a new Markdown document', () => vscode.workspace.textDocuments.find((d) => !before.has(d) && d.languageId === 'markdown'));
    const text = doc.getText();
    assert.match(text, /853/);
    assert.match(text, /ERROR_EAP_USER_CERT_INVALID/);
    assert.match(text, /NTAuth/);
    // what the user sees: the Markdown preview of that document (markdown.showPreview resolves before its tab exists)
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    try {
      await waitFor('the Markdown preview tab', () => tabs().find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)), 10000);
    } catch (e) {
      e.message += `; tabs: ${tabs()
        .map((t) => t.label)
        .join(', ')}`;
      throw e;
    }
  });

  test('"Explain Error Code…" decodes other number forms and NPS reasons', async () => {
    const before = new Set(vscode.workspace.textDocuments);
    await vscode.commands.executeCommand('aovpn.explainErrorCode', 'reason:258');
    const doc = await waitFor('a new Markdown document', () => vscode.workspace.textDocuments.find((d) => !before.has(d) && d.languageId === 'markdown'));
    assert.match(doc.getText(), /258/);
    assert.match(doc.getText(), /revocation/i);
  });

  test('"Compare Profile With…" with a file argument opens the comparison as Markdown', async () => {
    await open('profiles/user-eap-tls.xml');
    const before = new Set(vscode.workspace.textDocuments);
    await vscode.commands.executeCommand('aovpn.compareProfileWith', fixture('profiles/user-eap-tls.xml'));
    const doc = await waitFor('the comparison document', () => vscode.workspace.textDocuments.find((d) => !before.has(d) && d.languageId === 'markdown'));
    assert.match(doc.getText(), /# Profile comparison/);
    assert.match(doc.getText(), /\*\*equivalent\*\*/);
  });

  test('"Restart Language Server" restarts it: diagnostics are cleared, then published again, and hovers work', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    await diagnostic(doc, 'profile/lowercase-true-required');
    const ours = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'aovpn');
    let cleared = false;
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === doc.uri.toString()) && ours().length === 0) cleared = true;
    });
    try {
      await vscode.commands.executeCommand('aovpn.restartServer');
      await waitFor('the diagnostics of the new server', () => ours().some((d) => codeOf(d) === 'profile/lowercase-true-required'));
    } finally {
      listener.dispose();
    }
    assert.ok(cleared, 'the diagnostics were never cleared: the server was not stopped');
    assert.match(await hoverText(doc.uri, positionOf(doc, '<AlwaysOn>', 3)), /AlwaysOn/);
  });
});
