import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contosoPki } from '../testing/certificates';
import { ikev2ServerMissingIkeIntermediateEkuRule } from './ikev2-server-missing-ike-intermediate-eku';
import { runRule } from './testing';

test('cert/ikev2-server-missing-ike-intermediate-eku: Server Authentication alone is a warning for an IKEv2 server', async () => {
  const { sstpServer } = await contosoPki();
  const report = runRule(ikev2ServerMissingIkeIntermediateEkuRule, sstpServer, { role: 'vpn-server' });
  assert.ok(report);
  assert.equal(ikev2ServerMissingIkeIntermediateEkuRule.defaultSeverity, 'warning');
  assert.match(report.message, /1\.3\.6\.1\.5\.5\.8\.2\.2/);
  assert.match(report.message, /13801/);
  assert.deepEqual(ikev2ServerMissingIkeIntermediateEkuRule.roles, ['vpn-server']);
});

test('cert/ikev2-server-missing-ike-intermediate-eku: passes with both EKUs', async () => {
  assert.equal(runRule(ikev2ServerMissingIkeIntermediateEkuRule, (await contosoPki()).vpnServer), undefined);
});
