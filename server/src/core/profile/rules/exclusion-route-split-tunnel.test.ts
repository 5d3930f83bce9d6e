import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, userProfile } from './testing';

const ID = 'profile/exclusion-route-split-tunnel';
const native = (policy: string) => `    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>${policy}</RoutingPolicyType>`;
const EXCLUSION = '  <Route>\n    <Address>203.0.113.0</Address>\n    <PrefixSize>24</PrefixSize>\n    <ExclusionRoute>true</ExclusionRoute>\n  </Route>\n';

test('an exclusion route on a split tunnel is information', () => {
  const text = userProfile(native('SplitTunnel'), EXCLUSION);
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, nameRange(text, 'ExclusionRoute'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'RoutingPolicyType')]);
});

test('exclusion routes with force tunnel, and ordinary routes, are fine', () => {
  assertNoFinding(userProfile(native('ForceTunnel'), EXCLUSION), ID);
  assertNoFinding(userProfile(native('SplitTunnel'), EXCLUSION.replace('true', 'false')), ID);
});
