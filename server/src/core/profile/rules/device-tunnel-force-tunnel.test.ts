import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, deviceProfile, DEVICE_NATIVE, findings, fixTitled, nameRange, userProfile, valueRange } from './testing';

const ID = 'profile/device-tunnel-force-tunnel';

test('force tunnel on a device tunnel is an error with a preferred fix to SplitTunnel', () => {
  const text = deviceProfile(DEVICE_NATIVE.replace('SplitTunnel', 'ForceTunnel'));
  const [finding, ...rest] = findings(text, ID);
  assert.equal(rest.length, 0);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, valueRange(text, 'RoutingPolicyType', 'ForceTunnel'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'DeviceTunnel')]);
  const fix = fixTitled(finding, 'Change to `SplitTunnel`');
  assert.equal(fix.isPreferred, true);
  assert.equal(applyFix(text, fix), deviceProfile());
});

test('a device tunnel without RoutingPolicyType is a warning; the fix adds SplitTunnel', () => {
  const text = deviceProfile(DEVICE_NATIVE.replace('    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n', ''));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'NativeProfile'));
  assert.equal(applyFix(text, fixTitled(finding, 'Add `<RoutingPolicyType>SplitTunnel</RoutingPolicyType>`')), deviceProfile());
});

test('split-tunnel device tunnels and force-tunnel user tunnels are fine', () => {
  assertNoFinding(deviceProfile(), ID);
  assertNoFinding(userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>'), ID);
});
