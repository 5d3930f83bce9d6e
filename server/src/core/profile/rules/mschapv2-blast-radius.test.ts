import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, authentication, EAP_TLS, findings, nativeWith, userProfile, valueRange } from './testing';

const ID = 'profile/mschapv2-blast-radius';

test('MSChapv2 user authentication warns about Blast-RADIUS', () => {
  const text = userProfile(nativeWith('SSTP', authentication('      <UserMethod>MSChapv2</UserMethod>', undefined)));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'UserMethod', 'MSChapv2'));
  assert.match(finding.message, /CVE-2024-3596/);
});

test('EAP user authentication is fine', () => {
  assertNoFinding(userProfile(nativeWith('SSTP', authentication('      <UserMethod>Eap</UserMethod>', EAP_TLS))), ID);
});
