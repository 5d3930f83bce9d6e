import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, nativeWith, STRONG_SUITE, userProfile } from './testing';

const ID = 'profile/incomplete-cryptography-suite';

test('a suite missing values warns and names them', () => {
  const partial = STRONG_SUITE.replace('      <PfsGroup>ECP256</PfsGroup>\n', '').replace('      <DHGroup>Group14</DHGroup>\n', '');
  const text = userProfile(nativeWith('IKEv2', partial));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'CryptographySuite'));
  assert.match(finding.message, /lacks `<PfsGroup>`, `<DHGroup>`/);
});

test('a complete suite, or none, is fine', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2', STRONG_SUITE)), ID);
  assertNoFinding(userProfile(nativeWith('IKEv2')), ID);
});
