import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { CA_KEY_USAGE, contosoPki, makeCertificate } from '../testing/certificates';
import { issuingCaMissingCdpRule } from './issuing-ca-missing-cdp';
import { runRule } from './testing';

async function cloudPkiLikeChain() {
  const { root } = await contosoPki();
  const issuing = await makeCertificate({ subject: 'CN=Cloud Issuing CA', issuer: root, ca: { pathLength: 0 }, keyUsage: CA_KEY_USAGE });
  const user = await makeCertificate({ subject: 'CN=Bob', issuer: issuing, eku: [EKU.clientAuth], cdp: ['http://crl.contoso.com/cloud.crl'] });
  return { root, issuing, user };
}

test('cert/issuing-ca-missing-cdp: an issuing CA without CDP is an error with the workaround', async () => {
  const { issuing } = await cloudPkiLikeChain();
  const report = runRule(issuingCaMissingCdpRule, issuing, { role: 'issuing-ca' });
  assert.ok(report);
  assert.equal(issuingCaMissingCdpRule.defaultSeverity, 'error');
  assert.match(report.message, /reason 258/);
  assert.match(report.message, /853/);
  assert.match(report.message, /IgnoreNoRevocationCheck/);
});

test('cert/issuing-ca-missing-cdp: a user certificate is flagged when its known issuing CA lacks a CDP', async () => {
  const { root, issuing, user } = await cloudPkiLikeChain();
  const report = runRule(issuingCaMissingCdpRule, user, { role: 'user', issuers: [issuing, root] });
  assert.match(report!.message, /"CN=Cloud Issuing CA"/);
  // The root itself never needs a CDP; nor is anything said when the issuers are unknown.
  assert.equal(runRule(issuingCaMissingCdpRule, user, { role: 'user', issuers: [root] }), undefined);
  assert.equal(runRule(issuingCaMissingCdpRule, user, { role: 'user' }), undefined);
});

test('cert/issuing-ca-missing-cdp: the Contoso issuing CA (with CDP) passes', async () => {
  const { issuing, root, user } = await contosoPki();
  assert.equal(runRule(issuingCaMissingCdpRule, issuing, { role: 'issuing-ca' }), undefined);
  assert.equal(runRule(issuingCaMissingCdpRule, user, { role: 'user', issuers: [issuing, root] }), undefined);
});
