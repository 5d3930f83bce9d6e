// The activation bundle starts the language server only for documents it works on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { needsLanguageServer } from '../../client/src/documentSniffer';
import { repoRoot } from '../cli/cliRunner';

test('a PowerShell script that builds a profile starts the server; other scripts do not', () => {
  assert.equal(
    needsLanguageServer('powershell', 'file', () => "$ProfileXML = @'\n<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>"),
    true,
  );
  assert.equal(
    needsLanguageServer('powershell', 'untitled', () => "$xml = '<VPNProfile>' + $body"),
    true,
  );
  assert.equal(
    needsLanguageServer('powershell', 'file', () => 'Get-VpnConnection | Format-List'),
    false,
  );
  assert.equal(
    needsLanguageServer('powershell', 'git', () => '<VPNProfile>'),
    false,
  );
});

test('the extension activates on PowerShell documents', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { activationEvents: string[] };
  assert.ok(manifest.activationEvents.includes('onLanguage:powershell'));
});

test('an empty or blank XML document starts the server (a new profile); another XML does not', () => {
  for (const scheme of ['untitled', 'file']) {
    assert.equal(
      needsLanguageServer('xml', scheme, () => ''),
      true,
      scheme,
    );
    assert.equal(
      needsLanguageServer('xml', scheme, () => '  \n\t\n'),
      true,
      scheme,
    );
    assert.equal(
      needsLanguageServer('xml', scheme, () => '<VPNProfile>\n'),
      true,
      scheme,
    );
    assert.equal(
      needsLanguageServer('xml', scheme, () => '<?xml version="1.0"?>\n<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">'),
      true,
      scheme,
    );
    assert.equal(
      needsLanguageServer('xml', scheme, () => '<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>'),
      false,
      scheme,
    );
  }
  // Blank documents of other languages and other schemes stay ours only by their content.
  assert.equal(
    needsLanguageServer('plaintext', 'untitled', () => ''),
    false,
  );
  assert.equal(
    needsLanguageServer('json', 'untitled', () => ''),
    false,
  );
  assert.equal(
    needsLanguageServer('xml', 'git', () => ''),
    false,
  );
});
