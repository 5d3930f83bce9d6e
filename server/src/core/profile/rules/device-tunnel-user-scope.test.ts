import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, deviceProfile, findings, nameRange, rangeOf } from './testing';

const ID = 'profile/device-tunnel-user-scope';

const syncml = (uri: string) => `<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>
  <Target><LocURI>${uri}</LocURI></Target>
  <Data>${deviceProfile()}</Data>
</Item></Add></Atomic></SyncBody></SyncML>`;

test('a device tunnel sent to ./User/ is an error pointing at the LocURI', () => {
  const uri = './User/Vendor/MSFT/VPNv2/Device%20Tunnel/ProfileXML';
  const text = syncml(uri);
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, nameRange(text, 'DeviceTunnel'));
  assert.deepEqual(finding.related?.map((r) => r.range), [rangeOf(text, uri)]);
});

test('device scope, the unscoped path and plain files are fine', () => {
  assertNoFinding(syncml('./Device/Vendor/MSFT/VPNv2/DeviceTunnel/ProfileXML'), ID);
  assertNoFinding(syncml('./Vendor/MSFT/VPNv2/DeviceTunnel/ProfileXML'), ID);
  assertNoFinding(deviceProfile(), ID);
});
