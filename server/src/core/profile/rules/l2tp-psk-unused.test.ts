import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/l2tp-psk-unused';
const PSK = '    <L2tpPsk>secret</L2tpPsk>';

test('a pre-shared key with IKEv2 warns; the fix removes it', () => {
  const text = userProfile(nativeWith('IKEv2', PSK));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'L2tpPsk'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'NativeProtocolType')]);
  assert.equal(applyFix(text, fixTitled(finding, 'Remove `<L2tpPsk>`')), userProfile(nativeWith('IKEv2')));
});

test('a pre-shared key with L2TP or Automatic is fine', () => {
  assertNoFinding(userProfile(nativeWith('L2TP', PSK)), ID);
  assertNoFinding(userProfile(nativeWith('Automatic', PSK)), ID);
});
