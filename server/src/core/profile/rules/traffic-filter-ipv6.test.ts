import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/traffic-filter-ipv6';
const FILTER = '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>\n';
const route = (address: string, prefix: string) => `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n  </Route>\n`;

test('traffic filters with an IPv6 VPN route are information pointing at the route', () => {
  const text = userProfile(nativeWith('IKEv2'), FILTER + route('10.0.0.0', '8') + route('2001:db8::', '32'));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, nameRange(text, 'TrafficFilter'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'Route', 1)]);
});

test('IPv4-only profiles, or IPv6 routes without filters, are fine', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2'), FILTER + route('10.0.0.0', '8')), ID);
  assertNoFinding(userProfile(nativeWith('IKEv2'), route('2001:db8::', '32')), ID);
});
