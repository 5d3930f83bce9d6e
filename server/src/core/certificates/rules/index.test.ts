import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { certificateRules } from './index';

test('certificate rules: unique stable cert/ IDs, documented, each with its own module and test', () => {
  const ids = certificateRules.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  const files = readdirSync(__dirname);
  for (const rule of certificateRules) {
    assert.match(rule.id, /^cert\/[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.match(rule.docUrl, /^https:\/\//);
    assert.ok(rule.title.length > 10, rule.id);
    const name = rule.id.slice('cert/'.length);
    assert.ok(files.includes(`${name}.js`), `${name}.js`);
    assert.ok(files.includes(`${name}.test.js`), `${name}.test.js`);
  }
});
