import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, deviceProfile, findings, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/always-on-without-trusted-network';

test('Always On without Trusted Network Detection is information on AlwaysOn', () => {
  const text = userProfile(nativeWith('IKEv2')).replace('  <TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection>\n', '');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, nameRange(text, 'AlwaysOn'));
});

test('a device tunnel without AlwaysOn is always on too', () => {
  const text = deviceProfile().replace('  <AlwaysOn>true</AlwaysOn>\n', '').replace('  <TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection>\n', '');
  assert.deepEqual(findings(text, ID).map((f) => f.range), [nameRange(text, 'DeviceTunnel')]);
});

test('with Trusted Network Detection, without Always On, or with LockDown there is no finding', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2')), ID);
  assertNoFinding('<VPNProfile><AlwaysOn>false</AlwaysOn><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile>', ID);
  assertNoFinding('<VPNProfile><AlwaysOn>true</AlwaysOn><LockDown>true</LockDown><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile>', ID);
});
