import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/traffic-filter-blocks-other-traffic';
const FILTER = '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>\n';

test('traffic filters are reported once, as information on the first filter', () => {
  const text = userProfile(nativeWith('IKEv2'), FILTER + FILTER);
  const found = findings(text, ID);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(found[0].range, nameRange(text, 'TrafficFilter', 0));
  assert.match(found[0].message, /2 here/);
});

test('a profile without traffic filters gives no finding', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2')), ID);
});
