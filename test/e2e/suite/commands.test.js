// The extension's commands through the real VS Code API: "Explain Error Code…" with an argument opens the
// explanation in a panel whose related codes are command links (hovers offer the command too); "Restart Language
// Server" stops the server (its diagnostics are cleared) and starts a new one that publishes them again. ("Inspect
// Certificate…": certificates.test.js.)
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
    for (const id of [
      'aovpn.explainErrorCode',
      'aovpn.inspectCertificate',
      'aovpn.restartServer',
      'aovpn.copyAsIntune',
      'aovpn.copyAsSyncMl',
      'aovpn.copyAsPowerShell',
      'aovpn.compareProfileWith',
      'aovpn.checkWorkspace',
    ]) {
      assert.ok(all.includes(id), `${id} is not registered`);
    }
  });

  /** The HTML of the Explain panel once it shows `what` (the panel's test hook). */
  const explainHtml = (what) =>
    waitFor(`the Explain panel showing ${what}`, async () => {
      const html = await vscode.commands.executeCommand('aovpn.test.explainHtml');
      return typeof html === 'string' && html.includes(what) ? html : undefined;
    });
  const explainTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /aovpn\.explain/.test(t.input.viewType));

  test('"Explain Error Code…" with an argument opens the explanation in a panel; its related codes are links that explain them', async () => {
    await vscode.commands.executeCommand('aovpn.explainErrorCode', '853');
    const html = await explainHtml('<title>Explain 853</title>');
    assert.match(html, /ERROR_EAP_USER_CERT_INVALID/);
    assert.match(html, /NTAuth/);
    // NPS reason 258 (the server side of 853) is a link that runs the command with that code.
    assert.ok(html.includes('href="command:aovpn.explainErrorCode?%5B%22nps-reason%3A258%22%5D"'), html);
    // What the link runs: the same panel then explains reason 258.
    await vscode.commands.executeCommand('aovpn.explainErrorCode', 'nps-reason:258');
    assert.match(await explainHtml('<title>Explain nps-reason:258</title>'), /revocation/i);
    await waitFor('the Explain panel tab', () => explainTabs().length === 1);
  });

  test('"Explain Error Code…" decodes other number forms and NPS reasons', async () => {
    await vscode.commands.executeCommand('aovpn.explainErrorCode', 'reason:258');
    const html = await explainHtml('<title>Explain reason:258</title>');
    assert.match(html, /NPS reason code 258/);
    assert.match(html, /revocation/i);
  });

  test('a hover on a code in a log offers "Explain" as a command link instead of the CLI', async () => {
    const doc = await open('logs/rasclient-853.log');
    const text = await waitFor('the hover on 853', async () => {
      const hover = await hoverText(doc.uri, positionOf(doc, '853', 1));
      return hover.includes('ERROR_EAP_USER_CERT_INVALID') ? hover : undefined;
    });
    assert.ok(text.includes(`[Explain RAS/RRAS error 853](command:aovpn.explainErrorCode?${encodeURIComponent('["ras:853"]')})`), text);
    assert.doesNotMatch(text, /aovpn explain/);
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
