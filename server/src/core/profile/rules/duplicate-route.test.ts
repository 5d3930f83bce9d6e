import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, userProfile } from './testing';

const ID = 'profile/duplicate-route';
const route = (address: string, prefix: string, exclusion = '') =>
  `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n${exclusion ? `    <ExclusionRoute>${exclusion}</ExclusionRoute>\n` : ''}  </Route>\n`;
const profile = (routes: string) => userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', routes);

test('the same network twice warns on the second route', () => {
  const text = profile(route('10.0.0.0', '8') + route('172.16.0.0', '12') + route('10.0.0.0', '8'));
  const [finding, ...rest] = findings(text, ID);
  assert.equal(rest.length, 0);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'Route', 2));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'Route', 0)]);
  assert.match(finding.message, /already listed/);
});

test('the same network as VPN and exclusion route is called a conflict', () => {
  const text = profile(route('10.0.0.0', '8') + route('10.0.0.0', '8', 'true'));
  const [finding] = findings(text, ID);
  assert.match(finding.message, /both as a VPN route and as an exclusion route/);
});

test('different prefixes of one address are fine', () => {
  assertNoFinding(profile(route('10.0.0.0', '8') + route('10.0.0.0', '16') + route('2001:db8::', '32')), ID);
});
