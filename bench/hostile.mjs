// Section "Hostile inputs" (issue 11): peak memory and time of `aovpn check` and of the language server on the
// generated pathological inputs of the memory tests (test/robustness/hostileInputs.ts), each next to a child
// process that reads the same file and scans it with a charCodeAt loop. Its rows have a section of their own in
// bench/RESULTS.md, which `node bench/run.mjs --only=hostile` regenerates without touching the rest.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from './lib/child.mjs';
import { startServer } from './lib/lsp.mjs';
import { BENCH_DIR, DIST, requireOut } from './lib/paths.mjs';
import { mb, median, ms, ratio } from './lib/stats.mjs';

export const HOSTILE_SECTION = 'Hostile inputs';
const MAX_PEAK_RSS = 400 * 1024 * 1024;
const START = '<!-- hostile inputs: start (written by bench/hostile.mjs) -->';
const END = '<!-- hostile inputs: end -->';

export async function benchHostile({ quick = false, log = () => {} } = {}) {
  const { HOSTILE_INPUTS } = requireOut('./test/robustness/hostileInputs.js');
  const rows = [];
  const temp = mkdtempSync(path.join(os.tmpdir(), 'aovpn-bench-hostile-'));
  const runs = quick ? 1 : 3;
  try {
    for (const input of HOSTILE_INPUTS) {
      const text = input.text();
      const file = path.join(temp, input.file);
      writeFileSync(file, text);
      log(`hostile: ${input.name}`);
      const scan = await medianOf(runs, () => run(process.execPath, [path.join(BENCH_DIR, 'children', 'analyse.mjs'), 'scan', file], { capture: true }));
      const reference = `read + charCodeAt scan: ${ms(scan.wallMs)}, ${mb(scan.maxRssBytes)}`;
      const cli = await medianOf(runs, () => run(process.execPath, [path.join(DIST, 'cli.js'), 'check', file]));
      if (cli.code !== 0 && cli.code !== 1) throw new Error(`aovpn check on ${input.name} exited with ${cli.code}: ${cli.stderr.slice(0, 500)}`);
      rows.push(row(`${input.name} (${mb(Buffer.byteLength(text))}): aovpn check, whole process, median of ${runs}`, cli.wallMs, cli.maxRssBytes, scan, reference));
      const server = await medianOf(runs, () => serverRun(input, text));
      rows.push(
        row(
          `${input.name}: language server, open → diagnostics (${server.diagnostics}), then outline, folding, hover, completion; fresh server, median of ${runs}`,
          server.wallMs,
          server.maxRssBytes,
          scan,
          reference,
        ),
      );
      rmSync(file);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return rows;
}

function row(measure, wallMs, rssBytes, scan, reference) {
  return {
    section: HOSTILE_SECTION,
    ownSection: true,
    measure,
    result: `${ms(wallMs)}, peak RSS ${rssBytes === undefined ? 'n/a' : mb(rssBytes)}`,
    reference,
    ratio: `${ratio(wallMs, scan.wallMs)} time, ${rssBytes === undefined ? 'n/a' : ratio(rssBytes, scan.maxRssBytes)} memory`,
    target: 'peak RSS < 400 MB',
    status: rssBytes === undefined ? '' : rssBytes < MAX_PEAK_RSS ? 'PASS' : 'MISS',
    raw: { wallMs, maxRssBytes: rssBytes, scanMs: scan.wallMs, scanRssBytes: scan.maxRssBytes },
  };
}

/** Open → diagnostics in a fresh server, then the requests an editor sends; its peak RSS from /proc. */
async function serverRun(input, text) {
  const client = await startServer();
  try {
    const uri = `file:///bench/hostile/${input.file}`;
    const started = performance.now();
    const published = client.diagnostics(uri, 1, 300_000);
    await client.open(uri, text, input.languageId);
    const diagnostics = (await published).length;
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/foldingRange', { textDocument: { uri } });
    await client.hover(uri, { line: 0, character: 5 });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 40 } });
    return { wallMs: performance.now() - started, maxRssBytes: client.peakRssBytes(), diagnostics, code: 0 };
  } finally {
    await client.shutdown();
  }
}

async function medianOf(runs, once) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  const rss = results.map((r) => r.maxRssBytes).filter((v) => v !== undefined);
  return { ...results[0], wallMs: median(results.map((r) => r.wallMs)), maxRssBytes: rss.length ? median(rss) : undefined };
}

/** Writes (or replaces) the hostile-inputs section of RESULTS.md, leaving everything else in the file as it is. */
export function writeHostileSection(file, table, facts) {
  const section = `${START}
## Hostile inputs (issue 11)

Peak memory and time on the generated pathological inputs of \`test/robustness/hostileInputs.ts\`: \`aovpn check\`
as a whole process (its own \`maxRSS\`), and a fresh \`dist/server.js --stdio\` from \`didOpen\` to the diagnostics
and through an outline, folding, hover and completion request (peak RSS: \`VmHWM\` from /proc). The reference is a
child process that reads the same file and scans it with a \`charCodeAt\` loop. Inputs past the size guard
(\`maxAnalysisSize\`, 2,000,000 characters) are only checked for well-formedness; those below it are analysed in
full (with at most 200,000 elements kept, 5,000 findings listed per document).
Regenerate this section alone with \`node bench/run.mjs --only=hostile\`.

- ${facts.cpu}, ${facts.cores} cores, Node ${facts.node}; commit ${facts.commit}; ${facts.date}; load average at start ${facts.load}

${table}
${END}
`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start !== -1 && end > start ? current.slice(0, start) + section + current.slice(end + END.length + 1) : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(file, next);
}
