// Shared helpers for the extension-host integration tests (run by @vscode/test-cli, see .vscode-test.mjs).
'use strict';
const vscode = require('vscode');

const EXTENSION_ID = 'aovpn-tools.aovpn-tools';

/** URI of a file in the fixture workspace (test/e2e/workspace), e.g. fixture('profiles/user-alwayson-broken.xml'). */
function fixture(relativePath) {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders || !folders.length) throw new Error('no workspace folder open: .vscode-test.mjs must set workspaceFolder');
  return vscode.Uri.joinPath(folders[0].uri, ...relativePath.split('/'));
}

/** Opens a fixture in an editor and returns its TextDocument. */
async function open(relativePath) {
  const doc = await vscode.workspace.openTextDocument(fixture(relativePath));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Polls fn until it returns a truthy value (returned) or the time is up (throws, naming what was awaited). */
async function waitFor(what, fn, timeoutMs = 20000, intervalMs = 100) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Position of the first occurrence of `needle` in the document (plus `delta` characters), for hovers and ranges. */
function positionOf(doc, needle, delta = 0) {
  const offset = doc.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not found in ${doc.uri.fsPath}`);
  return doc.positionAt(offset + delta);
}

/** Closes every editor, so that each test starts from the same state. */
async function closeAllEditors() {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A diagnostic's code as a string (VS Code gives `{ value, target }` when the rule has a documentation link). */
const codeOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Waits for our diagnostic with the given code on the document, and returns it. */
function diagnostic(doc, code, timeoutMs = 20000) {
  return waitFor(`diagnostic ${code} on ${doc.uri.path}`, () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'aovpn' && codeOf(d) === code), timeoutMs);
}

/** The text of every hover at `position` (all providers), joined with newlines. */
async function hoverText(uri, position) {
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position)) || [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Skips the calling suite when AOVPN_E2E_FEATURES=0 (use as `suiteSetup(skipWithoutFeatures)`). */
function skipWithoutFeatures() {
  if (process.env.AOVPN_E2E_FEATURES === '0') this.skip();
}

/** Reverts every dirty document (files and untitled ones), so that closing editors never asks to save. */
async function revertAll() {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

module.exports = {
  EXTENSION_ID,
  fixture,
  open,
  waitFor,
  positionOf,
  closeAllEditors,
  codeOf,
  diagnostic,
  hoverText,
  skipWithoutFeatures,
  revertAll,
};
