import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEAF_KEY_USAGE, contosoPki, makeCertificate } from '../testing/certificates';
import { caMissingKeyCertSignRule } from './ca-missing-key-cert-sign';
import { runRule } from './testing';

test('cert/ca-missing-key-cert-sign: a CA whose Key Usage lacks keyCertSign is an error', async () => {
  const { root } = await contosoPki();
  const crippled = await makeCertificate({ subject: 'CN=Broken Issuing CA', issuer: root, ca: true, keyUsage: LEAF_KEY_USAGE });
  const report = runRule(caMissingKeyCertSignRule, crippled, { role: 'issuing-ca' });
  assert.ok(report);
  assert.equal(caMissingKeyCertSignRule.defaultSeverity, 'error');
  assert.match(report.message, /digitalSignature, keyEncipherment/);
});

test('cert/ca-missing-key-cert-sign: keyCertSign, or no Key Usage extension at all, passes', async () => {
  const { issuing } = await contosoPki();
  assert.equal(runRule(caMissingKeyCertSignRule, issuing, { role: 'issuing-ca' }), undefined);
  const noKeyUsage = await makeCertificate({ subject: 'CN=Plain Root', ca: true });
  assert.equal(runRule(caMissingKeyCertSignRule, noKeyUsage, { role: 'root-ca' }), undefined);
});
