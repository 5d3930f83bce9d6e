// Shared plumbing for running code-server (VS Code 1.100.3) and Debian's Chromium hermetically:
// used by .ci/code-shim.js (extension tests) and test/e2e/ui/*.js (UI tests).
//
// Everything a run writes (HOME, XDG dirs, TMPDIR, user data, extensions, browser profile, logs) goes into one
// temp dir; code-server runs in its own process group, which is terminated (and then killed) on stop.
'use strict';

const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const CS_VERSION = '4.100.3';
const DEFAULT_CODE_SERVER = path.join(os.homedir(), `.cache/aovpn-ci/code-server-${CS_VERSION}/node_modules/.bin/code-server`);
const PROJECT_ROOT = path.resolve(__dirname, '../..');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** code-server launcher, Chromium and playwright-core's chromium, or an Error saying which is missing. */
function resolveTools() {
  const codeServer = process.env.CODE_SERVER || DEFAULT_CODE_SERVER;
  const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(codeServer)) {
    throw new Error(`code-server not found at ${codeServer}: install it with .ci/install-code-server.sh DIR and set CODE_SERVER=DIR/node_modules/.bin/code-server`);
  }
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`);
  let chromium;
  try {
    ({ chromium } = require(require.resolve('playwright-core', { paths: [PROJECT_ROOT, process.cwd()] })));
  } catch (e) {
    throw new Error(`cannot load playwright-core (npm ci?): ${e.message}`, { cause: e });
  }
  return { codeServer, chromiumPath, chromium };
}

/** A fresh temp dir with the layout below; `env` points HOME, XDG_* and TMPDIR into it. */
function createSandbox(prefix) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const dirs = {};
  for (const d of ['home', 'config', 'data', 'cache', 'state', 'tmp', 'user-data', 'extensions', 'chromium']) {
    dirs[d] = path.join(root, d);
    fs.mkdirSync(dirs[d], { recursive: true });
  }
  const env = {
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: dirs.state,
    TMPDIR: dirs.tmp,
  };
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs['user-data'], 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'github.gitAuthentication': false,
        'chat.commandCenter.enabled': false,
        // the web workbench auto-saves after a delay by default: tests edit fixtures and must never write them
        'files.autoSave': 'off',
      },
      null,
      2,
    ),
  );
  const configFile = path.join(root, 'code-server.yaml');
  fs.writeFileSync(configFile, 'auth: none\n');
  return {
    root,
    dirs,
    env,
    configFile,
    logFile: path.join(root, 'code-server.log'),
    remove() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Runs a code-server CLI command (e.g. --install-extension) against the sandbox's profile; resolves its output. */
function codeServerCli(codeServer, sandbox, args) {
  const full = ['--config', sandbox.configFile, '--user-data-dir', sandbox.dirs['user-data'], '--extensions-dir', sandbox.dirs.extensions, ...args];
  const r = cp.spawnSync(codeServer, full, { env: { ...process.env, ...sandbox.env }, encoding: 'utf8', timeout: 120000 });
  const output = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${r.status ?? r.signal ?? r.error}):\n${output}`);
  return output;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts code-server on 127.0.0.1 (a free port chosen by the OS) in its own process group, output in
 * sandbox.logFile. Resolves { base, authority, stop } once /healthz answers.
 */
async function startCodeServer(codeServer, sandbox, extraArgs = []) {
  const out = fs.openSync(sandbox.logFile, 'a');
  const args = [
    '--config',
    sandbox.configFile,
    '--auth',
    'none',
    '--bind-addr',
    '127.0.0.1:0',
    '--user-data-dir',
    sandbox.dirs['user-data'],
    '--extensions-dir',
    sandbox.dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-file-downloads',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const proc = cp.spawn(codeServer, args, {
    detached: true, // own process group: the extension host, pty host and file watchers are stopped with it
    stdio: ['ignore', out, out],
    env: { ...process.env, ...sandbox.env },
  });
  fs.closeSync(out);
  let exited = null;
  proc.on('exit', (code, signal) => {
    exited = code ?? signal;
  });

  async function stop() {
    const pgid = proc.pid;
    if (!pgid || !groupAlive(pgid)) return;
    // code-server takes ~3 s to shut down gracefully; all its state is in the sandbox, so 1.5 s of grace is enough
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      /* gone */
    }
    for (let i = 0; i < 15 && groupAlive(pgid); i++) await sleep(100);
    if (groupAlive(pgid)) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* gone */
      }
      for (let i = 0; i < 30 && groupAlive(pgid); i++) await sleep(100);
    }
    if (groupAlive(pgid)) throw new Error(`code-server process group ${pgid} survived SIGKILL`);
  }

  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`code-server exited during start-up (${exited}); its output is in code-server.log`);
    const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\//.exec(fs.readFileSync(sandbox.logFile, 'utf8'));
    if (m) {
      try {
        const res = await fetch(`${m[1]}/healthz`);
        if (res.ok) return { base: m[1], authority: `127.0.0.1:${m[2]}`, stop, pid: proc.pid };
      } catch {
        /* not listening yet */
      }
    }
    await sleep(100);
  }
  await stop();
  throw new Error('code-server did not answer /healthz within 60 s');
}

/** Headless Chromium with a profile inside the sandbox. */
async function launchBrowser(tools, sandbox) {
  return tools.chromium.launchPersistentContext(sandbox.dirs.chromium, {
    executablePath: tools.chromiumPath,
    headless: true,
    // our own signal handlers stop the browser and code-server's process group, then remove the sandbox
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, ...sandbox.env },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
}

/** Records browser console errors, page errors and failed requests (minus known-benign noise) into `sink`. */
function recordBrowserProblems(page, sink, echo) {
  const benign = /vsda|ENOTFOUND|open-vsx|ERR_NAME_NOT_RESOLVED|net::ERR_ABORTED/;
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const t = `[console.${msg.type()}] ${msg.text()}`;
    if (!benign.test(t)) sink.push(t);
    if (echo) echo(t);
  });
  page.on('pageerror', (err) => sink.push(`[pageerror] ${err.message}`));
  page.on('requestfailed', (req) => {
    const t = `[requestfailed] ${req.url()} ${req.failure() ? req.failure().errorText : ''}`;
    if (!benign.test(t)) sink.push(t);
  });
}

function walk(dir) {
  const out = [];
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function tail(file, lines) {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(-lines - 1)
      .join('\n');
  } catch (e) {
    return `(cannot read ${file}: ${e.code || e.message})`;
  }
}

/** Server-side log files: user-data/logs/<session>/{remoteagent.log, exthost1/remoteexthost.log, exthost1/output_logging_*…}. */
function serverLogFiles(sandbox) {
  return walk(path.join(sandbox.dirs['user-data'], 'logs'));
}

/**
 * Copies code-server's output and its server-side logs (plus `extra` files: [{ relativePath, contents }]) to
 * `dest`, and returns a text summary with the tails that matter: code-server output, the extension host log
 * and our extension's output channel.
 */
function collectLogs(sandbox, dest, extra = []) {
  fs.mkdirSync(dest, { recursive: true });
  try {
    fs.copyFileSync(sandbox.logFile, path.join(dest, 'code-server.log'));
  } catch {
    /* shown by tail() */
  }
  const logsRoot = path.join(sandbox.dirs['user-data'], 'logs');
  const files = serverLogFiles(sandbox);
  for (const f of files) {
    const to = path.join(dest, 'server-logs', path.relative(logsRoot, f));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(f, to);
  }
  for (const { relativePath, contents } of extra) {
    const to = path.join(dest, relativePath);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, contents);
  }
  const lines = [`logs: ${dest}`, '', '-- code-server output (tail) --', tail(sandbox.logFile, 25)];
  for (const f of files.filter((x) => /remoteexthost\.log$/.test(x))) {
    lines.push('', `-- extension host log ${path.basename(path.dirname(f))} (tail) --`, tail(f, 40));
  }
  for (const f of files.filter((x) => /output_logging_/.test(x) && /always ?on ?vpn|aovpn/i.test(path.basename(x)))) {
    lines.push('', `-- output channel ${path.basename(f)} (tail) --`, tail(f, 40));
  }
  return lines.join('\n');
}

module.exports = {
  CS_VERSION,
  PROJECT_ROOT,
  sleep,
  resolveTools,
  createSandbox,
  codeServerCli,
  startCodeServer,
  launchBrowser,
  recordBrowserProblems,
  serverLogFiles,
  collectLogs,
  tail,
};
