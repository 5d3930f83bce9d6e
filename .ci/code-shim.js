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
//   CODE_SERVER       code-server launcher (default: $HOME/.cache/aovpn-ci/code-server-4.100.3/node_modules/.bin/code-server)
//   CHROMIUM          browser executable (default /usr/bin/chromium)
//   SHIM_TIMEOUT_S    give up after this many seconds (default 300)
//   SHIM_ARTIFACTS    where failure screenshots and logs go (default ./test-results/code-shim)
//   SHIM_SCREENSHOT   also save a screenshot at this path when the run passes
//   SHIM_DEBUG=1      print every workbench log line, browser warnings and timings; keep the temp dir
//
// Hermetic: HOME, XDG_*_HOME and TMPDIR of code-server and Chromium point into one temp dir (see lib/code-server.js),
// removed at the end; code-server's process group is terminated (then killed) before the shim exits.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');
const cs = require('./lib/code-server');

const DEBUG = !!process.env.SHIM_DEBUG;
const T0 = Date.now();
const stamp = () => `${((Date.now() - T0) / 1000).toFixed(1)}s`;
const say = (msg) => process.stdout.write(`code-shim [${stamp()}] ${msg}\n`);
const warn = (msg) => process.stderr.write(`code-shim [${stamp()}] ${msg}\n`);

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
  if (!m) {
    targets.push(a);
    continue;
  }
  if (m[1] === 'extensionDevelopmentPath') devPaths.push(path.resolve(m[2]));
  else if (m[1] === 'extensionTestsPath') testsPath = path.resolve(m[2]);
  else if (/^(install-extension|uninstall-extension|list-extensions|locate-extension)$/.test(m[1])) {
    warn(`--${m[1]} is not supported by the shim; use code-server's own CLI ($CODE_SERVER --${m[1]} …)`);
    process.exit(2);
  } else if (DEBUG) say(`ignoring ${a}`);
}
if (targets.length > 1) {
  warn(`expected at most one folder or workspace, got: ${targets.join(' ')}`);
  process.exit(2);
}
const target = targets.length ? path.resolve(targets[0]) : undefined;
if (target && !fs.existsSync(target)) {
  warn(`no such folder or workspace: ${target}`);
  process.exit(2);
}

let tools;
try {
  tools = cs.resolveTools();
} catch (e) {
  warn(e.message);
  process.exit(2);
}
const TIMEOUT_S = Number(process.env.SHIM_TIMEOUT_S) || 300;
const ARTIFACTS = path.resolve(process.env.SHIM_ARTIFACTS || 'test-results/code-shim');

// ---- state and cleanup ---------------------------------------------------------------------------------------
const sandbox = cs.createSandbox('aovpn-code-shim');
process.env.TMPDIR = sandbox.dirs.tmp; // playwright's own temp files stay in the sandbox too
let server; // { base, authority, stop }
let context; // playwright browser context
let page;
const browserProblems = [];
let workbenchLogs = []; // the browser-side log files handed over by codeAutomationExit
let cleaning = false;

async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  if (context) await context.close().catch((e) => warn(`closing the browser: ${e.message}`));
  if (server) await server.stop().catch((e) => warn(e.message));
  if (DEBUG) say(`stopped; temp dir kept: ${sandbox.root}`);
  else sandbox.remove();
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    warn(`received ${sig}, stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

async function saveDiagnostics(reason) {
  const dest = path.join(ARTIFACTS, new Date().toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(dest, { recursive: true });
  const lines = [`---- code-shim: diagnostics (${reason}) ----`];
  if (page) {
    const shot = path.join(dest, 'workbench.png');
    try {
      await page.screenshot({ path: shot, timeout: 10000 });
      lines.push(`screenshot: ${shot}`);
    } catch (e) {
      lines.push(`screenshot failed: ${e.message}`);
    }
  }
  const extra = workbenchLogs.map((l) => ({ relativePath: path.join('workbench-logs', l.relativePath), contents: l.contents }));
  extra.push({ relativePath: 'browser-problems.txt', contents: browserProblems.join('\n') + '\n' });
  lines.push(cs.collectLogs(sandbox, dest, extra));
  if (browserProblems.length) lines.push('', '-- browser console errors / failed requests (last 15) --', ...browserProblems.slice(-15));
  lines.push('---- end of code-shim diagnostics ----');
  warn(lines.join('\n'));
}

// ---- main ----------------------------------------------------------------------------------------------------
async function main() {
  if (DEBUG) say(`temp dir ${sandbox.root}`);
  server = await cs.startCodeServer(tools.codeServer, sandbox);
  say(`code-server up at ${server.base}`);

  context = await cs.launchBrowser(tools, sandbox);
  page = context.pages()[0] || (await context.newPage());
  cs.recordBrowserProblems(page, browserProblems, DEBUG ? say : undefined);

  let finish;
  const finished = new Promise((resolve) => {
    finish = resolve;
  });
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

  const remote = (p) => `vscode-remote://${server.authority}${p}`;
  const payload = devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const query = [];
  if (target && target.endsWith('.code-workspace')) query.push(`workspace=${encodeURIComponent(target)}`);
  else if (target) query.push(`folder=${encodeURIComponent(target)}`);
  else query.push('ew=true');
  query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.goto(`${server.base}/?${query.join('&')}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  say(`workbench loaded${testsPath ? '; running extension tests' : ''}`);

  if (!testsPath) return 0; // nothing to wait for: behave like `code FOLDER` that is closed again

  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), TIMEOUT_S * 1000);
  });
  const code = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') {
    await saveDiagnostics(`no result within SHIM_TIMEOUT_S=${TIMEOUT_S} s`);
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
