// The contributed `$aovpn` problem matcher reads what `aovpn check` prints (text format), so a task that runs the
// CLI fills the Problems panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface Matcher {
  readonly name: string;
  readonly pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number };
}

test('the $aovpn problem matcher reads every finding line of aovpn check', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const matcher = (manifest.contributes.problemMatchers as Matcher[]).find((m) => m.name === 'aovpn');
  assert.ok(matcher);
  const regexp = new RegExp(matcher.pattern.regexp);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-matcher-'));
  const file = path.join(dir, 'my profile.xml');
  fs.writeFileSync(file, '<VPNProfile>\n  <AlwaysOn>True</AlwaysOn>\n  <NativeProfile><Servers>vpn.example.com</Servers></NativeProfile>\n</VPNProfile>\n');
  let output: string;
  try {
    output = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', file], { encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const lines = output.split('\n').filter((line) => line.startsWith(file));
  assert.ok(lines.length > 0, output);
  const groups = matcher.pattern;
  const read = lines.map((line) => {
    const match = regexp.exec(line);
    assert.ok(match, line);
    assert.equal(match[groups.file], file);
    assert.ok(match[groups.message].length > 0);
    return { line: match[groups.line], column: match[groups.column], severity: match[groups.severity], code: match[groups.code] };
  });
  // VS Code's problem matchers know error, warning and info: `information` is read as info.
  assert.deepEqual(
    read.find((r) => r.code === 'profile/lowercase-true-required'),
    { line: '2', column: '13', severity: 'error', code: 'profile/lowercase-true-required' },
  );
  assert.deepEqual(read.find((r) => r.code === 'profile/always-on-without-trusted-network')?.severity, 'info');
});
