import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { genericPurposeEkuRule } from './generic-purpose-eku';
import { runRule } from './testing';

test('cert/generic-purpose-eku: Any Purpose only, as a user certificate, points at AnyPurposeEKUList', async () => {
  const any = await makeLeaf({ subject: 'CN=Alice', eku: [EKU.anyPurpose], san: [{ type: 'upn', value: 'alice@contoso.com' }] });
  const report = runRule(genericPurposeEkuRule, any, { role: 'user' });
  assert.ok(report);
  assert.match(report.message, /Any Purpose \(1\.3\.6\.1\.4\.1\.311\.10\.12\.1\)/);
  assert.match(report.message, /AnyPurposeEKUList/);
  assert.doesNotMatch(report.message, /AllPurposeEnabled/);
});

test('cert/generic-purpose-eku: All Purpose only is told apart from Any Purpose', async () => {
  const all = await makeLeaf({ subject: 'CN=Alice', eku: [EKU.allPurpose] });
  const report = runRule(genericPurposeEkuRule, all, { role: 'user' });
  assert.match(report!.message, /All Purpose \(2\.5\.29\.37\.0/);
  assert.match(report!.message, /AllPurposeEnabled/);
  assert.doesNotMatch(report!.message, /AnyPurposeEKUList/);
});

test('cert/generic-purpose-eku: no EKU extension as a VPN server certificate; an All Purpose NPS certificate is only information', async () => {
  const none = await makeLeaf({ subject: 'CN=vpn.contoso.com' });
  const report = runRule(genericPurposeEkuRule, none, { role: 'vpn-server' });
  assert.match(report!.message, /no Enhanced Key Usage extension/);
  assert.match(report!.message, /Server Authentication/);
  assert.equal(report!.severity, undefined);
  const all = await makeLeaf({ subject: 'CN=nps1.corp.contoso.com', eku: [EKU.allPurpose] });
  const nps = runRule(genericPurposeEkuRule, all, { role: 'nps-server' });
  assert.equal(nps?.severity, 'information');
  assert.match(nps!.message, /TlsServerAcceptAllPurposeCert/);
});

test('cert/generic-purpose-eku: silent when the role\'s EKU is there, or when the EKUs are simply wrong', async () => {
  const { user, vpnServer } = await contosoPki();
  assert.equal(runRule(genericPurposeEkuRule, user, { role: 'user' }), undefined);
  assert.equal(runRule(genericPurposeEkuRule, vpnServer, { role: 'vpn-server' }), undefined);
  const both = await makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth, EKU.anyPurpose] });
  assert.equal(runRule(genericPurposeEkuRule, both, { role: 'user' }), undefined);
  const codeSigning = await makeLeaf({ subject: 'CN=Alice', eku: ['1.3.6.1.5.5.7.3.3'] });
  assert.equal(runRule(genericPurposeEkuRule, codeSigning, { role: 'user' }), undefined);
});
