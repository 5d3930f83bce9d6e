import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../analysis';
import { decodeText } from '../text/encoding';
import { applyEdits } from './codeActions';
import { formatDocument, type FormatOptions } from './format';

const TWO: FormatOptions = { tabSize: 2, insertSpaces: true };
const TABS: FormatOptions = { tabSize: 4, insertSpaces: false };

function format(text: string, options: FormatOptions = TWO, range?: { start: number; end: number }): string {
  const result = formatDocument(analyzeDocument(text), options, range);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return applyEdits(text, result.edits);
}

const MESSY = [
  '<?xml version="1.0"?>',
  '<VPNProfile>',
  '      <!-- a comment',
  '           whose second line stays -->',
  '<AlwaysOn>true</AlwaysOn>',
  '    <NativeProfile>',
  '<Servers>',
  '   vpn.example.org',
  '    </Servers>',
  '        <NativeProtocolType>IKEv2</NativeProtocolType>',
  '  <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>',
  ' </NativeProfile>',
  '\t<DeviceTunnel',
  '      Version="1">true</DeviceTunnel>',
  '</VPNProfile>',
  '',
].join('\r\n');

test('re-indents element content; keeps text values, comment lines, attribute lines and line endings', () => {
  assert.equal(
    format(MESSY),
    [
      '<?xml version="1.0"?>',
      '<VPNProfile>',
      '  <!-- a comment',
      '           whose second line stays -->',
      '  <AlwaysOn>true</AlwaysOn>',
      '  <NativeProfile>',
      '    <Servers>',
      '   vpn.example.org',
      '    </Servers>',
      '    <NativeProtocolType>IKEv2</NativeProtocolType>',
      '    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>',
      '  </NativeProfile>',
      '  <DeviceTunnel',
      '      Version="1">true</DeviceTunnel>',
      '</VPNProfile>',
      '',
    ].join('\r\n'),
  );
  assert.match(format(MESSY, TABS), /\n\t\t<NativeProtocolType>/);
});

test('an odd tab size falls back to 2 spaces', () => {
  for (const tabSize of [0, -4, Number.NaN, 100]) assert.equal(format(MESSY, { tabSize, insertSpaces: true }), format(MESSY), String(tabSize));
});

test('idempotent, and a formatted document gets no edits', () => {
  const once = format(MESSY);
  assert.equal(format(once), once);
  const result = formatDocument(analyzeDocument(once), TWO);
  assert.deepEqual(result.ok && result.edits, []);
});

test('Format Selection re-indents only the lines of the range', () => {
  const start = MESSY.indexOf('<Servers>');
  const end = MESSY.indexOf('<NativeProtocolType>');
  const out = format(MESSY, TWO, { start, end });
  assert.match(out, /\r\n {4}<Servers>\r\n/);
  assert.match(out, /\r\n {4}<NativeProtocolType>/, 'the line where the range ends');
  assert.match(out, /\r\n<AlwaysOn>/, 'before the range: unchanged');
  assert.match(out, /\r\n {2}<Authentication>/, 'after the range: unchanged');
});

test('refuses documents with XML errors and XML embedded in other documents', () => {
  const broken = formatDocument(analyzeDocument('<VPNProfile>\n<AlwaysOn>true</AlwaysOn>\n<NativeProfile>\n</VPNProfile>'), TWO);
  assert.deepEqual(broken, { ok: false, reason: 'The document has XML errors: fix them first, then format.' });
  const escaped = `<SyncML>\n<Data>&lt;VPNProfile&gt;\n&lt;AlwaysOn&gt;true&lt;/AlwaysOn&gt;&lt;/VPNProfile&gt;</Data>\n</SyncML>`;
  assert.equal(formatDocument(analyzeDocument(escaped), TWO).ok, false);
  assert.equal(formatDocument(analyzeDocument('<project>\n<a/>\n</project>'), TWO).ok, false);
});

test('xml:space="preserve" and mixed content are left alone', () => {
  const text = '<VPNProfile>\n<A xml:space="preserve">\n      <B/>\n</A>\n<C>text\n   <D/>\n</C>\n</VPNProfile>';
  assert.equal(format(text), '<VPNProfile>\n  <A xml:space="preserve">\n      <B/>\n</A>\n  <C>text\n   <D/>\n</C>\n</VPNProfile>');
});

// Property: on every real document, formatting changes only leading whitespace, is idempotent and neither adds nor
// removes a finding.
const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const REFERENCE = path.resolve(ROOT, '..', 'shared', 'reference');

function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xml$/i.test(entry.name)) files.push(full);
    }
  };
  for (const dir of ['examples', 'test/fixtures', 'test/corpus/realistic']) walk(path.join(ROOT, dir));
  return files;
}

const findingKeys = (text: string) =>
  analyzeDocument(text)
    .findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`)
    .sort();

function checkProperty(files: readonly string[]): number {
  let formatted = 0;
  for (const file of files) {
    const text = decodeText(fs.readFileSync(file)).text;
    for (const options of [TWO, TABS]) {
      const result = formatDocument(analyzeDocument(text), options);
      if (!result.ok) continue;
      const out = applyEdits(text, result.edits);
      const stripIndent = (s: string) => s.replace(/^[ \t]+/gm, '');
      assert.equal(stripIndent(out), stripIndent(text), `${file}: only indentation changes`);
      assert.deepEqual(findingKeys(out), findingKeys(text), `${file}: the same findings`);
      const again = formatDocument(analyzeDocument(out), options);
      assert.deepEqual(again.ok && again.edits, [], `${file}: idempotent`);
      formatted++;
    }
  }
  return formatted;
}

test('property: examples, fixtures and the realistic corpus', () => {
  const files = corpusFiles();
  assert.ok(files.length > 30, `${files.length} files`);
  assert.ok(checkProperty(files) > 60);
});

test('property: the public reference samples', { skip: !fs.existsSync(path.join(REFERENCE, 'samples')) && 'no ../shared/reference' }, () => {
  const files = ['samples', 'eap'].flatMap((dir) => {
    const folder = path.join(REFERENCE, dir);
    return fs.existsSync(folder)
      ? fs
          .readdirSync(folder)
          .filter((n) => /\.xml$/i.test(n))
          .map((n) => path.join(folder, n))
      : [];
  });
  assert.ok(checkProperty(files) > 10);
});
