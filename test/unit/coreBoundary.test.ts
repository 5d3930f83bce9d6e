// The analysis core stays pure: no editor or LSP-connection imports, no file, network or process access.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'core');
const FORBIDDEN =
  /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|(node:)?(fs|fs\/promises|net|http|https|child_process|worker_threads))['"]|require\(\s*['"](vscode|(node:)?(fs|net|child_process))['"]\s*\)/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

test('server/src/core imports no vscode, LSP connection, file, network or process modules', () => {
  const files = sources(CORE);
  assert.ok(files.length > 20);
  const offenders = files.filter((file) => FORBIDDEN.test(fs.readFileSync(file, 'utf8'))).map((f) => path.relative(CORE, f));
  assert.deepEqual(offenders, []);
});
