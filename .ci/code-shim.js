#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron (`vscodeExecutablePath`) and @vscode/test-cli
// (`useInstallation: { fromPath: './.ci/code-shim.js' }`), for machines where no desktop VS Code can be downloaded.
//
// It accepts the command line those tools give to `code`:
//   --extensionDevelopmentPath=DIR (repeatable)  --extensionTestsPath=FILE  [FOLDER | FILE.code-workspace]
// (--user-data-dir, --extensions-dir, --no-sandbox, --disable-* … are accepted and ignored: every run gets a fresh
// profile), starts code-server (VS Code 1.100.3 server) on 127.0.0.1, opens its web workbench in headless Chromium
// through playwright-core, and passes the development/test paths in the URL `payload`, which the web workbench
// reads like the desktop command line. The tests then run in code-server's real Node extension host, the test
// runner's console output is printed here, and the shim exits with the tests' exit code.
//
// Environment:
//   CODE_SERVER       path to the code-server launcher (default: $HOME/.cache/aovpn-ci/code-server-4.100.3/node_modules/.bin/code-server)
//   CHROMIUM          browser executable (default /usr/bin/chromium)
//   SHIM_TIMEOUT_S    give up after this many seconds (default 300)
//   SHIM_ARTIFACTS    where failure screenshots and logs go (default ./test-results/code-shim)
//   SHIM_SCREENSHOT   also save a screenshot at this path when the run passes
//   SHIM_DEBUG=1      print every workbench log line and the code-server output; keep the temp dir
//
// Hermetic: HOME, XDG_*_HOME and TMPDIR of code-server and Chromium point into one temp dir, which is removed at the
// end; code-server runs in its own process group, which is terminated (then killed) before the shim exits.
'use strict';

const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const DEBUG = !!process.env.SHIM_DEBUG;
const T0 = Date.now();
const elapsed = () => `${((Date.now() - T0) / 1000).toFixed(1)}s`;
const say = (msg) => process.stdout.write(`code-shim [${elapsed()}] ${msg}\n`);
const warn = (msg) => process.stderr.write(`code-shim [${elapsed()}] ${msg}\n`);

// ---- command line --------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write('1.100.3\n0000000000000000000000000000000000000000\nx64\n');
  process.exit(0);
}
const devPaths = [];
let testsPath;
const targets = [];
for (const a of argv) {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) { targets.push(a); continue; }
  if (m[1] === 'extensionDevelopmentPath') devPaths.push(path.resolve(m[2]));
  else if (m[1] === 'extensionTestsPath') testsPath = path.resolve(m[2]);
  else if (/^(install-extension|uninstall-extension|list-extensions|locate-extension)$/.test(m[1])) {
    warn(`--${m[1]} is not supported by the shim; use code-server's own CLI ($CODE_SERVER --${m[1]} …)`);
    process.exit(2);
  } else if (DEBUG) say(`ignoring ${a}`);
}
if (targets.length > 1) { warn(`expected at most one folder or workspace, got: ${targets.join(' ')}`); process.exit(2); }
const target = targets.length ? path.resolve(targets[0]) : undefined;
if (target && !fs.existsSync(target)) { warn(`no such folder or workspace: ${target}`); process.exit(2); }

const CODE_SERVER = process.env.CODE_SERVER ||
  path.join(os.homedir(), '.cache/aovpn-ci/code-server-4.100.3/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_S = Number(process.env.SHIM_TIMEOUT_S) || 300;
const ARTIFACTS = path.resolve(process.env.SHIM_ARTIFACTS || 'test-results/code-shim');
for (const [what, file] of [['code-server (set CODE_SERVER)', CODE_SERVER], ['Chromium (set CHROMIUM)', CHROMIUM]]) {
  if (!fs.existsSync(file)) { warn(`${what} not found: ${file}`); process.exit(2); }
}
let chromium;
try {
  // resolved from the project (this file lives in <project>/.ci) or from the current directory
  const from = [path.join(__dirname, '..'), process.cwd()];
  ({ chromium } = require(require.resolve('playwright-core', { paths: from })));
} catch (e) {
  warn(`cannot load playwright-core: ${e.message}`);
  process.exit(2);
}

// ---- hermetic temp dir ---------------------------------------------------------------------------------------
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-code-shim-'));
const dirs = {};
for (const d of ['home', 'config', 'data', 'cache', 'tmp', 'user-data', 'extensions', 'chromium']) {
  dirs[d] = path.join(tmp, d);
  fs.mkdirSync(dirs[d], { recursive: true });
}
const hermeticEnv = {
  HOME: dirs.home, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache,
  TMPDIR: dirs.tmp,
};
// playwright and anything else this process creates also stay inside tmp
process.env.TMPDIR = dirs.tmp;
fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'github.gitAuthentication': false,
}, null, 2));
const configYaml = path.join(tmp, 'code-server.yaml');
fs.writeFileSync(configYaml, 'auth: none\n');
const csLog = path.join(tmp, 'code-server.log');

// ---- state and cleanup ---------------------------------------------------------------------------------------
let server; // code-server child (leader of its own process group)
let context; // playwright browser context
let page;
const browserProblems = []; // console errors, page errors, failed requests: printed only on failure
let workbenchLogs = []; // the browser-side log files handed over by codeAutomationExit
let cleaning = false;

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}
async function stopServer() {
  if (!server || !server.pid) return;
  const pgid = server.pid;
  if (!groupAlive(pgid)) return;
  // code-server takes ~3 s to shut down gracefully; its state lives in the temp dir, so 1.5 s of grace is enough
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  for (let i = 0; i < 15 && groupAlive(pgid); i++) await sleep(100);
  if (groupAlive(pgid)) {
    if (DEBUG) say('code-server process group still running 1.5 s after SIGTERM; sending SIGKILL');
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    for (let i = 0; i < 20 && groupAlive(pgid); i++) await sleep(100);
  }
}
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  if (context) await context.close().catch(() => {});
  if (DEBUG) say('browser closed');
  await stopServer();
  if (DEBUG) say('code-server stopped');
  if (DEBUG) say(`temp dir kept: ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    warn(`received ${sig}, stopping`);
    cleanup().finally(() => process.exit(130));
  });
}
function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

// ---- diagnostics ---------------------------------------------------------------------------------------------
function tail(file, lines) {
  try {
    const all = fs.readFileSync(file, 'utf8').split('\n');
    return all.slice(-lines - 1).join('\n');
  } catch (e) { return `(cannot read ${file}: ${e.code || e.message})`; }
}
function walk(dir) {
  const out = [];
  let entries = [];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p)); else out.push(p);
  }
  return out;
}
async function saveDiagnostics(reason) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dest = path.join(ARTIFACTS, stamp);
  fs.mkdirSync(dest, { recursive: true });
  const lines = [`---- code-shim: diagnostics (${reason}) ----`];
  if (page) {
    const shot = path.join(dest, 'workbench.png');
    try { await page.screenshot({ path: shot, timeout: 10000 }); lines.push(`screenshot: ${shot}`); }
    catch (e) { lines.push(`screenshot failed: ${e.message}`); }
  }
  try { fs.copyFileSync(csLog, path.join(dest, 'code-server.log')); } catch { /* reported by tail() below */ }
  // server side: user-data-dir/logs/<session>/{remoteagent.log, exthost1/remoteexthost.log, exthost1/output_logging_*/…}
  const serverLogs = walk(path.join(dirs['user-data'], 'logs'));
  for (const f of serverLogs) {
    const rel = path.relative(path.join(dirs['user-data'], 'logs'), f);
    const to = path.join(dest, 'server-logs', rel);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(f, to);
  }
  for (const { relativePath, contents } of workbenchLogs) {
    const to = path.join(dest, 'workbench-logs', relativePath);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, contents);
  }
  fs.writeFileSync(path.join(dest, 'browser-problems.txt'), browserProblems.join('\n') + '\n');
  lines.push(`logs: ${dest}`);
  lines.push('', '-- code-server output (tail) --', tail(csLog, 25));
  const exthost = serverLogs.filter((f) => /remoteexthost\.log$/.test(f));
  for (const f of exthost) lines.push('', `-- extension host log ${path.basename(path.dirname(f))} (tail) --`, tail(f, 40));
  const ours = serverLogs.filter((f) => /output_logging_/.test(f) && /always ?on ?vpn|aovpn/i.test(path.basename(f)));
  for (const f of ours) lines.push('', `-- output channel ${path.basename(f)} (tail) --`, tail(f, 40));
  if (browserProblems.length) lines.push('', '-- browser console errors / failed requests (last 15) --', ...browserProblems.slice(-15));
  lines.push('---- end of code-shim diagnostics ----');
  warn(lines.join('\n'));
}

// ---- main ----------------------------------------------------------------------------------------------------
async function startServer() {
  const out = fs.openSync(csLog, 'a');
  const args = [
    '--config', configYaml, '--auth', 'none', '--bind-addr', '127.0.0.1:0',
    '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-file-downloads', '--ignore-last-opened',
  ];
  server = cp.spawn(CODE_SERVER, args, {
    detached: true, // own process group, so that the extension host and watchers are stopped with it
    stdio: ['ignore', out, out],
    env: { ...process.env, ...hermeticEnv },
  });
  fs.closeSync(out);
  let exited = null;
  server.on('exit', (code, signal) => { exited = code ?? signal; });
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`code-server exited early (${exited})`);
    const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\//.exec(fs.readFileSync(csLog, 'utf8'));
    if (m) {
      const base = m[1];
      try {
        const res = await fetch(`${base}/healthz`);
        if (res.ok) return { base, authority: `127.0.0.1:${m[2]}` };
      } catch { /* not yet */ }
    }
    await sleep(100);
  }
  throw new Error('code-server did not become healthy within 60 s');
}

async function main() {
  if (DEBUG) say(`temp dir ${tmp}`);
  const { base, authority } = await startServer();
  say(`code-server up at ${base}`);

  context = await chromium.launchPersistentContext(dirs.chromium, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, ...hermeticEnv },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'],
  });
  page = context.pages()[0] || (await context.newPage());

  const benign = /vsda|ENOTFOUND|open-vsx|Failed to load resource|net::ERR_ABORTED/;
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      const t = `[console.${msg.type()}] ${msg.text()}`;
      if (!benign.test(t)) browserProblems.push(t);
      if (DEBUG) say(t);
    }
  });
  page.on('pageerror', (err) => browserProblems.push(`[pageerror] ${err.message}`));
  page.on('requestfailed', (req) => {
    const t = `[requestfailed] ${req.url()} ${req.failure() ? req.failure().errorText : ''}`;
    if (!benign.test(t)) browserProblems.push(t);
  });

  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  // The web workbench reports the extension host's console output here (printf-style args) …
  const noise = /^\[(?:Extension Host|Window)\]|^Creating a socket|connection token|Service Worker|ChatSessionStore|builtin extensions|ENOTFOUND|vsda|open-vsx/;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    if (DEBUG || !noise.test(text)) (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
  });
  // … and calls this with the test runner's exit code (and its own log files) when the tests are done.
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (DEBUG) say(`codeAutomationExit(${code})`);
    if (Array.isArray(logs)) workbenchLogs = logs;
    finish(code);
  });

  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const query = [];
  if (target && target.endsWith('.code-workspace')) query.push(`workspace=${encodeURIComponent(target)}`);
  else if (target) query.push(`folder=${encodeURIComponent(target)}`);
  else query.push('ew=true');
  query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.goto(`${base}/?${query.join('&')}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  say(`workbench loaded${testsPath ? '; running extension tests' : ''}`);

  if (!testsPath) {
    // without tests there is nothing to wait for: behave like `code FOLDER` that is closed again
    return 0;
  }
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), TIMEOUT_S * 1000); });
  const code = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') {
    await saveDiagnostics(`no result within SHIM_TIMEOUT_S=${TIMEOUT_S}`);
    return 1;
  }
  if (code !== 0) await saveDiagnostics(`tests exited with ${code}`);
  else if (process.env.SHIM_SCREENSHOT) {
    await page.screenshot({ path: path.resolve(process.env.SHIM_SCREENSHOT) }).catch((e) => warn(`screenshot: ${e.message}`));
  }
  return typeof code === 'number' ? code : 1;
}

main()
  .catch(async (e) => {
    warn(`error: ${e && e.stack ? e.stack : e}`);
    await saveDiagnostics(e && e.message ? e.message : String(e)).catch((e2) => warn(`diagnostics failed: ${e2.message}`));
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    say(`exit ${code}`);
    process.exit(code);
  });
