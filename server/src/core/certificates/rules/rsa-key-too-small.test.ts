import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { rsaKeyTooSmallRule } from './rsa-key-too-small';
import { runRule } from './testing';

test('cert/rsa-key-too-small: a 1024-bit RSA key is a warning that does not claim Windows rejects it', async () => {
  const small = await makeLeaf({ subject: 'CN=vpn.contoso.com', key: 'rsa1024' });
  const report = runRule(rsaKeyTooSmallRule, small);
  assert.ok(report);
  assert.equal(report.severity, undefined);
  assert.equal(rsaKeyTooSmallRule.defaultSeverity, 'warning');
  assert.match(report.message, /1024 bits/);
  assert.match(report.message, /No Always On VPN minimum is documented/);
});

test('cert/rsa-key-too-small: under 1024 bits Windows refuses the certificate, an error', async () => {
  const tiny = await makeLeaf({ subject: 'CN=vpn.contoso.com', key: 'rsa512' });
  const report = runRule(rsaKeyTooSmallRule, tiny);
  assert.equal(report?.severity, 'error');
  assert.match(report!.message, /512 bits/);
});

test('cert/rsa-key-too-small: 2048-bit RSA and elliptic-curve keys pass', async () => {
  assert.equal(runRule(rsaKeyTooSmallRule, await makeLeaf({ subject: 'CN=vpn.contoso.com', key: 'rsa2048' })), undefined);
  assert.equal(runRule(rsaKeyTooSmallRule, (await contosoPki()).vpnServer), undefined);
});
