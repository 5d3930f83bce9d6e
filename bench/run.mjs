// `npm run bench`: every speed figure of the project, each the median of several runs in one process (or of
// several processes, for whole-process figures) next to a reference measured in the same run, so that the ratio
// holds on a noisy machine. Prints a table and writes bench/RESULTS.md.
//
//   node bench/run.mjs [--quick] [--only=analysis,lsp,check,checkMany,oneFile,logs,bundles,activation,hostile] [--no-write]
//
// Needs the builds `npm run bench` makes first (dist/ by esbuild, out/ by tsc). Activation in VS Code runs only
// when CODE_SERVER points at code-server (see test/e2e/README.md); `aovpn check` is compared with xmllint when
// it is installed (Debian libxml2-utils).
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchActivation } from './activation.mjs';
import { benchAnalysis } from './analysis.mjs';
import { benchBundles } from './bundles.mjs';
import { benchCheck, benchCheckMany, benchLogs, benchOneFile } from './cli.mjs';
import { benchHostile, writeHostileSection } from './hostile.mjs';
import { BENCH_DIR, DIST, OUT, REPO } from './lib/paths.mjs';
import { benchLsp } from './lsp.mjs';

const SECTIONS = {
  analysis: benchAnalysis,
  lsp: benchLsp,
  check: benchCheck,
  checkMany: benchCheckMany,
  oneFile: benchOneFile,
  logs: benchLogs,
  bundles: benchBundles,
  activation: benchActivation,
  hostile: benchHostile,
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const write = !args.includes('--no-write') && !only && !quick;
// The hostile inputs have a section of their own in RESULTS.md, also written when they are run alone.
const writeHostile = !args.includes('--no-write') && !quick && (!only || only.includes('hostile'));
for (const name of only ?? []) if (!SECTIONS[name]) throw new Error(`unknown section "${name}" (${Object.keys(SECTIONS).join(', ')})`);
for (const needed of [path.join(DIST, 'server.js'), path.join(DIST, 'cli.js'), path.join(OUT, 'server', 'src', 'core', 'analysis.js')]) {
  if (!existsSync(needed)) throw new Error(`${needed} is missing: run "npm run bench" (it builds first)`);
}

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const machine = machineFacts();
log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.load}`);
const started = Date.now();
const rows = [];
for (const [name, section] of Object.entries(SECTIONS)) {
  if (only && !only.includes(name)) continue;
  try {
    rows.push(...(await section({ quick, log })));
  } catch (error) {
    log(`${name} failed: ${error.stack ?? error}`);
    rows.push({ section: name, measure: `${name} section`, result: `FAILED: ${String(error.message ?? error).split('\n')[0]}`, reference: '', ratio: '', target: '', status: 'MISS' });
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);

const table = markdownTable(rows.filter((r) => !r.ownSection));
const hostileTable = markdownTable(rows.filter((r) => r.ownSection));
const notes = missNotes(rows);
if (rows.some((r) => !r.ownSection)) process.stdout.write(`\n${table}\n${notes ? `\n${notes}\n` : ''}`);
if (rows.some((r) => r.ownSection)) process.stdout.write(`\n${hostileTable}\n`);
const misses = rows.filter((r) => r.status === 'MISS').length;
const passes = rows.filter((r) => r.status === 'PASS').length;
process.stdout.write(`\n${passes} PASS, ${misses} MISS (${seconds} s; ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load at start ${machine.load})\n`);

if (write) {
  const file = path.join(BENCH_DIR, 'RESULTS.md');
  writeFileSync(file, resultsMarkdown(notes ? `${table}\n\n${notes}` : table, machine, seconds, passes, misses));
  log(`wrote ${path.relative(process.cwd(), file)}`);
}
if (writeHostile && rows.some((r) => r.ownSection)) {
  const file = path.join(BENCH_DIR, 'RESULTS.md');
  writeHostileSection(file, hostileTable, machine);
  log(`wrote the hostile-inputs section of ${path.relative(process.cwd(), file)}`);
}

function machineFacts() {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    cores: cpus.length,
    node: process.version,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
  };
}

function cell(text) {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
}

/** Why a target is missed and what the profile showed, for the rows that say so. */
function missNotes(rows) {
  const noted = rows.filter((r) => r.status === 'MISS' && r.note);
  return noted.length ? ['Notes on missed targets:', '', ...noted.map((r) => `- ${r.measure}: ${r.note}`)].join('\n') : '';
}

function markdownTable(rows) {
  const lines = ['| Section | Measure | Result | Reference (same run) | Ratio | Target | Status |', '|---|---|---|---|---|---|---|'];
  // A row that misses its target may say why (`note`: what the profile showed), after its status.
  const status = (row) => (row.status === 'MISS' && row.note ? `MISS: ${row.note}` : row.status);
  for (const row of rows) lines.push(`| ${[row.section, row.measure, row.result, row.reference, row.ratio, row.target, status(row)].map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function resultsMarkdown(table, facts, seconds, passes, misses) {
  return `# Benchmark results

Written by \`npm run bench\` (\`bench/run.mjs\`); do not edit by hand. Every figure is a median of several runs
measured in one benchmark run, next to a reference measured in the same run on the same machine, so compare
ratios rather than absolute times across machines. Targets come from issues 2, 3 and 6.

- Machine: ${facts.cpu}, ${facts.cores} cores, ${facts.memory} RAM, ${facts.os}
- Node ${facts.node}; commit ${facts.commit}; ${facts.date}; load average at start ${facts.load}; ${seconds} s in all
- Result: ${passes} PASS, ${misses} MISS

${table}

## How each figure is taken

- **Analysis**: \`analyzeDocument\` from the compiled core (\`out/\`), after a JIT warm-up, alternating with a bare
  \`charCodeAt\` scan of the same text. The 5 MB input is generated (\`bench/lib/generate.mjs\`, deterministic) as
  described in \`../shared/bench/README.md\`; its peak RSS is taken by a child process that reads the file and
  analyses it (\`bench/children/analyse.mjs\`), next to a child that reads and scans it. The size guard row
  analyses a generated 20 MB file with the default \`maxAnalysisSize\`.
- **Language server**: \`dist/server.js --stdio\` driven by the tests' LSP client with \`validationDelay\` 0: the
  time from sending \`didChange\` (one character inserted or deleted, 200 times) to the \`publishDiagnostics\` of
  that version; hover and completion requests; the reference is the round trip of a request the server does not
  know (transport and JSON-RPC only). "Server time" is the median round trip minus that reference.
- **Command line**: whole processes (\`node dist/cli.js …\`), wall time and peak RSS (the child reports its own
  \`maxRSS\`; xmllint and wc are measured with GNU time). \`xmllint\` validates with the published XSD, whose
  EapHostConfig import is pointed at a lax wildcard schema generated at bench time. The 200 MB log is generated
  with \`generateNpsLogChunks\` (seed 2025) and cached in the temp dir. The 2,000-profile row runs \`aovpn check\`
  with its default worker threads and with \`--jobs 1\`, in turn with xmllint (peak RSS: the highest of its runs);
  one-file commands run in turn with \`node -e 0\`; both after a first run that fills the compile cache.
- **Bundles**: \`node esbuild.mjs --production\` run in a temp dir that links to the sources (dist/ is not
  touched); the activation bundle is searched for strings of vscode-languageclient and @peculiar/x509, and the
  development build's module list is checked for node_modules.
- **VS Code**: code-server from \`CODE_SERVER\`, headless Chromium, this checkout as development extension; the
  figure is the one VS Code shows in "Developer: Show Running Extensions" (code loading + \`activate()\`).
`;
}
