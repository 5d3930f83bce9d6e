import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, rangeOf, userProfile } from './testing';

const ID = 'profile/server-address-format';
const profile = (servers: string) => userProfile(`    <Servers>${servers}</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>`);

test('a URL in Servers warns and is fixed to the host name', () => {
  const text = profile('https://vpn.example.net/');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, rangeOf(text, 'https://vpn.example.net/'));
  assert.equal(applyFix(text, fixTitled(finding, 'Change to `vpn.example.net`')), profile('vpn.example.net'));
});

test('a port is removed by the fix, keeping the friendly name', () => {
  const text = profile('vpn.example.net:443;Main');
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, rangeOf(text, 'vpn.example.net:443'));
  assert.equal(applyFix(text, fixTitled(finding, 'Change to `vpn.example.net`')), profile('vpn.example.net;Main'));
});

test('the same server in two entries warns on the second', () => {
  const text = profile('vpn1.example.net,vpn2.example.net,VPN1.example.net;Backup');
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, rangeOf(text, 'VPN1.example.net'));
  assert.deepEqual(finding.related?.map((r) => r.range), [rangeOf(text, 'vpn1.example.net')]);
});

test('the documented server;FriendlyName doubling, lists and IPv6 addresses are fine', () => {
  assertNoFinding(profile('vpn.example.net;vpn.example.net'), ID);
  assertNoFinding(profile('vpn1.example.net,vpn2.example.net;Backup'), ID);
  assertNoFinding(profile('2001:db8::10'), ID);
});
