import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, authentication, EAP_TLS, findings, nativeWith, userProfile, valueRange } from './testing';

const ID = 'profile/eap-configuration-missing';

test('UserMethod EAP without an Eap block is an error on the method', () => {
  const text = userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>', undefined)));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, valueRange(text, 'UserMethod', 'Eap'));
});

test('MachineMethod EAP alone needs the Eap block too', () => {
  const text = userProfile(nativeWith('IKEv2', authentication('      <MachineMethod>EAP</MachineMethod>', undefined)));
  assert.deepEqual(findings(text, ID).map((f) => f.range), [valueRange(text, 'MachineMethod', 'EAP')]);
});

test('EAP with a configuration, and certificate machine authentication, are fine', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>\n      <MachineMethod>Eap</MachineMethod>', EAP_TLS))), ID);
  assertNoFinding(userProfile(nativeWith('IKEv2', authentication('      <MachineMethod>Certificate</MachineMethod>', undefined))), ID);
});
