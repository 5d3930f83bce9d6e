import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueRuleMeta } from '../../rules/valueRules';
import { findingsOf, testRule } from '../../testing/ruleTester';
import { routePrefixTooLong } from './route-prefix-too-long';
import { userProfile } from './testing';

const route = (address: string, prefix: string) => `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n  </Route>\n`;
const profile = (routes: string) => userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', routes);
const OUT_OF_RANGE = profile(route('10.0.0.0', '300'));

testRule(routePrefixTooLong, {
  valid: [
    { name: 'the longest and shortest valid prefixes', text: profile(route('10.0.0.0', '32') + route('2001:db8::', '128') + route('0.0.0.0', '0')) },
    { name: 'a number the catalogue already rejects', text: OUT_OF_RANGE },
  ],
  invalid: [
    {
      name: 'an IPv4 prefix above 32 and an IPv6 prefix above 128: errors on PrefixSize',
      text: profile(route('10.0.0.0', '33') + route('2001:db8::', '129')),
      findings: [
        { at: { content: 'PrefixSize' }, severity: 'error', message: 'can be 0–32', related: [{ tag: 'Address' }], fixes: [] },
        { at: { content: 'PrefixSize', occurrence: 1 }, severity: 'error', message: 'can be 0–128', related: [{ tag: 'Address', occurrence: 1 }], fixes: [] },
      ],
    },
  ],
});

test("a prefix above 255 is the catalogue's integer-out-of-range finding", () => {
  assert.equal(findingsOf(valueRuleMeta('profile', 'integer-out-of-range'), OUT_OF_RANGE).length, 1);
});
