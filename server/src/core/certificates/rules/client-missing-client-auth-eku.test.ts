import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contosoPki } from '../testing/certificates';
import { clientMissingClientAuthEkuRule } from './client-missing-client-auth-eku';
import { runRule } from './testing';

test('cert/client-missing-client-auth-eku: a server certificate as user certificate is an error (NPS reasons)', async () => {
  const { sstpServer } = await contosoPki();
  const report = runRule(clientMissingClientAuthEkuRule, sstpServer, { role: 'user' });
  assert.ok(report);
  assert.equal(clientMissingClientAuthEkuRule.defaultSeverity, 'error');
  assert.match(report.message, /1\.3\.6\.1\.5\.5\.7\.3\.2/);
  assert.match(report.message, /Server Authentication/);
  assert.match(report.message, /267/);
});

test('cert/client-missing-client-auth-eku: as device certificate it names the IKEv2 errors', async () => {
  const { vpnServer } = await contosoPki();
  assert.match(runRule(clientMissingClientAuthEkuRule, vpnServer, { role: 'device' })!.message, /13806/);
});

test('cert/client-missing-client-auth-eku: user and device certificates pass', async () => {
  const { user, device } = await contosoPki();
  assert.equal(runRule(clientMissingClientAuthEkuRule, user, { role: 'user' }), undefined);
  assert.equal(runRule(clientMissingClientAuthEkuRule, device, { role: 'device' }), undefined);
});
