import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { userMissingCdpRule } from './user-missing-cdp';
import { runRule } from './testing';

test('cert/user-missing-cdp: no CDP is an error with the 258 → 853 chain, the workaround and its cost', async () => {
  const noCdp = await makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], san: [{ type: 'upn', value: 'alice@contoso.com' }], cdp: undefined });
  const report = runRule(userMissingCdpRule, noCdp, { role: 'user' });
  assert.ok(report);
  assert.equal(userMissingCdpRule.defaultSeverity, 'error');
  assert.match(report.message, /reason 258/);
  assert.match(report.message, /error 853/);
  assert.match(report.message, /IgnoreNoRevocationCheck=1/);
  assert.match(report.message, /EAP\\13/);
  assert.match(report.message, /reboot/);
  assert.match(report.message, /cost/i);
});

test('cert/user-missing-cdp: a CDP, or an OCSP responder, is revocation information enough', async () => {
  assert.equal(runRule(userMissingCdpRule, (await contosoPki()).user, { role: 'user' }), undefined);
  const ocspOnly = await makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], cdp: undefined, ocsp: ['http://ocsp.contoso.com'] });
  assert.equal(runRule(userMissingCdpRule, ocspOnly, { role: 'user' }), undefined);
});
