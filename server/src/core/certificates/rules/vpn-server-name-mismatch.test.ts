import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EKU } from '../oids';
import { contosoPki, makeLeaf } from '../testing/certificates';
import { vpnServerNameMismatchRule } from './vpn-server-name-mismatch';
import { runRule } from './testing';

test('cert/vpn-server-name-mismatch: certificate names that are not the profile servers are a warning (13801)', async () => {
  const { vpnServer } = await contosoPki();
  const report = runRule(vpnServerNameMismatchRule, vpnServer, { role: 'vpn-server', context: { profileServers: ['vpn.fabrikam.com'] } });
  assert.ok(report);
  assert.equal(vpnServerNameMismatchRule.defaultSeverity, 'warning');
  assert.match(report.message, /vpn\.contoso\.com/);
  assert.match(report.message, /vpn\.fabrikam\.com/);
  assert.match(report.message, /13801/);
});

test('cert/vpn-server-name-mismatch: DNS names match case-insensitively, wildcards cover one label, and no profile means no check', async () => {
  const { vpnServer } = await contosoPki();
  assert.equal(runRule(vpnServerNameMismatchRule, vpnServer, { role: 'vpn-server', context: { profileServers: ['VPN.Contoso.com'] } }), undefined);
  const wildcard = await makeLeaf({ subject: 'CN=*.contoso.com', eku: [EKU.serverAuth], san: [{ type: 'dns', value: '*.contoso.com' }] });
  assert.equal(runRule(vpnServerNameMismatchRule, wildcard, { role: 'sstp-server', context: { profileServers: ['sstp.contoso.com'] } }), undefined);
  assert.ok(runRule(vpnServerNameMismatchRule, wildcard, { role: 'sstp-server', context: { profileServers: ['a.b.contoso.com'] } }));
  assert.equal(runRule(vpnServerNameMismatchRule, vpnServer, { role: 'vpn-server' }), undefined);
});
