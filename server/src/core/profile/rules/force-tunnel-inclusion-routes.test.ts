import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, userProfile } from './testing';

const ID = 'profile/force-tunnel-inclusion-routes';
const native = (policy: string) => `    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>${policy}</RoutingPolicyType>`;
const ROUTES = `  <Route>
    <Address>10.0.0.0</Address>
    <PrefixSize>8</PrefixSize>
  </Route>
  <Route>
    <Address>203.0.113.0</Address>
    <PrefixSize>24</PrefixSize>
    <ExclusionRoute>true</ExclusionRoute>
  </Route>
`;

test('force tunnel with a VPN route warns on that route only', () => {
  const text = userProfile(native('ForceTunnel'), ROUTES);
  const found = findings(text, ID);
  assert.deepEqual(found.map((f) => f.range), [nameRange(text, 'Route', 0)]);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].related?.map((r) => r.range), [nameRange(text, 'RoutingPolicyType')]);
});

test('split tunnel routes and force tunnel exclusion routes are fine', () => {
  assertNoFinding(userProfile(native('SplitTunnel'), ROUTES), ID);
  assertNoFinding(userProfile(native('ForceTunnel'), ROUTES.slice(ROUTES.indexOf('  <Route>', 10))), ID);
});
