import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, deviceProfile, DEVICE_NATIVE, findings, fixTitled, nameRange, userProfile, valueRange } from './testing';

const ID = 'profile/device-tunnel-authentication';

test('UserMethod and Eap in a device tunnel are errors, each removed by its fix', () => {
  const native = DEVICE_NATIVE.replace(
    '      <MachineMethod>Certificate</MachineMethod>',
    '      <UserMethod>Eap</UserMethod>\n      <MachineMethod>Certificate</MachineMethod>\n      <Eap>\n        <Configuration/>\n      </Eap>',
  );
  const text = deviceProfile(native);
  const found = findings(text, ID);
  assert.deepEqual(found.map((f) => f.range), [nameRange(text, 'UserMethod'), nameRange(text, 'Eap')]);
  assert.ok(found.every((f) => f.severity === 'error'));
  assert.deepEqual(found[0].related?.map((r) => r.range), [nameRange(text, 'DeviceTunnel')]);
  const withoutUser = applyFix(text, fixTitled(found[0], 'Remove `<UserMethod>`'));
  assert.equal(withoutUser, deviceProfile(DEVICE_NATIVE.replace('</MachineMethod>', '</MachineMethod>\n      <Eap>\n        <Configuration/>\n      </Eap>')));
  const withoutEap = applyFix(text, fixTitled(found[1], 'Remove `<Eap>`'));
  assert.equal(withoutEap, deviceProfile(DEVICE_NATIVE.replace('      <MachineMethod>', '      <UserMethod>Eap</UserMethod>\n      <MachineMethod>')));
});

test('MachineMethod other than Certificate is fixed to Certificate', () => {
  const text = deviceProfile(DEVICE_NATIVE.replace('<MachineMethod>Certificate</MachineMethod>', '<MachineMethod>Eap</MachineMethod>'));
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, valueRange(text, 'MachineMethod', 'Eap'));
  const fixed = applyFix(text, fixTitled(finding, 'Change to `Certificate`'));
  assert.equal(fixed, deviceProfile());
});

test('a missing MachineMethod is added', () => {
  const text = deviceProfile(DEVICE_NATIVE.replace('      <MachineMethod>Certificate</MachineMethod>\n', ''));
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, nameRange(text, 'Authentication'));
  const fixed = applyFix(text, fixTitled(finding, 'Add `<MachineMethod>Certificate</MachineMethod>`'));
  assert.ok(fixed.includes('<Authentication>\n      <MachineMethod>Certificate</MachineMethod>\n    </Authentication>'), fixed);
  assertNoFinding(fixed, ID);
});

test('machine certificate device tunnels and EAP user tunnels are fine', () => {
  assertNoFinding(deviceProfile(), ID);
  assertNoFinding(userProfile('    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <UserMethod>Eap</UserMethod>\n      <MachineMethod>Eap</MachineMethod>\n    </Authentication>'), ID);
});
