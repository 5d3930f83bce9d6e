// Error codes in event text and NPS logs through the real VS Code API: hovers decode RasClient 853 and NPS reason
// 258 (event text and an IN*.log database-format line), and Access-Reject lines get an inlay-hint summary.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { open, waitFor, positionOf, closeAllEditors, hoverText, skipWithoutFeatures } = require('./helpers');

/** Hovers `needle` (at its `delta`-th character) until our hover arrives (the server starts lazily), returns its text. */
async function hoverUntil(doc, needle, delta, pattern) {
  const at = positionOf(doc, needle, delta);
  let last = '';
  try {
    return await waitFor(
      `a hover matching ${pattern} at "${needle}" in ${doc.uri.path}`,
      async () => {
        last = await hoverText(doc.uri, at);
        return pattern.test(last) && last;
      },
      20000,
      250,
    );
  } catch (e) {
    e.message += `; the last hover there was: ${JSON.stringify(last.slice(0, 300))}`;
    throw e;
  }
}

suite('error codes in logs', function () {
  suiteSetup(skipWithoutFeatures);
  teardown(closeAllEditors);

  test('RasClient event text: hover on 853 explains the error', async () => {
    const doc = await open('logs/rasclient-853.log');
    const text = await hoverUntil(doc, 'on failure is 853', 'on failure is 8'.length, /ERROR_EAP_USER_CERT_INVALID/);
    assert.match(text, /853/);
    assert.match(text, /NTAuth/, 'the hover says what to check');
  });

  test('NPS event 6273 text: hover on "Reason Code: 258" explains the revocation failure', async () => {
    const doc = await open('logs/nps-6273-reason-258.log');
    const text = await hoverUntil(doc, '258', 1, /revocation/i);
    assert.match(text, /258/);
  });

  test('NPS database-format log (IN*.log): language aovpn-log, the reason column is named and decoded', async () => {
    const doc = await open('logs/IN2503.log');
    assert.strictEqual(doc.languageId, 'aovpn-log');
    const text = await hoverUntil(doc, '"Fabrikam VPN Users",258', '"Fabrikam VPN Users",2'.length, /Reason-Code/);
    assert.match(text, /258/);
    assert.match(text, /revocation/i);
  });

  test('NPS database-format log: the Access-Reject line gets an inlay hint with user and reason', async () => {
    const doc = await open('logs/IN2503.log');
    const rejectLine = positionOf(doc, '"FABRIKAM\\pat.doe"').line;
    const hints = await waitFor('inlay hints on the Access-Reject line', async () => {
      const all = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
      const label = (h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
      const onLine = (all || []).filter((h) => h.position.line === rejectLine).map(label);
      return onLine.length && onLine;
    });
    const summary = hints.find((l) => /258/.test(l));
    assert.ok(summary, `no hint mentions 258: ${hints.join(' | ')}`);
    assert.match(summary, /pat\.doe/i);
  });
});
