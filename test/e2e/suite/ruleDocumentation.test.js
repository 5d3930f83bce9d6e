// "Show documentation for RULE" in the real VS Code: the light bulb of one of our diagnostics offers it (after the
// fixes, never preferred), and the command opens the rule's page shipped with the extension
// (docs/rules/FAMILY/NAME.md) in a Markdown preview, offline; an unknown rule ID opens nothing.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, open, waitFor, closeAllEditors, diagnostic, skipWithoutFeatures, revertAll } = require('./helpers');

const RULE = 'profile/lowercase-true-required';
const COMMAND = 'aovpn.showRuleDocumentation';

const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
const isMarkdownPreview = (tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType);

/** Waits for a Markdown preview tab whose label names the page (`Preview lowercase-true-required.md`). */
async function previewOf(pageName) {
  try {
    return await waitFor(`a Markdown preview of ${pageName}`, () => tabs().find((tab) => isMarkdownPreview(tab) && tab.label.includes(pageName)), 10000);
  } catch (e) {
    e.message += `; tabs: ${tabs()
      .map((t) => t.label)
      .join(', ')}`;
    throw e;
  }
}

suite('rule documentation', function () {
  suiteSetup(skipWithoutFeatures);
  teardown(async () => {
    await revertAll();
    await closeAllEditors();
  });

  test('the command is registered and opens the rule page as a Markdown preview', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    assert.ok((await vscode.commands.getCommands(true)).includes(COMMAND), `${COMMAND} is not registered`);
    const opened = await vscode.commands.executeCommand(COMMAND, RULE);
    assert.strictEqual(opened, true);
    await previewOf('lowercase-true-required.md');
  });

  test('an unknown rule ID opens no page', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    const opened = await vscode.commands.executeCommand(COMMAND, 'profile/no-such-rule');
    assert.strictEqual(opened, false);
    // Not a page path either: nothing outside docs/rules/ is ever opened.
    assert.strictEqual(await vscode.commands.executeCommand(COMMAND, '../../package'), false);
    assert.ok(
      !tabs().some(isMarkdownPreview),
      tabs()
        .map((t) => t.label)
        .join(', '),
    );
  });

  test('the light bulb of a diagnostic offers "Show documentation for RULE", which opens the page', async () => {
    const doc = await open('profiles/user-alwayson-broken.xml');
    const found = await diagnostic(doc, RULE);
    // The diagnostic itself still links to the public source.
    assert.ok(found.code && typeof found.code === 'object' && /^https:\/\//.test(String(found.code.target)), JSON.stringify(found.code));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, found.range);
    const titles = actions.map((a) => a.title);
    const action = actions.find((a) => a.title === `Show documentation for ${RULE}`);
    assert.ok(action, `no documentation action; got: ${titles.join(' | ')}`);
    assert.ok(!action.isPreferred, 'documentation is never the preferred fix');
    assert.strictEqual(action.edit, undefined);
    assert.strictEqual(action.command.command, COMMAND);
    assert.deepStrictEqual(action.command.arguments, [RULE]);
    assert.ok(titles.indexOf(action.title) > titles.indexOf(`Disable ${RULE} for this line`), titles.join(' | '));
    await vscode.commands.executeCommand(action.command.command, ...action.command.arguments);
    await previewOf('lowercase-true-required.md');
    assert.strictEqual(doc.getText().includes('<AlwaysOn>True</AlwaysOn>'), true, 'the document is not edited');
  });
});
