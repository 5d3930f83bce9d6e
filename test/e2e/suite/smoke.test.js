// Smoke test: the extension is installed in the extension host and is activated by opening an XML file.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, open, waitFor } = require('./helpers');

suite('smoke: extension loads', () => {
  test('the extension is present', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among the installed extensions`);
    assert.strictEqual(ext.packageJSON.name, 'aovpn-tools');
  });

  test('opening a ProfileXML (language xml) activates it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const activeBefore = ext.isActive;
    const doc = await open('profiles/user-alwayson-broken.xml');
    assert.strictEqual(doc.languageId, 'xml');
    await waitFor('the extension to activate', () => ext.isActive, 15000);
    if (activeBefore) {
      // With "onLanguage:plaintext" among the activation events, VS Code 1.100 activates the extension as soon as
      // the extension host starts (the workbench creates plain-text models of its own), before any file is opened.
      console.log('      note: the extension was already active before the XML file was opened');
    }
  });
});
