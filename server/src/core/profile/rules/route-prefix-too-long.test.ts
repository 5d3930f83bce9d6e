import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, userProfile, valueRange } from './testing';

const ID = 'profile/route-prefix-too-long';
const route = (address: string, prefix: string) => `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n  </Route>\n`;
const profile = (routes: string) => userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', routes);

test('an IPv4 prefix above 32 and an IPv6 prefix above 128 are errors on PrefixSize', () => {
  const text = profile(route('10.0.0.0', '33') + route('2001:db8::', '129'));
  const found = findings(text, ID);
  assert.deepEqual(found.map((f) => f.range), [valueRange(text, 'PrefixSize', '33'), valueRange(text, 'PrefixSize', '129')]);
  assert.ok(found.every((f) => f.severity === 'error'));
  assert.deepEqual(found[0].related?.map((r) => r.range), [nameRange(text, 'Address', 0)]);
});

test('valid prefixes, and numbers the catalogue already rejects, give no finding', () => {
  assertNoFinding(profile(route('10.0.0.0', '32') + route('2001:db8::', '128') + route('0.0.0.0', '0')), ID);
  assertNoFinding(profile(route('10.0.0.0', '300')), ID);
  assert.equal(findings(profile(route('10.0.0.0', '300')), 'profile/integer-out-of-range').length, 1);
});
