import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { vpnServerMissingSanDnsRule } from './vpn-server-missing-san-dns';
import { runRule } from './testing';

test('cert/vpn-server-missing-san-dns: a subject-only certificate gets an information', async () => {
  const subjectOnly = await makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.serverAuth, EKU.ikeIntermediate] });
  const report = runRule(vpnServerMissingSanDnsRule, subjectOnly, { role: 'vpn-server' });
  assert.ok(report);
  assert.equal(vpnServerMissingSanDnsRule.defaultSeverity, 'information');
  assert.match(report.message, /no DNS entry/);
});

test('cert/vpn-server-missing-san-dns: a SAN DNS name passes', async () => {
  assert.equal(runRule(vpnServerMissingSanDnsRule, (await contosoPki()).vpnServer, { role: 'vpn-server' }), undefined);
});
