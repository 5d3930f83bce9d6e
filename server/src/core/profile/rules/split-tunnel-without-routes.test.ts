import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, userProfile } from './testing';

const ID = 'profile/split-tunnel-without-routes';
const NATIVE = '    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>';
const EXCLUSION = '  <Route>\n    <Address>203.0.113.0</Address>\n    <PrefixSize>24</PrefixSize>\n    <ExclusionRoute>true</ExclusionRoute>\n  </Route>\n';
const ROUTE = '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>\n';

test('split tunnel without VPN routes and without the class-based route warns', () => {
  const text = userProfile(NATIVE, EXCLUSION);
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'DisableClassBasedDefaultRoute'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'RoutingPolicyType')]);
});

test('a VPN route, the class-based route or traffic selectors as routes avoid the warning', () => {
  assertNoFinding(userProfile(NATIVE, ROUTE), ID);
  assertNoFinding(userProfile(NATIVE.replace('>true<', '>false<')), ID);
  assertNoFinding(userProfile(NATIVE + '\n    <PlumbIKEv2TSAsRoutes>true</PlumbIKEv2TSAsRoutes>'), ID);
});
