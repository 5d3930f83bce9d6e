// Section 4: what the extension ships. A production build (`node esbuild.mjs --production`) made in a temp dir
// (so that dist/, which the tests use, is left alone), the size of each bundle, and proof that the activation
// bundle leaves the language client and the certificate library to the bundles that load them lazily.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO } from './lib/paths.mjs';

/** Strings that survive minification, one per library the activation bundle must not contain. */
const MARKERS = {
  'vscode-languageclient': 'Stopping server timed out',
  '@peculiar/x509': 'Cannot convert ASN.1 signature value',
};
const CLIENT_LIMIT = 100 * 1024;

/** Runs the project's own esbuild.mjs in a temp dir that links to the sources; returns its dist/. */
export function build(production) {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'aovpn-bench-build-'));
  for (const entry of ['client', 'server', 'node_modules', 'package.json', 'esbuild.mjs', 'tsconfig.json']) {
    symlinkSync(path.join(REPO, entry), path.join(temp, entry));
  }
  const args = [path.join(temp, 'esbuild.mjs'), ...(production ? ['--production'] : [])];
  const result = spawnSync(process.execPath, args, { cwd: temp, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return { dir: path.join(temp, 'dist'), remove: () => rmSync(temp, { recursive: true, force: true }) };
}

/** Packages bundled into a development build of `file`, from esbuild's `// node_modules/…` module comments. */
function bundledPackages(file) {
  const packages = new Set();
  for (const match of readFileSync(file, 'utf8').matchAll(/^\/\/ (?:[^\n]*\/)?node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) packages.add(match[1]);
  return [...packages].sort();
}

export async function benchBundles({ log = () => {} } = {}) {
  log('bundles: production and development builds');
  const development = build(false);
  let devPackages;
  try {
    devPackages = bundledPackages(path.join(development.dir, 'client.js'));
  } finally {
    development.remove();
  }
  const production = build(true);
  const rows = [];
  try {
    // The CLI's commands are bundles of their own, in dist/cli/.
    const files = [...readdirSync(production.dir), ...readdirSync(path.join(production.dir, 'cli')).map((f) => `cli/${f}`)].filter((f) => f.endsWith('.js')).sort();
    for (const file of files) {
      const full = path.join(production.dir, file);
      const bytes = statSync(full).size;
      const text = readFileSync(full, 'utf8');
      const gzip = gzipSync(text).length;
      const row = {
        section: 'Bundles (node esbuild.mjs --production)',
        measure: `dist/${file}`,
        result: `${(bytes / 1024).toFixed(1)} KB`,
        reference: `gzip ${(gzip / 1024).toFixed(1)} KB`,
        ratio: '',
        target: '',
        status: '',
        raw: { bytes, gzip },
      };
      if (file === 'client.js') {
        const found = Object.entries(MARKERS)
          .filter(([, marker]) => text.includes(marker))
          .map(([name]) => name);
        row.measure = `dist/client.js (activation bundle; contains ${found.length ? found.join(', ') : 'neither vscode-languageclient nor @peculiar/x509'}; node_modules in the development build: ${devPackages.length ? devPackages.join(', ') : 'none'})`;
        row.target = '< 100 KB, no language client or x509';
        row.status = bytes < CLIENT_LIMIT && found.length === 0 ? 'PASS' : 'MISS';
        row.raw.forbidden = found;
        row.raw.devPackages = devPackages;
      }
      rows.push(row);
    }
  } finally {
    production.remove();
  }
  return rows;
}
