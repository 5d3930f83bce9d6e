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
import { HOSTILE_INPUTS as INPUTS, MB } from './hostileInputs';

const MAX_PEAK_RSS = 400 * MB;
const HANG_BOUND_MS = 180_000;

let temp: string;

before(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-memory-'));
  // Preloaded into the CLI: writes the process's own peak RSS (bytes) when it exits.
  fs.writeFileSync(path.join(temp, 'report-rss.cjs'), "process.on('exit', () => require('node:fs').writeFileSync(process.env.AOVPN_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));\n");
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
