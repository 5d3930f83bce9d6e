import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, deviceProfile, DEVICE_NATIVE, findings, nameRange, userProfile } from './testing';

const ID = 'profile/device-tunnel-nrpt';
const NRPT = '  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n';

test('NRPT rules on a device tunnel are reported once, as information', () => {
  const text = deviceProfile(DEVICE_NATIVE, NRPT + NRPT);
  const found = findings(text, ID);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(found[0].range, nameRange(text, 'DomainNameInformation'));
  assert.deepEqual(found[0].related?.map((r) => r.range), [nameRange(text, 'DeviceTunnel')]);
});

test('NRPT rules on a user tunnel are fine', () => {
  assertNoFinding(userProfile('    <Servers>vpn.example.net</Servers>', NRPT), ID);
  assertNoFinding(deviceProfile(), ID);
});
