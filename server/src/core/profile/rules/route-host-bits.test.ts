import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, userProfile, valueRange } from './testing';

const ID = 'profile/route-host-bits';
const route = (address: string, prefix: string) => `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n  </Route>\n`;
const profile = (routes: string) => userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', routes);

test('host bits under the prefix warn, with a preferred fix to the network address', () => {
  const text = profile(route('10.1.2.3', '16'));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'Address', '10.1.2.3'));
  const fix = fixTitled(finding, 'Change to `10.1.0.0`');
  assert.equal(fix.kind, 'safe');
  assert.equal(applyFix(text, fix), profile(route('10.1.0.0', '16')));
});

test('IPv6 host bits are fixed to the compressed network address', () => {
  const text = profile(route('2001:db8:2112:1::1', '48'));
  const [finding] = findings(text, ID);
  assert.equal(applyFix(text, fixTitled(finding, 'Change to `2001:db8:2112::`')), profile(route('2001:db8:2112::', '48')));
});

test('network addresses and host routes are fine', () => {
  assertNoFinding(profile(route('10.1.0.0', '16') + route('10.1.2.3', '32') + route('2001:db8:2112::', '48')), ID);
});
