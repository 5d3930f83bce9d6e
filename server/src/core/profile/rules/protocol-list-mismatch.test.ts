import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, nativeWith, userProfile, valueRange } from './testing';

const ID = 'profile/protocol-list-mismatch';
const LIST = '    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <RetryTimeinHours>168</RetryTimeinHours>\n    </ProtocolList>';

test('NativeProtocolType ProtocolList without a list is an error', () => {
  const text = userProfile(nativeWith('ProtocolList'));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, valueRange(text, 'NativeProtocolType', 'ProtocolList'));
});

test('a list with another protocol type is a warning with a fix to ProtocolList', () => {
  const text = userProfile(nativeWith('IKEv2', LIST));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'ProtocolList'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'NativeProtocolType')]);
  assert.equal(applyFix(text, fixTitled(finding, 'Change the type to `ProtocolList`')), userProfile(nativeWith('ProtocolList', LIST)));
});

test('type and list together, or neither, are fine', () => {
  assertNoFinding(userProfile(nativeWith('ProtocolList', LIST)), ID);
  assertNoFinding(userProfile(nativeWith('IKEv2')), ID);
});
