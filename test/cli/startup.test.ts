// What a command loads: each command is its own bundle, and only `aovpn cert` (and `aovpn rules`, for the rule list)
// loads the certificate stack (@peculiar/x509 and reflect-metadata). The compiled code is kept between runs in a
// cache folder of the user's own. Speed itself is measured by `npm run bench`, not here.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './cliRunner';

const root = repoRoot();
const dist = path.join(root, 'dist');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-startup-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

const PROFILE = path.join(root, 'test', 'fixtures', 'profiles', 'user-tunnel.xml');
const CERTIFICATE = path.join(root, 'test', 'fixtures', 'certs', 'vpn-server.cer');
const CERTIFICATE_STACK = ['@peculiar/x509', 'reflect-metadata'];

/** The packages esbuild put in a development bundle (its `// …node_modules/…` module comments). */
function bundledPackages(file: string): Set<string> {
  const packages = new Set<string>();
  // node_modules may be a link (a worktree's), which esbuild shows resolved: `// ../main/node_modules/…`.
  for (const match of fs.readFileSync(file, 'utf8').matchAll(/^\/\/ (?:[^\n]*\/)?node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) packages.add(match[1]);
  return packages;
}

test('the bundles of one-file commands hold no certificate library; the cert bundle does', () => {
  for (const bundle of ['cli.js', 'cli/check.js', 'cli/checkFile.js', 'cli/checkWorker.js', 'cli/explain.js', 'cli/logs.js']) {
    const packages = bundledPackages(path.join(dist, bundle));
    for (const name of CERTIFICATE_STACK) assert.ok(!packages.has(name), `dist/${bundle} bundles ${name}`);
  }
  const cert = bundledPackages(path.join(dist, 'cli', 'cert.js'));
  for (const name of CERTIFICATE_STACK) assert.ok(cert.has(name), `dist/cli/cert.js bundles ${name}`);
  // `aovpn check` loads it from its own bundle when a folder holds certificates (test/cli/checkWorkspace.test.ts).
  const x509 = bundledPackages(path.join(dist, 'cli', 'x509.js'));
  for (const name of CERTIFICATE_STACK) assert.ok(x509.has(name), `dist/cli/x509.js bundles ${name}`);
  // The dispatcher is only the dispatcher: no analysis core in it.
  assert.ok(fs.statSync(path.join(dist, 'cli.js')).size < 30 * 1024, 'dist/cli.js is small');
});

/** The source files esbuild put in a development bundle (its `// path` module comments). */
function bundledSources(file: string): string[] {
  return [...fs.readFileSync(path.join(dist, file), 'utf8').matchAll(/^\/\/ (server\/src\/[^\n]+\.ts)$/gm)].map((match) => match[1]);
}

test("checking a file loads the analysis, not the editor's features; the diff library only for --dry-run", () => {
  const sources = bundledSources('cli/checkFile.js');
  assert.ok(sources.includes('server/src/core/analysis.ts') && sources.includes('server/src/core/documentState.ts'), 'the analysis and the document state are in');
  for (const editorOnly of [
    'server/src/core/service.ts',
    'server/src/core/features/hover.ts',
    'server/src/core/features/completion.ts',
    'server/src/core/codes/explain.ts',
    'server/src/core/deploy/export.ts',
  ]) {
    assert.ok(!sources.includes(editorOnly), `dist/cli/checkFile.js bundles ${editorOnly}`);
  }
  assert.ok(!bundledPackages(path.join(dist, 'cli', 'checkFile.js')).has('diff'), 'dist/cli/checkFile.js bundles the diff library');
  assert.ok(bundledPackages(path.join(dist, 'cli', 'checkPatch.js')).has('diff'));
});

test('one-file commands load no more of Node than they need: no streams (output is written with write(2)), crypto only for certificates', { skip: process.platform === 'win32' }, () => {
  // Node's own modules the command loaded, noted by a preload (`node -e` would load more of Node itself first).
  const preload = path.join(temp, 'modules-preload.js');
  const out = path.join(temp, 'modules');
  fs.writeFileSync(
    preload,
    `const base = new Set(process.moduleLoadList);
    process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.filter((m) => !base.has(m)).join('\\n')));`,
  );
  const loaded = (args: string[]) => {
    const run = spawnSync(process.execPath, ['--require', preload, path.join(dist, 'cli.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    return fs.readFileSync(out, 'utf8').split('\n');
  };
  for (const args of [
    ['check', PROFILE],
    ['explain', '809'],
    ['cert', CERTIFICATE],
  ]) {
    const modules = loaded(args);
    for (const heavy of ['NativeModule net', 'NativeModule worker_threads', 'NativeModule internal/fs/promises']) {
      assert.ok(!modules.includes(heavy), `${args.join(' ')} loaded ${heavy}`);
    }
    // Certificates need node:crypto (their hashes), which loads Node's streams itself.
    const certificates = args[0] === 'cert';
    assert.equal(modules.includes('NativeModule crypto'), certificates, `${args.join(' ')}: node:crypto`);
    if (!certificates) assert.ok(!modules.includes('NativeModule stream'), `${args.join(' ')} loaded Node's streams`);
  }
});

/** Runs a command from the compiled sources (out/) in a fresh process and lists the packages it loaded. */
function loadedPackages(args: string[]): { status: number; packages: string[] } {
  const script = `
    const { main } = require(${JSON.stringify(path.join(root, 'out', 'server', 'src', 'cli', 'main.js'))});
    main(${JSON.stringify(args)}, { stdout() {}, stderr() {}, cwd: ${JSON.stringify(root)} }).then((status) => {
      const packages = new Set(Object.keys(require.cache).map((f) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f)?.[1]).filter(Boolean));
      process.stdout.write(JSON.stringify({ status, packages: [...packages].map((p) => p.replace('\\\\', '/')) }));
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { status: number; packages: string[] };
}

test('check and explain never load the certificate stack; cert does', () => {
  for (const args of [
    ['check', PROFILE],
    ['check', '--format', 'sarif', PROFILE],
    ['explain', '809'],
  ]) {
    const { packages } = loadedPackages(args);
    for (const name of CERTIFICATE_STACK) assert.ok(!packages.includes(name), `${args.join(' ')} loaded ${name}`);
  }
  const cert = loadedPackages(['cert', CERTIFICATE]);
  assert.equal(cert.status, 0);
  for (const name of CERTIFICATE_STACK) assert.ok(cert.packages.includes(name), `cert loaded ${name}`);
});

function cli(args: string[], env: Record<string, string | undefined>) {
  return spawnSync(process.execPath, [path.join(dist, 'cli.js'), ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
}

const posix = process.platform !== 'win32';

test('compiled code is cached in a folder of the user own and reused; the output is the same', { skip: !posix }, () => {
  const tmp = fs.mkdtempSync(path.join(temp, 'tmp-'));
  const env = { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: undefined };
  const first = cli(['check', PROFILE], env);
  const folder = path.join(tmp, `aovpn-compile-cache-${process.getuid!()}`);
  const made = fs.readdirSync(folder).sort();
  assert.deepEqual(
    made.map((name) => name.split('-')[0]),
    ['check', 'checkFile'],
  );
  assert.equal(fs.statSync(folder).mode & 0o777, 0o700);
  for (const name of made) assert.equal(fs.statSync(path.join(folder, name)).mode & 0o777, 0o600, name);
  const mtimes = made.map((name) => fs.statSync(path.join(folder, name)).mtimeMs);
  const second = cli(['check', PROFILE], env);
  assert.equal(second.stdout, first.stdout);
  assert.equal(second.stderr, first.stderr);
  assert.equal(second.status, first.status);
  assert.deepEqual(
    made.map((name) => fs.statSync(path.join(folder, name)).mtimeMs),
    mtimes,
    'the cache was read, not written again',
  );
  assert.ok(cli(['explain', '809'], env).stdout.includes('809'));
  assert.ok(fs.readdirSync(folder).some((name) => name.startsWith('explain-')));
});

test('a cache folder others may write to is not used; NODE_DISABLE_COMPILE_CACHE turns the cache off', { skip: !posix }, () => {
  const tmp = fs.mkdtempSync(path.join(temp, 'tmp-'));
  const folder = path.join(tmp, `aovpn-compile-cache-${process.getuid!()}`);
  fs.mkdirSync(folder);
  fs.chmodSync(folder, 0o777);
  const shared = cli(['explain', '809'], { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: undefined });
  assert.equal(shared.status, 0, shared.stderr);
  assert.deepEqual(fs.readdirSync(folder), [], 'nothing read from or written to a folder others can write to');
  const off = fs.mkdtempSync(path.join(temp, 'tmp-'));
  const disabled = cli(['explain', '809'], { TMPDIR: off, NODE_DISABLE_COMPILE_CACHE: '1' });
  assert.equal(disabled.status, 0, disabled.stderr);
  assert.deepEqual(fs.readdirSync(off), []);
});
