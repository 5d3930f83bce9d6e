import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { vpnServerSubjectNotFqdnRule } from './vpn-server-subject-not-fqdn';
import { runRule } from './testing';

test('cert/vpn-server-subject-not-fqdn: a host-name subject is a warning that mentions the SAN FQDN', async () => {
  const hostName = await makeLeaf({ subject: 'CN=RRAS01', eku: [EKU.serverAuth, EKU.ikeIntermediate], san: [{ type: 'dns', value: 'vpn.contoso.com' }] });
  const report = runRule(vpnServerSubjectNotFqdnRule, hostName, { role: 'vpn-server' });
  assert.ok(report);
  assert.equal(vpnServerSubjectNotFqdnRule.defaultSeverity, 'warning');
  assert.match(report.message, /"RRAS01"/);
  assert.match(report.message, /SAN does list vpn\.contoso\.com/);
});

test('cert/vpn-server-subject-not-fqdn: no common name at all', async () => {
  const noCn = await makeLeaf({ subject: 'O=Contoso', eku: [EKU.serverAuth] });
  assert.match(runRule(vpnServerSubjectNotFqdnRule, noCn, { role: 'sstp-server' })!.message, /no common name/);
});

test('cert/vpn-server-subject-not-fqdn: a public FQDN passes', async () => {
  assert.equal(runRule(vpnServerSubjectNotFqdnRule, (await contosoPki()).vpnServer, { role: 'vpn-server' }), undefined);
});
