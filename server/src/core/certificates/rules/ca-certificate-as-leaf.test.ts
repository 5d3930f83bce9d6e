import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CA_KEY_USAGE, contosoPki, makeLeaf } from '../testing/certificates';
import { EKU } from '../oids';
import { caCertificateAsLeafRule } from './ca-certificate-as-leaf';
import { runRule } from './testing';

test('cert/ca-certificate-as-leaf: a CA certificate judged as VPN server certificate is a warning', async () => {
  const caWithServerAuth = await makeLeaf({ subject: 'CN=vpn.contoso.com', ca: true, keyUsage: CA_KEY_USAGE, eku: [EKU.serverAuth] });
  const report = runRule(caCertificateAsLeafRule, caWithServerAuth, { role: 'vpn-server' });
  assert.ok(report);
  assert.equal(caCertificateAsLeafRule.defaultSeverity, 'warning');
  assert.match(report.message, /cA=true/);
  assert.match(report.message, /an IKEv2 VPN server certificate/);
});

test('cert/ca-certificate-as-leaf: end-entity certificates pass, and the rule only judges leaf roles', async () => {
  const { vpnServer } = await contosoPki();
  assert.equal(runRule(caCertificateAsLeafRule, vpnServer, { role: 'vpn-server' }), undefined);
  assert.ok(!caCertificateAsLeafRule.roles!.includes('root-ca'));
});
