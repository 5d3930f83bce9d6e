import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOW, contosoPki, makeLeaf } from '../testing/certificates';
import { EKU } from '../oids';
import { expiredRule } from './expired';
import { runRule } from './testing';

test('cert/expired: an expired NPS certificate is an error that names client error 858', async () => {
  const nps = await makeLeaf({ subject: 'CN=nps1.corp.contoso.com', eku: [EKU.serverAuth], notAfter: new Date('2025-05-01T00:00:00Z') });
  const report = runRule(expiredRule, nps, { role: 'nps-server' });
  assert.ok(report);
  assert.equal(report.severity, undefined);
  assert.equal(expiredRule.defaultSeverity, 'error');
  assert.match(report.message, /expired 31 days ago \(on 2025-05-01\)/);
  assert.match(report.message, /858/);
});

test('cert/expired: the symptom follows the role (SSTP, user)', async () => {
  const old = await makeLeaf({ subject: 'CN=sstp.contoso.com', eku: [EKU.serverAuth], notAfter: new Date('2024-01-01T00:00:00Z') });
  assert.match(runRule(expiredRule, old, { role: 'sstp-server' })!.message, /-2146762495/);
  assert.match(runRule(expiredRule, old, { role: 'user' })!.message, /854/);
});

test('cert/expired: a valid certificate passes, also on its last day', async () => {
  const { vpnServer } = await contosoPki();
  assert.equal(runRule(expiredRule, vpnServer, { role: 'vpn-server' }), undefined);
  const lastDay = await makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.serverAuth], notAfter: new Date(NOW.getTime() + 60_000) });
  assert.equal(runRule(expiredRule, lastDay, { role: 'vpn-server' }), undefined);
});
