import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { serverMissingServerAuthEkuRule } from './server-missing-server-auth-eku';
import { runRule } from './testing';

test('cert/server-missing-server-auth-eku: an IKEv2 server certificate with only IKE intermediate fails with 13801 / 0x80070040', async () => {
  const ikeOnly = await makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.ikeIntermediate] });
  const report = runRule(serverMissingServerAuthEkuRule, ikeOnly, { role: 'vpn-server' });
  assert.ok(report);
  assert.equal(serverMissingServerAuthEkuRule.defaultSeverity, 'error');
  assert.match(report.message, /1\.3\.6\.1\.5\.5\.7\.3\.1/);
  assert.match(report.message, /0x80070040/);
  assert.match(report.message, /IP security IKE intermediate/);
});

test('cert/server-missing-server-auth-eku: a client certificate used as NPS certificate names 864', async () => {
  const { user } = await contosoPki();
  assert.match(runRule(serverMissingServerAuthEkuRule, user, { role: 'nps-server' })!.message, /864/);
});

test('cert/server-missing-server-auth-eku: passes with Server Authentication; leaves generic purposes to cert/generic-purpose-eku', async () => {
  const { vpnServer, sstpServer } = await contosoPki();
  assert.equal(runRule(serverMissingServerAuthEkuRule, vpnServer, { role: 'vpn-server' }), undefined);
  assert.equal(runRule(serverMissingServerAuthEkuRule, sstpServer, { role: 'sstp-server' }), undefined);
  assert.equal(runRule(serverMissingServerAuthEkuRule, await makeLeaf({ subject: 'CN=vpn.contoso.com' }), { role: 'vpn-server' }), undefined);
  assert.equal(runRule(serverMissingServerAuthEkuRule, await makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.anyPurpose] }), { role: 'vpn-server' }), undefined);
});
