// The workspace through the real VS Code API: "Check Workspace" fills the Problems panel for the files of the
// fixture workspace, open or not (profiles and certificate files), and the `aovpn` task type provides its
// "check workspace" task, running the CLI shipped in the extension with the `$aovpn` problem matcher.
'use strict';
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { EXTENSION_ID, fixture, waitFor, closeAllEditors, codeOf, skipWithoutFeatures } = require('./helpers');

suite('workspace', function () {
  suiteSetup(skipWithoutFeatures);
  teardown(closeAllEditors);

  test('"Check Workspace" publishes the findings of closed profiles and certificate files, and returns the counts', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await closeAllEditors();
    const result = await vscode.commands.executeCommand('aovpn.checkWorkspace');
    // 4 profiles and 4 certificate files; the logs are not candidates.
    assert.ok(result && result.files >= 8, JSON.stringify(result));
    assert.ok(result.errors >= 3, JSON.stringify(result));
    const ours = (relative, code) => vscode.languages.getDiagnostics(fixture(relative)).find((d) => d.source === 'aovpn' && codeOf(d) === code);
    const forceTunnel = await waitFor('device-tunnel-force-tunnel on the closed profile', () => ours('profiles/device-tunnel-forcetunnel.xml', 'profile/device-tunnel-force-tunnel'));
    assert.equal(forceTunnel.severity, vscode.DiagnosticSeverity.Error);
    await waitFor('lowercase-true-required on user-alwayson-broken.xml', () => ours('profiles/user-alwayson-broken.xml', 'profile/lowercase-true-required'));
    const expired = await waitFor('cert/expired on certs/expired-nps.cer', () => ours('certs/expired-nps.cer', 'cert/expired'));
    assert.equal(expired.range.start.line, 0);
    assert.deepEqual(
      vscode.languages.getDiagnostics(fixture('logs/rasclient-853.log')).filter((d) => d.source === 'aovpn'),
      [],
    );
  });

  test('the aovpn task type provides "check workspace", running the bundled CLI with the $aovpn problem matcher', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    const tasks = await vscode.tasks.fetchTasks({ type: 'aovpn' });
    const task = tasks.find((t) => t.name === 'check workspace');
    assert.ok(task, `tasks: ${tasks.map((t) => `${t.source}: ${t.name}`).join(', ')}`);
    assert.equal(task.source, 'aovpn');
    assert.equal(task.definition.command, 'check');
    assert.deepEqual(task.problemMatchers, ['$aovpn']);
    assert.ok(task.execution instanceof vscode.ProcessExecution);
    const [cli, ...args] = task.execution.args;
    assert.equal(path.basename(cli), 'cli.js');
    assert.deepEqual(args, ['check', '--format', 'text', '.']);
    assert.equal(task.execution.options.cwd, vscode.workspace.workspaceFolders[0].uri.fsPath);
  });
});
