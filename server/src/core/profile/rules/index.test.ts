// The profile rule list: sorted by ID, and every rule carries what the rule kit asks of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { profileRules } from './index';

test('profile rules are listed sorted by ID, each ID once', () => {
  const ids = profileRules.map((r) => r.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
});

test('every profile rule declares its fix kinds and documents itself with a right and a wrong example', () => {
  for (const rule of profileRules) {
    assert.ok(rule.fixKinds, `${rule.id} declares fixKinds`);
    assert.ok(rule.docs && rule.docs.rationale.length > 80, `${rule.id} has a rationale`);
    assert.ok(rule.docs?.wrong && rule.docs.right, `${rule.id} has wrong and right examples`);
    assert.match(rule.docUrl, /^https:\/\//, `${rule.id} cites a public source`);
  }
});
