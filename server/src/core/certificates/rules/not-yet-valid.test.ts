import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { notYetValidRule } from './not-yet-valid';
import { runRule } from './testing';

test('cert/not-yet-valid: a certificate valid from next month is an error', async () => {
  const early = await makeLeaf({ subject: 'CN=vpn.contoso.com', notBefore: new Date('2025-07-01T00:00:00Z') });
  const report = runRule(notYetValidRule, early);
  assert.ok(report);
  assert.match(report.message, /not valid before 2025-07-01/);
  assert.equal(notYetValidRule.defaultSeverity, 'error');
});

test('cert/not-yet-valid: a current certificate passes', async () => {
  assert.equal(runRule(notYetValidRule, (await contosoPki()).user), undefined);
});
