// Bundles the extension client, the language server and the CLI.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, realpathSync } from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  define: { AOVPN_VERSION: JSON.stringify(version) },
};

// The CLI is split: dist/cli.js holds only the dispatcher (server/src/cli/main.ts), and each command that main.ts
// loads with require('./name') is its own bundle, dist/cli/name.js, loaded only when that command runs (a one-file
// command costs little more than Node's own start-up). `aovpn check` is split further so that the main thread of a
// parallel run does not load the analysis core: check.js (arguments, files, report, workers), checkFile.js (one
// file: the core), checkWorker.js (a worker thread around checkFile.js) and checkPatch.js (the diff library, for
// --fix --dry-run only). A module of one of these bundles that
// imports another's entry module loads that bundle at run time (through server/src/node/compileCache.ts, which keeps
// V8's compiled code between runs) instead of including it.
const CLI_DIR = 'server/src/cli';
const CLI_MAIN = `${CLI_DIR}/main.ts`;
// esbuild names importers by their real path (the bench builds in a folder of links to the sources).
const CLI_DIR_REAL = realpathSync(CLI_DIR);
const CLI_MAIN_REAL = realpathSync(CLI_MAIN);
const COMPILE_CACHE = realpathSync('server/src/node/compileCache.ts');
const cliCommands = [...readFileSync(CLI_MAIN, 'utf8').matchAll(/require\('\.\/(\w+)'\)/g)].map((m) => m[1]);
const cliBundles = [...cliCommands, 'checkFile', 'checkWorker', 'checkPatch'];
const splitCli = {
  name: 'split-cli',
  setup(build) {
    build.onResolve({ filter: /^\.\/\w+$/ }, (args) => {
      const name = args.path.slice(2);
      const importer = realpathSync(args.importer);
      if (path.dirname(importer) !== CLI_DIR_REAL || !cliBundles.includes(name) || path.basename(importer, '.ts') === name) return undefined;
      return { path: importer === CLI_MAIN_REAL ? `cli/${name}.js` : `${name}.js`, namespace: 'cli-bundle' };
    });
    build.onLoad({ filter: /.*/, namespace: 'cli-bundle' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(COMPILE_CACHE)}).loadBundle(require('node:path').join(__dirname, ${JSON.stringify(args.path)}));`,
      resolveDir: path.dirname(COMPILE_CACHE),
      loader: 'js',
    }));
  },
};

// The certificate library (@peculiar/x509 and its polyfill) is loaded on the first certificate decoded
// (server/src/core/certificates/lazyX509.ts). In the CLI it is a bundle of its own, dist/cli/x509.js: `aovpn check`
// loads it only when a folder it checks holds certificates or a file holds a PEM block; `aovpn cert` includes it.
const LAZY_X509 = realpathSync('server/src/core/certificates/lazyX509.ts');
const X509_MODULE = 'server/src/core/certificates/x509.ts';
const x509Bundle = {
  name: 'x509-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/x509$/ }, (args) => (realpathSync(args.importer) === LAZY_X509 ? { path: 'x509.js', namespace: 'x509-bundle' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'x509-bundle' }, () => ({
      contents: `module.exports = require(${JSON.stringify(COMPILE_CACHE)}).loadBundle(require('node:path').join(__dirname, 'x509.js'));`,
      resolveDir: path.dirname(COMPILE_CACHE),
      loader: 'js',
    }));
  },
};

const builds = [
  // The client is split: a small activation bundle and a lazily loaded language-client bundle.
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode', './lspClient'] },
  { ...common, entryPoints: { lspClient: 'client/src/lspClient.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: { cli: CLI_MAIN }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, plugins: [splitCli] },
  // The ES module builds of the certificate libraries let esbuild leave out what the CLI never uses (their CommonJS
  // builds load every ASN.1 module they have): `aovpn cert` loads 35% less code.
  ...cliBundles.map((name) => ({
    ...common,
    entryPoints: { [name]: `${CLI_DIR}/${name}.ts` },
    outdir: 'dist/cli',
    mainFields: ['module', 'main'],
    plugins: name === 'cert' ? [splitCli] : [splitCli, x509Bundle],
  })),
  { ...common, entryPoints: { x509: X509_MODULE }, outdir: 'dist/cli', mainFields: ['module', 'main'] },
];

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // The two bin entries run directly too (./dist/cli.js), not only through npm's shims.
  for (const bin of ['dist/cli.js', 'dist/server.js']) chmodSync(bin, 0o755);
}
