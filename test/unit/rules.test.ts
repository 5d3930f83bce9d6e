// The rule registry: unique stable IDs, documentation links, every reported rule registered, and
// docs/rules.md generated from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/core/rules/registry';
import { rulesMarkdown } from '../../server/src/cli/rules';
import { analyzeDocument } from '../../server/src/core/analysis';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('rule IDs are unique, kebab-case and grouped by area', () => {
  const rules = allRules();
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^(xml|profile|eap|cert|aovpn)\/[a-z0-9]+(-[a-z0-9]+)*$/, id);
  assert.ok(rules.length > 150, `${rules.length} rules`);
});

test('every rule has a title, a severity and (except the analysis rules) a documentation link', () => {
  for (const rule of allRules()) {
    assert.ok(rule.title.length > 10, rule.id);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.defaultSeverity), rule.id);
    if (!rule.id.startsWith('aovpn/')) assert.match(rule.docUrl, /^https:\/\//, rule.id);
  }
});

test('every rule reported on the examples and fixtures is registered', () => {
  const known = new Set(allRules().map((r) => r.id));
  const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'profiles'), path.join(ROOT, 'test', 'e2e', 'workspace')];
  let seen = 0;
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.xml'))) {
      for (const finding of analyzeDocument(fs.readFileSync(path.join(dir, name), 'utf8')).findings) {
        assert.ok(known.has(finding.ruleId), `${name}: ${finding.ruleId} is not in the registry`);
        seen++;
      }
    }
  }
  assert.ok(seen > 10);
});

test('docs/rules.md is up to date (regenerate with: node dist/cli.js rules --markdown > docs/rules.md)', () => {
  assert.equal(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesMarkdown());
});
