import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nativeWith, STRONG_SUITE, userProfile, valueRange } from './testing';

const ID = 'profile/weak-cryptography';

test('every weak algorithm in the suite is reported on its value', () => {
  const weakSuite = `    <CryptographySuite>
      <AuthenticationTransformConstants>SHA196</AuthenticationTransformConstants>
      <CipherTransformConstants>DES3</CipherTransformConstants>
      <PfsGroup>PFS2</PfsGroup>
      <DHGroup>Group2</DHGroup>
      <IntegrityCheckMethod>MD5</IntegrityCheckMethod>
      <EncryptionMethod>DES</EncryptionMethod>
    </CryptographySuite>`;
  const text = userProfile(nativeWith('IKEv2', weakSuite));
  const found = findings(text, ID);
  assert.deepEqual(
    found.map((f) => f.range),
    [
      valueRange(text, 'AuthenticationTransformConstants', 'SHA196'),
      valueRange(text, 'CipherTransformConstants', 'DES3'),
      valueRange(text, 'PfsGroup', 'PFS2'),
      valueRange(text, 'DHGroup', 'Group2'),
      valueRange(text, 'IntegrityCheckMethod', 'MD5'),
      valueRange(text, 'EncryptionMethod', 'DES'),
    ],
  );
  assert.ok(found.every((f) => f.severity === 'warning'));
  assert.match(found[3].message, /Group 2 \(1024-bit\)/);
});

test('a case variant of a weak value is still weak; DataEncryption None and Optional are weak', () => {
  const text = userProfile(nativeWith('IKEv2', STRONG_SUITE.replace('>Group14<', '>group1<')), '  <DataEncryption>Optional</DataEncryption>\n');
  assert.deepEqual(findings(text, ID).map((f) => f.range), [valueRange(text, 'DHGroup', 'group1'), valueRange(text, 'DataEncryption', 'Optional')]);
});

test('the practitioner baseline and DataEncryption Max are fine', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2', STRONG_SUITE), '  <DataEncryption>Max</DataEncryption>\n'), ID);
});
