import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { expiringSoonRule } from './expiring-soon';
import { runRule } from './testing';

test('cert/expiring-soon: warns within the threshold, which is a parameter', async () => {
  const soon = await makeLeaf({ subject: 'CN=nps1.corp.contoso.com', notAfter: new Date('2025-06-21T12:00:00Z') });
  const report = runRule(expiringSoonRule, soon);
  assert.ok(report);
  assert.match(report.message, /expires in 20 days \(on 2025-06-21\)/);
  assert.match(report.message, /30-day/);
  assert.equal(runRule(expiringSoonRule, soon, { expiryWarningDays: 10 }), undefined);
  assert.match(runRule(expiringSoonRule, soon, { expiryWarningDays: 60 })!.message, /60-day/);
});

test('cert/expiring-soon: silent for long-valid and for already expired certificates', async () => {
  assert.equal(runRule(expiringSoonRule, (await contosoPki()).device), undefined);
  const expired = await makeLeaf({ subject: 'CN=x.contoso.com', notAfter: new Date('2025-01-01T00:00:00Z') });
  assert.equal(runRule(expiringSoonRule, expired), undefined);
});
