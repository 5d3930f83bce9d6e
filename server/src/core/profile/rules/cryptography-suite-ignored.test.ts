import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, nativeWith, STRONG_SUITE, userProfile } from './testing';

const ID = 'profile/cryptography-suite-ignored';

test('a suite with SSTP is ignored: warning pointing at the protocol', () => {
  const text = userProfile(nativeWith('SSTP', STRONG_SUITE));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'CryptographySuite'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'NativeProtocolType')]);
  assert.match(finding.message, /connects with SSTP/);
});

test('a suite with Automatic warns with the practitioner report', () => {
  const [finding] = findings(userProfile(nativeWith('Automatic', STRONG_SUITE)), ID);
  assert.match(finding.message, /administrators report/);
});

test('a protocol list without IKEv2 or L2TP is ignored too', () => {
  const list = '    <ProtocolList>\n      <NativeProtocol><Type>Sstp</Type></NativeProtocol>\n    </ProtocolList>';
  assert.equal(findings(userProfile(nativeWith('ProtocolList', `${list}\n${STRONG_SUITE}`)), ID).length, 1);
});

test('IKEv2, L2TP and lists with IKEv2 use the suite', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2', STRONG_SUITE)), ID);
  assertNoFinding(userProfile(nativeWith('Ikev2', STRONG_SUITE)), ID);
  assertNoFinding(userProfile(nativeWith('L2TP', STRONG_SUITE)), ID);
  const list = '    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <NativeProtocol><Type>Sstp</Type></NativeProtocol>\n    </ProtocolList>';
  assertNoFinding(userProfile(nativeWith('ProtocolList', `${list}\n${STRONG_SUITE}`)), ID);
  assertNoFinding(userProfile(nativeWith('SSTP')), ID);
});
