import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CA_KEY_USAGE, contosoPki, makeCertificate } from '../testing/certificates';
import { caNotMarkedCaRule } from './ca-not-marked-ca';
import { runRule } from './testing';

test('cert/ca-not-marked-ca: an issuing CA with cA=false is an error', async () => {
  const { root } = await contosoPki();
  const notCa = await makeCertificate({ subject: 'CN=Fake Issuing CA', issuer: root, ca: false, keyUsage: CA_KEY_USAGE });
  const report = runRule(caNotMarkedCaRule, notCa, { role: 'issuing-ca' });
  assert.ok(report);
  assert.equal(report.severity, undefined);
  assert.equal(caNotMarkedCaRule.defaultSeverity, 'error');
  assert.match(report.message, /cA=false/);
});

test('cert/ca-not-marked-ca: a self-signed root without Basic Constraints is only a warning', async () => {
  const v1Like = await makeCertificate({ subject: 'CN=Legacy Root', keyUsage: CA_KEY_USAGE });
  const report = runRule(caNotMarkedCaRule, v1Like, { role: 'root-ca' });
  assert.equal(report?.severity, 'warning');
  assert.match(report!.message, /no Basic Constraints/);
});

test('cert/ca-not-marked-ca: real CA certificates pass', async () => {
  const { root, issuing } = await contosoPki();
  assert.equal(runRule(caNotMarkedCaRule, root, { role: 'root-ca' }), undefined);
  assert.equal(runRule(caNotMarkedCaRule, issuing, { role: 'issuing-ca' }), undefined);
});
