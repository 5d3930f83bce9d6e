import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, deviceProfile, DEVICE_NATIVE, findings, nameRange, userProfile } from './testing';

const ID = 'profile/device-tunnel-traffic-filter';
const FILTER = '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.10</RemoteAddressRanges>\n  </TrafficFilter>\n';

test('traffic filters on a device tunnel warn about blocked manage-out traffic', () => {
  const text = deviceProfile(DEVICE_NATIVE, FILTER);
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, nameRange(text, 'TrafficFilter'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'DeviceTunnel')]);
});

test('an inbound rule, a user tunnel or no filter gives no finding', () => {
  assertNoFinding(deviceProfile(DEVICE_NATIVE, FILTER + '  <TrafficFilter>\n    <Direction>Inbound</Direction>\n  </TrafficFilter>\n'), ID);
  assertNoFinding(userProfile('    <Servers>vpn.example.net</Servers>', FILTER), ID);
  assertNoFinding(deviceProfile(), ID);
});
