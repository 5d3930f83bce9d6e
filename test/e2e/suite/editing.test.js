// Editing a ProfileXML through the real VS Code API: the fix-all source action, completion (elements allowed at the
// cursor, enum values), and the outline. Edits are never saved: each test reverts its document.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { open, waitFor, positionOf, closeAllEditors, diagnostic, codeOf, skipWithoutFeatures, revertAll } = require('./helpers');

const FIX_ALL = 'source.fixAll.aovpn';

/** Inserts `text` at `position` (unsaved) and returns the position right after it. */
async function insert(doc, position, text) {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, position, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit failed');
  return doc.positionAt(doc.offsetAt(position) + text.length);
}

async function completionLabels(doc, position, triggerCharacter) {
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position, triggerCharacter);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

suite('editing a ProfileXML', function () {
  suiteSetup(skipWithoutFeatures);
  teardown(async () => {
    await revertAll();
    await closeAllEditors();
  });

  test('fix-all (source.fixAll.aovpn) applies the safe fixes and leaves suggestions to a person', async () => {
    const doc = await open('profiles/user-fixall.xml');
    await diagnostic(doc, 'profile/route-host-bits');
    const before = doc.getText();
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL);
    const ours = actions.filter((a) => a.kind && a.kind.value === FIX_ALL);
    assert.strictEqual(ours.length, 1, `expected one ${FIX_ALL} action; got: ${actions.map((a) => `${a.title} [${a.kind && a.kind.value}]`).join(' | ')}`);
    assert.ok(ours[0].edit, 'the fix-all action carries no edit');
    assert.ok(await vscode.workspace.applyEdit(ours[0].edit), 'applyEdit failed');
    const expected = before.replace('<RememberCredentials>TRUE<', '<RememberCredentials>true<').replace('<AlwaysOn>True<', '<AlwaysOn>true<');
    // The route's network address is a suggestion: the address or the prefix length may be the typo.
    assert.notStrictEqual(expected, before, 'the fixture changed: update this test');
    assert.strictEqual(doc.getText(), expected);
    await waitFor('the fixed problems to disappear', () => {
      const left = vscode.languages
        .getDiagnostics(doc.uri)
        .filter((d) => d.source === 'aovpn')
        .map(codeOf);
      return !left.includes('profile/lowercase-true-required') && left.includes('profile/route-host-bits');
    });
    const again = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL);
    assert.deepStrictEqual(
      again.filter((a) => a.kind && a.kind.value === FIX_ALL).map((a) => a.title),
      [],
      'fix-all is still offered after everything was fixed',
    );
  });

  test('completion after "<" offers the elements allowed there', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    await diagnostic(doc, 'profile/lowercase-true-required');
    // a new element at the top level of VPNProfile, and one inside NativeProfile
    const top = await insert(doc, positionOf(doc, '</VPNProfile>'), '<');
    const topLabels = await completionLabels(doc, top, '<');
    for (const name of ['DeviceTunnel', 'TrafficFilter', 'RegisterDNS']) {
      assert.ok(topLabels.includes(name), `"${name}" not offered at the top level; got: ${topLabels.join(', ')}`);
    }
    assert.ok(!topLabels.includes('RoutingPolicyType'), 'RoutingPolicyType (a NativeProfile child) offered at the top level');
    const inner = await insert(doc, positionOf(doc, '</NativeProfile>'), '<');
    const innerLabels = await completionLabels(doc, inner, '<');
    for (const name of ['CryptographySuite', 'ProtocolList', 'L2tpPsk']) {
      assert.ok(innerLabels.includes(name), `"${name}" not offered inside NativeProfile; got: ${innerLabels.join(', ')}`);
    }
    assert.ok(!innerLabels.includes('DeviceTunnel'), 'DeviceTunnel (a top-level element) offered inside NativeProfile');
    // elements that may occur once and are already there are not offered again
    assert.ok(!innerLabels.includes('RoutingPolicyType'), 'RoutingPolicyType offered although NativeProfile has one');
    // and a snippet for the usual block is among them
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, inner, '<');
    assert.ok(
      list.items.some((i) => i.kind === vscode.CompletionItemKind.Snippet),
      'no snippet offered inside NativeProfile',
    );
  });

  test('completion inside an enum value offers its values', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    await diagnostic(doc, 'profile/lowercase-true-required');
    const labels = await completionLabels(doc, positionOf(doc, '<RoutingPolicyType>Split', '<RoutingPolicyType>'.length + 2));
    assert.ok(labels.includes('SplitTunnel') && labels.includes('ForceTunnel'), `got: ${labels.join(', ')}`);
    const protocol = await completionLabels(doc, positionOf(doc, '<NativeProtocolType>IKEv2', '<NativeProtocolType>'.length + 1));
    assert.ok(protocol.includes('IKEv2') && protocol.some((l) => /^sstp$/i.test(l)), `NativeProtocolType values; got: ${protocol.join(', ')}`);
  });

  test('outline lists the children of VPNProfile', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    await diagnostic(doc, 'profile/lowercase-true-required');
    const symbols = await waitFor('document symbols', () => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri).then((s) => s && s.length && s));
    const root = symbols.find((s) => /VPNProfile/.test(s.name));
    assert.ok(root, `no VPNProfile symbol; got: ${symbols.map((s) => s.name).join(', ')}`);
    const children = root.children.map((c) => c.name);
    for (const name of ['ProfileName', 'AlwaysOn', 'NativeProfile', 'Route']) {
      assert.ok(
        children.some((c) => c.startsWith(name)),
        `"${name}" not among the outline children: ${children.join(', ')}`,
      );
    }
    const native = root.children.find((c) => c.name.startsWith('NativeProfile'));
    assert.ok(
      native.children.some((c) => c.name.startsWith('RoutingPolicyType')),
      'NativeProfile has no RoutingPolicyType child in the outline',
    );
    // the range of the NativeProfile symbol covers the element
    assert.strictEqual(doc.getText(native.range).trim().slice(0, '<NativeProfile>'.length), '<NativeProfile>');
  });
});
