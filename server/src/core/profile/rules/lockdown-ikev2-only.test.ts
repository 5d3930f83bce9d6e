import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, valueRange } from './testing';

const ID = 'profile/lockdown-ikev2-only';
const profile = (lockDown: string, native: string) => `<VPNProfile>
  <LockDown>${lockDown}</LockDown>
  <NativeProfile>
    <Servers>vpn.example.net</Servers>
${native}    <Authentication>
      <MachineMethod>Certificate</MachineMethod>
    </Authentication>
  </NativeProfile>
</VPNProfile>`;

test('LockDown with SSTP is an error with a preferred fix to IKEv2', () => {
  const text = profile('true', '    <NativeProtocolType>SSTP</NativeProtocolType>\n');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, valueRange(text, 'NativeProtocolType', 'SSTP'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'LockDown')]);
  assert.equal(applyFix(text, fixTitled(finding, 'Change to `IKEv2`')), profile('true', '    <NativeProtocolType>IKEv2</NativeProtocolType>\n'));
});

test('LockDown without a protocol gets IKEv2 added', () => {
  const text = profile('true', '');
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, nameRange(text, 'NativeProfile'));
  assert.equal(applyFix(text, fixTitled(finding, 'Add `<NativeProtocolType>IKEv2</NativeProtocolType>`')), profile('true', '    <NativeProtocolType>IKEv2</NativeProtocolType>\n'));
});

test('LockDown with IKEv2, and SSTP without LockDown, are fine', () => {
  assertNoFinding(profile('true', '    <NativeProtocolType>IKEv2</NativeProtocolType>\n'), ID);
  assertNoFinding(profile('false', '    <NativeProtocolType>SSTP</NativeProtocolType>\n'), ID);
});
