// The TextMate grammar for NPS logs and event text (syntaxes/aovpn-log.tmLanguage.json): valid JSON, every regex
// compiles (JS RegExp is close enough to Oniguruma for the syntax used), every include resolves, and the key
// patterns pick out what they should on the fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readLogFixture, repoRoot } from './testing/fixtures';

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
  beginCaptures?: Record<string, Rule>;
  endCaptures?: Record<string, Rule>;
  name?: string;
}

interface Grammar extends Rule {
  scopeName: string;
  repository: Record<string, Rule>;
}

const syntaxes = path.join(repoRoot(), 'syntaxes');
const grammar = JSON.parse(fs.readFileSync(path.join(syntaxes, 'aovpn-log.tmLanguage.json'), 'utf8')) as Grammar;

function* rules(rule: Rule): Generator<Rule> {
  yield rule;
  for (const child of rule.patterns ?? []) yield* rules(child);
  for (const group of [rule.captures, rule.beginCaptures, rule.endCaptures]) {
    for (const child of Object.values(group ?? {})) yield* rules(child);
  }
}

// The top-level object is left out: its `name` is the grammar's display name, not a scope.
function allRules(): Rule[] {
  return [...(grammar.patterns ?? []), ...Object.values(grammar.repository)].flatMap((rule) => [...rules(rule)]);
}

test('the grammar is the one package.json contributes, and every regex compiles', () => {
  assert.equal(grammar.scopeName, 'source.aovpn-log');
  let regexes = 0;
  for (const rule of allRules()) {
    for (const source of [rule.match, rule.begin, rule.end]) {
      if (source === undefined) continue;
      assert.doesNotThrow(() => new RegExp(source), source);
      regexes++;
    }
    if (rule.name) assert.match(rule.name, /\.aovpn-log$/, `scope ${rule.name} ends with the language suffix`);
  }
  assert.ok(regexes > 20);
});

test('every include points at a repository entry, and every entry is used', () => {
  const used = new Set<string>();
  for (const rule of allRules()) {
    if (!rule.include) continue;
    assert.match(rule.include, /^#/);
    const name = rule.include.slice(1);
    assert.ok(grammar.repository[name], `repository has ${name}`);
    used.add(name);
  }
  assert.deepEqual(
    Object.keys(grammar.repository).filter((name) => !used.has(name)),
    [],
  );
});

test('the language configuration is valid JSON with a word pattern that keeps codes whole', () => {
  const config = JSON.parse(fs.readFileSync(path.join(syntaxes, 'aovpn-log.language-configuration.json'), 'utf8')) as {
    wordPattern: string;
    brackets: string[][];
  };
  const word = new RegExp(`^(?:${config.wordPattern})$`);
  for (const code of ['-2146762495', '0x800B0101', '853', 'Reason-Code']) assert.match(code, word, code);
  assert.ok(config.brackets.length > 0);
});

test('key patterns recognise what they should on the fixtures', () => {
  const database = new RegExp(grammar.repository['database-line'].match!);
  const [, reject] = readLogFixture('IN2501.log').toString('utf8').split('\r\n');
  const groups = database.exec(reject);
  assert.ok(groups, 'a database-compatible line matches');
  assert.equal(groups[4], '3', 'Access-Reject in column 5');
  assert.equal(groups[7], '258', 'non-zero Reason-Code in column 26');
  const [request] = readLogFixture('IN2501.log').toString('utf8').split('\r\n');
  const requestGroups = database.exec(request)!;
  assert.equal(requestGroups[5], '1');
  assert.equal(requestGroups[8], '0');
  const ias = new RegExp(grammar.repository['ias-line'].begin!);
  assert.ok(ias.test(readLogFixture('iaslog2501.log').toString('utf8').split('\r\n')[1]));
  const rasclient = grammar.repository['rasclient-codes'].patterns!.map((rule) => new RegExp(rule.match!));
  assert.equal(rasclient[0].exec('The error code returned on failure is -2146762495.')?.[2], '-2146762495');
  const field = grammar.repository['event-field'].patterns!.map((rule) => new RegExp(rule.match!));
  assert.equal(field[0].exec('\tReason Code:\t\t\t258')?.[3], '258');
  assert.equal(field[0].exec('\tReason Code:\t\t\t0'), null);
});
