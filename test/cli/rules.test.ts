// `aovpn rules`: the list of every rule with its default severity and fix kinds, as JSON, and as the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from './cliRunner';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('aovpn rules: one line per rule with its severity, fix kinds and title; opt-in rules are marked', () => {
  const run = runCli(['rules']);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.ok(lines.length > 150, `${lines.length} rules`);
  assert.match(
    lines.find((l) => l.startsWith('xml/unescaped-ampersand '))!,
    /^xml\/unescaped-ampersand\s+error\s+safe\s+A raw '&' that must be written '&amp;'$/,
  );
  assert.match(
    lines.find((l) => l.startsWith('xml/unclosed-element '))!,
    /\berror\s+safe, suggestion\s+An element is never closed$/,
  );
  assert.match(
    lines.find((l) => l.startsWith('profile/element-order '))!,
    /\bhint \(opt-in\)\s+none\s+/,
  );
  assert.match(
    lines.find((l) => l.startsWith('cert/expired '))!,
    /\berror\s+none\s+The certificate has expired$/,
  );
});

test('aovpn rules --json lists the metadata with the fix kinds; --markdown is docs/rules.md', () => {
  const json = JSON.parse(runCli(['rules', '--json']).stdout) as { id: string; fixKinds: string[]; optIn?: boolean; docs?: { rationale: string } }[];
  const boolean = json.find((rule) => rule.id === 'profile/invalid-boolean')!;
  assert.deepEqual(boolean.fixKinds, ['suggestion']);
  assert.ok(boolean.docs!.rationale.length > 40);
  assert.equal(json.find((rule) => rule.id === 'profile/element-order')!.optIn, true);
  assert.equal(runCli(['rules', '--markdown']).stdout, fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'));
});

test('aovpn rules ID prints the rule page and the path of its file; an unknown ID is a usage error', () => {
  const run = runCli(['rules', 'profile/device-tunnel-force-tunnel']);
  assert.equal(run.status, 0, run.stderr);
  const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'profile', 'device-tunnel-force-tunnel.md'), 'utf8');
  assert.ok(run.stdout.startsWith(page.trimEnd() + '\n'), run.stdout.slice(0, 200));
  assert.ok(run.stdout.endsWith(`\nPage: ${path.join(ROOT, 'docs', 'rules', 'profile', 'device-tunnel-force-tunnel.md')}\n`), run.stdout.slice(-200));
  const unknown = runCli(['rules', 'profile/no-such-rule\u001b[2J']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no rule has the ID "profile\/no-such-rule\\x1b\[2J"/);
  assert.equal(unknown.stdout, '');
});
