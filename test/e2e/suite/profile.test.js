// ProfileXML features through the real VS Code API: diagnostics (code, range, severity), hover, quick fix.
// AOVPN_E2E_FEATURES=0 skips them (the environment reaches the extension host), e.g. to check only the mechanics.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { open, waitFor, positionOf, closeAllEditors } = require('./helpers');

const codeOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Waits for our diagnostic with the given code on the document, and returns it. */
function diagnostic(doc, code) {
  return waitFor(`diagnostic ${code} on ${doc.uri.path}`, () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === code), 20000);
}

suite('ProfileXML features', function () {
  suiteSetup(function () {
    if (process.env.AOVPN_E2E_FEATURES === '0') this.skip();
  });
  teardown(async () => {
    // never save a fixture: drop edits made by a test
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  test('capitalised AlwaysOn value: error on exactly "True"', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    const d = await diagnostic(doc, 'profile/lowercase-true-required');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(d.source, 'aovpn');
    const start = positionOf(doc, '<AlwaysOn>True', '<AlwaysOn>'.length);
    assert.deepStrictEqual(
      [d.range.start, d.range.end].map((p) => [p.line, p.character]),
      [
        [start.line, start.character],
        [start.line, start.character + 'True'.length],
      ],
    );
  });

  test('hover on the AlwaysOn element explains it', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    await diagnostic(doc, 'profile/lowercase-true-required'); // the server has analysed the document
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, positionOf(doc, '<AlwaysOn>', 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /AlwaysOn/);
    assert.match(text, /lowercase/);
  });

  test('quick fix changes the value to lower-case true', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    const d = await diagnostic(doc, 'profile/lowercase-true-required');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.kind && a.kind.value === 'quickfix' && /lowercase/.test(a.title));
    assert.ok(fix, `no quick fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit failed');
    assert.match(doc.getText(), /<AlwaysOn>true<\/AlwaysOn>/);
    await waitFor('the diagnostic to go away after the fix', () => !vscode.languages.getDiagnostics(doc.uri).some((x) => codeOf(x) === 'profile/lowercase-true-required'));
  });

  test('device tunnel with ForceTunnel: error on the routing policy value', async () => {
    const doc = await open('profiles/device-tunnel-forcetunnel.xml');
    const d = await diagnostic(doc, 'profile/device-tunnel-force-tunnel');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(doc.getText(d.range), 'ForceTunnel');
  });
});
