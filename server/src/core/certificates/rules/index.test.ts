import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { allCertificateRules, certificateRules, pemRules, serverNameRules, thumbprintRules } from './index';

test('certificate rules: unique stable cert/ IDs, each listed once, sorted by ID, with its own module and test', () => {
  const ids = allCertificateRules.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(ids.length, certificateRules.length + thumbprintRules.length + serverNameRules.length + pemRules.length);
  for (const list of [certificateRules, thumbprintRules, serverNameRules, pemRules]) {
    const own = list.map((rule) => rule.id);
    assert.deepEqual(own, [...own].sort(), 'each list is sorted by ID');
  }
  const files = readdirSync(__dirname);
  for (const rule of allCertificateRules) {
    assert.match(rule.id, /^cert\/[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.match(rule.docUrl, /^https:\/\//);
    assert.ok(rule.title.length > 10, rule.id);
    const name = rule.id.slice('cert/'.length);
    assert.ok(files.includes(`${name}.js`), `${name}.js`);
    assert.ok(files.includes(`${name}.test.js`), `${name}.test.js`);
  }
});
