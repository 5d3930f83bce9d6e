import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, nativeWith, STRONG_SUITE, userProfile, valueRange } from './testing';

const ID = 'profile/cryptography-gcm-mismatch';

test('a GCM authentication transform with a CBC cipher warns on the cipher', () => {
  const text = userProfile(nativeWith('IKEv2', STRONG_SUITE.replace('<CipherTransformConstants>GCMAES128<', '<CipherTransformConstants>AES256<')));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'CipherTransformConstants', 'AES256'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'AuthenticationTransformConstants')]);
  assert.equal(applyFix(text, fixTitled(finding, 'Change to `GCMAES128`')), userProfile(nativeWith('IKEv2', STRONG_SUITE)));
});

test('two different GCM transforms warn on the cipher transform', () => {
  const text = userProfile(nativeWith('IKEv2', STRONG_SUITE.replace('<AuthenticationTransformConstants>GCMAES128<', '<AuthenticationTransformConstants>GCMAES256<')));
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, valueRange(text, 'CipherTransformConstants', 'GCMAES128'));
});

test('matching GCM transforms and CBC with HMAC are fine', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2', STRONG_SUITE)), ID);
  const cbc = STRONG_SUITE.replace('<AuthenticationTransformConstants>GCMAES128<', '<AuthenticationTransformConstants>SHA256128<').replace('<CipherTransformConstants>GCMAES128<', '<CipherTransformConstants>AES256<');
  assertNoFinding(userProfile(nativeWith('IKEv2', cbc)), ID);
});
