// Peak memory on hostile inputs, in the processes users run: `aovpn check` (dist/cli.js) and the language server
// (dist/server.js --stdio). Every input up to 5 MB (and a million-line PowerShell transcript) stays under
// MAX_PEAK_RSS: raw `&` or `<` by the megabyte took 1.8 GB in the CLI and the server, the transcript 3 GB.
// Inputs are generated here; the bounds on time are hang bounds only (speed is `npm run bench`'s job).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_FINDINGS_PER_DOCUMENT } from '../../server/src/core/limits';
import { LspTestClient } from '../lsp/harness';
import { REPO_ROOT } from './corpus';

const MAX_PEAK_RSS = 400 * 1024 * 1024;
const HANG_BOUND_MS = 180_000;
const MB = 1024 * 1024;

/** Repeats `unit` until the text is about `size` characters, between `head` and `tail`. */
const fill = (head: string, unit: string, tail: string, size: number) => head + unit.repeat(Math.floor((size - head.length - tail.length) / unit.length)) + tail;

interface Input {
  readonly name: string;
  readonly file: string;
  readonly languageId: string;
  readonly text: () => string;
}

/** Just below the default size guard (2,000,000 characters): analysed in full, not only checked for well-formedness. */
const BELOW_GUARD = 1_950_000;

const INPUTS: readonly Input[] = [
  { name: '5 MB of raw &', file: 'amp.xml', languageId: 'xml', text: () => fill('<VPNProfile><ProfileName>', '&', '</ProfileName></VPNProfile>', 5 * MB) },
  { name: '5 MB of raw <', file: 'lt.xml', languageId: 'xml', text: () => fill('<VPNProfile>', '<', '</VPNProfile>', 5 * MB) },
  { name: 'raw < and & just below the size guard', file: 'lt-amp.xml', languageId: 'xml', text: () => fill('<VPNProfile>', '< &', '</VPNProfile>', BELOW_GUARD) },
  {
    name: '80,000 attributes on one element',
    file: 'attributes.xml',
    languageId: 'xml',
    text: () => `<VPNProfile><AlwaysOn ${Array.from({ length: 80_000 }, (_, i) => `a${i}="${i}"`).join(' ')}>true</AlwaysOn></VPNProfile>`,
  },
  { name: '100,000 sibling routes (5 MB)', file: 'siblings.xml', languageId: 'xml', text: () => `<VPNProfile>${'<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'.repeat(75_000)}</VPNProfile>` },
  { name: '100,000 siblings below the size guard', file: 'siblings-small.xml', languageId: 'xml', text: () => `<VPNProfile>${'<Route/>'.repeat(100_000)}${'<a '.repeat(300_000)}</VPNProfile>` },
  { name: '5 MB of nested elements', file: 'deep.xml', languageId: 'xml', text: () => fill('<VPNProfile>', '<a>', '', 5 * MB) },
  { name: 'nested elements just below the size guard', file: 'deep-small.xml', languageId: 'xml', text: () => fill('<VPNProfile>', '<Route>', '', BELOW_GUARD) },
  { name: '190,000 nested elements, analysed in full', file: 'deep-tree.xml', languageId: 'xml', text: () => `<VPNProfile>${'<a b="1">'.repeat(190_000)}${'</a>'.repeat(190_000)}</VPNProfile>` },
  { name: 'a million Format-List lines (26 MB)', file: 'transcript.txt', languageId: 'plaintext', text: () => 'ProfileXML : <VPNProfile>\n'.repeat(1_000_000) },
  { name: 'a 5 MB attribute value', file: 'value.xml', languageId: 'xml', text: () => `<VPNProfile a="${'x'.repeat(5 * MB)}"><AlwaysOn>true</AlwaysOn></VPNProfile>` },
];

let temp: string;

before(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-memory-'));
  // Preloaded into the CLI: writes the process's own peak RSS (bytes) when it exits.
  fs.writeFileSync(
    path.join(temp, 'report-rss.cjs'),
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.AOVPN_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));\n",
  );
});

after(() => fs.rmSync(temp, { recursive: true, force: true }));

function runCli(file: string): Promise<{ code: number | null; stderr: string; peak: number }> {
  const rssFile = path.join(temp, 'rss');
  fs.rmSync(rssFile, { force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', path.join(temp, 'report-rss.cjs'), path.join(REPO_ROOT, 'dist', 'cli.js'), 'check', file], {
      env: { ...process.env, AOVPN_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const timer = setTimeout(() => child.kill(), HANG_BOUND_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, peak: fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : NaN });
    });
  });
}

test('aovpn check: peak RSS under 400 MB on every hostile input', async () => {
  for (const input of INPUTS) {
    const file = path.join(temp, input.file);
    fs.writeFileSync(file, input.text());
    const result = await runCli(file);
    fs.rmSync(file);
    assert.ok(result.code === 0 || result.code === 1, `${input.name}: exit status ${result.code}\n${result.stderr}`);
    assert.match(result.stderr, /1 file checked/, input.name);
    assert.ok(result.peak < MAX_PEAK_RSS, `${input.name}: peak RSS ${(result.peak / MB).toFixed(0)} MB`);
  }
});

test('language server: peak RSS under 400 MB on every hostile input, with diagnostics, outline, folding, hover, completion', async (t) => {
  for (const input of INPUTS) {
    // A server per input: the figure is the input's own (a long-lived server's high-water mark also holds the
    // garbage of earlier documents that no collection has needed to free yet).
    const client = await LspTestClient.start({ textDocumentCapabilities: { foldingRange: { rangeLimit: 5000 } } });
    try {
      if (client.peakRssBytes() === undefined) {
        t.skip('no /proc here to read the server process peak RSS from');
        return;
      }
      const uri = `file:///memory/${input.file}`;
      const text = input.text();
      const published = client.diagnostics(uri, 1, HANG_BOUND_MS);
      await client.open(uri, text, input.languageId);
      const diagnostics = await published;
      assert.ok(diagnostics.length <= MAX_FINDINGS_PER_DOCUMENT + 100, `${input.name}: ${diagnostics.length} diagnostics`);
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      const folding = await client.request<unknown[] | null>('textDocument/foldingRange', { textDocument: { uri } });
      assert.ok((folding?.length ?? 0) <= 5000, `${input.name}: the client's rangeLimit is kept`);
      await client.hover(uri, { line: 0, character: 5 });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: Math.min(text.length, 40) } });
      const peak = client.peakRssBytes()!;
      assert.ok(peak < MAX_PEAK_RSS, `${input.name}: server peak RSS ${(peak / MB).toFixed(0)} MB`);
    } finally {
      await client.shutdown();
    }
  }
});

test('language server: folding ranges respect the client rangeLimit', async () => {
  const client = await LspTestClient.start({ textDocumentCapabilities: { foldingRange: { rangeLimit: 50 } } });
  try {
    const uri = 'file:///memory/folding.xml';
    const text = `<VPNProfile>\n${'<Route>\n<Address>10.0.0.0</Address>\n<PrefixSize>8</PrefixSize>\n</Route>\n'.repeat(200)}</VPNProfile>\n`;
    await client.open(uri, text);
    await client.diagnostics(uri, 1);
    const folding = await client.request<{ startLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.equal(folding.length, 50);
    assert.equal(folding[0].startLine, 0, 'the first ones, from the top');
    assert.equal(folding[49].startLine, 1 + 4 * 48);
  } finally {
    await client.shutdown();
  }
});
