import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, deviceProfile, DEVICE_NATIVE, findings, fixTitled, nameRange, userProfile, valueRange } from './testing';

const ID = 'profile/device-tunnel-protocol';

test('a device tunnel with SSTP is an error, fixed by switching to IKEv2', () => {
  const text = deviceProfile(DEVICE_NATIVE.replace('IKEv2', 'SSTP'));
  const [finding, ...rest] = findings(text, ID);
  assert.equal(rest.length, 0);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, valueRange(text, 'NativeProtocolType', 'SSTP'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'DeviceTunnel')]);
  const fixed = applyFix(text, fixTitled(finding, 'Change to `IKEv2`'));
  assert.equal(fixed, deviceProfile());
  assertNoFinding(fixed, ID);
});

test('a device tunnel without NativeProtocolType gets IKEv2 added after Servers', () => {
  const text = deviceProfile(DEVICE_NATIVE.replace('    <NativeProtocolType>IKEv2</NativeProtocolType>\n', ''));
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, nameRange(text, 'NativeProfile'));
  const fixed = applyFix(text, fixTitled(finding, 'Add `<NativeProtocolType>IKEv2</NativeProtocolType>`'));
  assert.ok(fixed.includes('<Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <RoutingPolicyType>'));
  assertNoFinding(fixed, ID);
});

test('a protocol list with only IKEv2 is a warning recommending NativeProtocolType IKEv2', () => {
  const native = DEVICE_NATIVE.replace(
    '<NativeProtocolType>IKEv2</NativeProtocolType>',
    '<NativeProtocolType>ProtocolList</NativeProtocolType>\n    <ProtocolList><NativeProtocol><Type>Ikev2</Type></NativeProtocol></ProtocolList>',
  );
  const text = deviceProfile(native);
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'NativeProtocolType', 'ProtocolList'));
});

test('a device tunnel with a plug-in profile is an error on PluginProfile', () => {
  const text = `<VPNProfile>
  <DeviceTunnel>true</DeviceTunnel>
  <PluginProfile>
    <ServerUrlList>vpn.example.net</ServerUrlList>
    <PluginPackageFamilyName>Vendor.Client_abcdefgh12345</PluginPackageFamilyName>
  </PluginProfile>
</VPNProfile>`;
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, nameRange(text, 'PluginProfile'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'DeviceTunnel')]);
});

test('IKEv2 device tunnels and user tunnels with other protocols are fine', () => {
  assertNoFinding(deviceProfile(), ID);
  assertNoFinding(userProfile('    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>SSTP</NativeProtocolType>'), ID);
  assertNoFinding(deviceProfile().replace('<DeviceTunnel>true</DeviceTunnel>', '<DeviceTunnel>false</DeviceTunnel>').replace('IKEv2', 'SSTP'), ID);
});
