import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, authentication, findings, nameRange, nativeWith, userProfile, valueRange } from './testing';

const ID = 'profile/mschapv2-ikev2';
const MSCHAP = authentication('      <UserMethod>MSChapv2</UserMethod>', undefined);

test('MSChapv2 with IKEv2 is an error', () => {
  const text = userProfile(nativeWith('IKEv2', MSCHAP));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, valueRange(text, 'UserMethod', 'MSChapv2'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'NativeProtocolType')]);
});

test('MSChapv2 with SSTP or Automatic is not this error', () => {
  assertNoFinding(userProfile(nativeWith('SSTP', MSCHAP)), ID);
  assertNoFinding(userProfile(nativeWith('Automatic', MSCHAP)), ID);
});
