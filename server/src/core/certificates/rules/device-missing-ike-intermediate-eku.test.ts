import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { deviceMissingIkeIntermediateEkuRule } from './device-missing-ike-intermediate-eku';
import { runRule } from './testing';

test('cert/device-missing-ike-intermediate-eku: Client Authentication alone gets an information about 13801', async () => {
  const clientOnly = await makeLeaf({ subject: 'CN=pc1.corp.contoso.com', eku: [EKU.clientAuth] });
  const report = runRule(deviceMissingIkeIntermediateEkuRule, clientOnly, { role: 'device' });
  assert.ok(report);
  assert.equal(deviceMissingIkeIntermediateEkuRule.defaultSeverity, 'information');
  assert.match(report.message, /13801/);
});

test('cert/device-missing-ike-intermediate-eku: passes with the EKU', async () => {
  assert.equal(runRule(deviceMissingIkeIntermediateEkuRule, (await contosoPki()).device, { role: 'device' }), undefined);
});
