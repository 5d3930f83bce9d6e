import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, userProfile } from './testing';

const ID = 'profile/force-tunnel-class-based-route';
const native = (policy: string, disable: string) =>
  `    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>${policy}</RoutingPolicyType>\n    <DisableClassBasedDefaultRoute>${disable}</DisableClassBasedDefaultRoute>`;

test('force tunnel with DisableClassBasedDefaultRoute true warns; the fix removes the element', () => {
  const text = userProfile(native('ForceTunnel', 'true'));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'DisableClassBasedDefaultRoute'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'RoutingPolicyType')]);
  const fixed = applyFix(text, fixTitled(finding, 'Remove `<DisableClassBasedDefaultRoute>`'));
  assert.equal(fixed, userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>'));
});

test('false, or split tunnel, is fine', () => {
  assertNoFinding(userProfile(native('ForceTunnel', 'false')), ID);
  assertNoFinding(userProfile(native('SplitTunnel', 'true')), ID);
});
