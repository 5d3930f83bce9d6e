import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/retry-time-spelling';
const list = (retry: string) => `    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n${retry}    </ProtocolList>`;

test('the CSP spelling RetryTimeInHours is a hint with a rename fix to the example spelling', () => {
  const text = userProfile(nativeWith('ProtocolList', list('      <RetryTimeInHours>24</RetryTimeInHours>\n')));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'hint');
  assert.deepEqual(finding.range, nameRange(text, 'RetryTimeInHours'));
  assert.equal(finding.fixes?.[0].kind, 'suggestion');
  assert.equal(applyFix(text, fixTitled(finding, 'Rename to `<RetryTimeinHours>`')), userProfile(nativeWith('ProtocolList', list('      <RetryTimeinHours>24</RetryTimeinHours>\n'))));
});

test('both spellings together are a warning on the second one', () => {
  const text = userProfile(nativeWith('ProtocolList', list('      <RetryTimeinHours>24</RetryTimeinHours>\n      <RetryTimeInHours>24</RetryTimeInHours>\n')));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'RetryTimeInHours'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'RetryTimeinHours')]);
});

test('the example spelling alone is fine and is not an unknown element', () => {
  const text = userProfile(nativeWith('ProtocolList', list('      <RetryTimeinHours>168</RetryTimeinHours>\n')));
  assertNoFinding(text, ID);
  assertNoFinding(text, 'profile/unknown-element');
  assertNoFinding(text, 'profile/element-name-case');
});
