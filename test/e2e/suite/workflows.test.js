// Daily workflows in the real VS Code: silencing a finding with a suppression comment from the light bulb, Format
// Document, and the highlight of a tag pair. Edits are never saved: each test reverts its document.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { open, waitFor, positionOf, closeAllEditors, diagnostic, codeOf, skipWithoutFeatures, revertAll } = require('./helpers');

const RULE = 'profile/lowercase-true-required';

const ourCodes = (doc) =>
  vscode.languages
    .getDiagnostics(doc.uri)
    .filter((d) => d.source === 'aovpn')
    .map(codeOf);

suite('workflows: suppress, format, highlight', function () {
  suiteSetup(skipWithoutFeatures);
  teardown(async () => {
    await revertAll();
    await closeAllEditors();
  });

  test('"Disable RULE for this line" inserts a suppression comment and the finding goes away', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    const found = await diagnostic(doc, RULE);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, found.range);
    const titles = actions.map((a) => a.title);
    const disable = actions.find((a) => a.title === `Disable ${RULE} for this line`);
    assert.ok(disable, `no "Disable ${RULE} for this line" action; got: ${titles.join(' | ')}`);
    assert.ok(titles.includes(`Disable ${RULE} for this file`), `no file-wide action; got: ${titles.join(' | ')}`);
    assert.ok(!disable.isPreferred, 'a suppression must never be the preferred fix');
    assert.ok(await vscode.workspace.applyEdit(disable.edit), 'applyEdit failed');
    const text = doc.getText();
    assert.ok(text.includes(`  <!-- aovpn-disable-next-line ${RULE} -->\n  <AlwaysOn>True</AlwaysOn>`), `comment not placed above the line:\n${text}`);
    await waitFor(`${RULE} to be suppressed`, () => !ourCodes(doc).includes(RULE));
    // The comment suppresses something, so it is not reported as unused.
    assert.ok(!ourCodes(doc).includes('aovpn/unused-suppression'), ourCodes(doc).join(', '));
  });

  test('a suppression comment that suppresses nothing is reported as a hint', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    await diagnostic(doc, RULE);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, positionOf(doc, '  <DnsSuffix>'), '  <!-- aovpn-disable-next-line profile/invalid-thumbprint - checked by hand -->\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit failed');
    const unused = await diagnostic(doc, 'aovpn/unused-suppression');
    assert.strictEqual(unused.severity, vscode.DiagnosticSeverity.Hint);
    assert.ok(ourCodes(doc).includes(RULE), 'the comment must not silence the finding on another line');
  });

  test('Format Document re-indents a ProfileXML and keeps comments and text exactly', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    await diagnostic(doc, RULE);
    const original = doc.getText();
    // Break the indentation of three lines, as a paste from a web page would.
    const broken = original.replace('  <DnsSuffix>', '<DnsSuffix>').replace('    <DomainName>', '\t\t\t<DomainName>').replace('      <MachineMethod>', ' <MachineMethod>');
    assert.notStrictEqual(broken, original, 'the fixture changed: update this test');
    const replace = new vscode.WorkspaceEdit();
    replace.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(original.length)), broken);
    assert.ok(await vscode.workspace.applyEdit(replace), 'applyEdit failed');
    const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'no formatting edits');
    const format = new vscode.WorkspaceEdit();
    format.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(format), 'applyEdit failed');
    assert.strictEqual(doc.getText(), original);
    const again = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.deepStrictEqual(again || [], [], 'formatting is not idempotent');
  });

  test('document highlight marks the start and end tag of an element', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    await diagnostic(doc, RULE);
    const highlights = await vscode.commands.executeCommand('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, '<NativeProfile>', 3));
    const words = (highlights || []).map((h) => doc.getText(h.range)).sort();
    assert.deepStrictEqual(words, ['NativeProfile', 'NativeProfile']);
    const lines = highlights.map((h) => h.range.start.line).sort((a, b) => a - b);
    assert.ok(lines[0] < lines[1], `start and end tag on different lines: ${lines}`);
  });
});
