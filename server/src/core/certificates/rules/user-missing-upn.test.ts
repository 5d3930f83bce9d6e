import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { userMissingUpnRule } from './user-missing-upn';
import { runRule } from './testing';

test('cert/user-missing-upn: a user certificate with only an email SAN is a warning (reason 298)', async () => {
  const emailOnly = await makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], san: [{ type: 'email', value: 'alice@contoso.com' }] });
  const report = runRule(userMissingUpnRule, emailOnly, { role: 'user' });
  assert.ok(report);
  assert.equal(userMissingUpnRule.defaultSeverity, 'warning');
  assert.match(report.message, /298/);
});

test('cert/user-missing-upn: a UPN passes', async () => {
  assert.equal(runRule(userMissingUpnRule, (await contosoPki()).user, { role: 'user' }), undefined);
});
