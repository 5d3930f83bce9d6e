import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, rangeOf, userProfile, valueRange } from './testing';

const ID = 'profile/route-covers-vpn-server';
const route = (address: string, prefix: string, exclusion = false) =>
  `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n${exclusion ? '    <ExclusionRoute>true</ExclusionRoute>\n' : ''}  </Route>\n`;
const profile = (servers: string, routes: string) => userProfile(`    <Servers>${servers}</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>`, routes);

test('a VPN route containing the server IP warns, pointing at the server', () => {
  const text = profile('vpn.example.net,10.20.30.40;Branch', route('10.0.0.0', '8'));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'Address', '10.0.0.0'));
  assert.deepEqual(finding.related?.map((r) => r.range), [rangeOf(text, '10.20.30.40')]);
});

test('server names, other networks and exclusion routes are fine', () => {
  assertNoFinding(profile('vpn.example.net', route('10.0.0.0', '8')), ID);
  assertNoFinding(profile('203.0.113.10', route('10.0.0.0', '8')), ID);
  assertNoFinding(profile('203.0.113.10', route('203.0.113.0', '24', true)), ID);
});
