import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { deviceSubjectNotFqdnRule } from './device-subject-not-fqdn';
import { runRule } from './testing';

test('cert/device-subject-not-fqdn: a bare computer name gets an information', async () => {
  const bare = await makeLeaf({ subject: 'CN=PC1', eku: [EKU.clientAuth] });
  const report = runRule(deviceSubjectNotFqdnRule, bare, { role: 'device' });
  assert.ok(report);
  assert.equal(deviceSubjectNotFqdnRule.defaultSeverity, 'information');
  assert.match(report.message, /CN=PC1/);
});

test('cert/device-subject-not-fqdn: an FQDN in subject or SAN passes', async () => {
  assert.equal(runRule(deviceSubjectNotFqdnRule, (await contosoPki()).device, { role: 'device' }), undefined);
  const sanOnly = await makeLeaf({ subject: 'CN=PC1', eku: [EKU.clientAuth], san: [{ type: 'dns', value: 'pc1.corp.contoso.com' }] });
  assert.equal(runRule(deviceSubjectNotFqdnRule, sanOnly, { role: 'device' }), undefined);
});
