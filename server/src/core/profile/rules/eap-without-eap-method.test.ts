import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, authentication, EAP_TLS, findings, fixTitled, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/eap-without-eap-method';

test('an Eap block without any method gets UserMethod Eap added', () => {
  const text = userProfile(nativeWith('IKEv2', `    <Authentication>\n      <Eap>\n        <Configuration>${EAP_TLS}</Configuration>\n      </Eap>\n    </Authentication>`));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'Eap'));
  const fixed = applyFix(text, fixTitled(finding, 'Add `<UserMethod>Eap</UserMethod>`'));
  assert.equal(fixed, userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>', EAP_TLS))));
});

test('an Eap block with UserMethod MSChapv2 warns and points at the method', () => {
  const text = userProfile(nativeWith('SSTP', authentication('      <UserMethod>MSChapv2</UserMethod>', EAP_TLS)));
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'UserMethod')]);
});

test('an Eap block with an EAP method is fine', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2', authentication('      <UserMethod>EAP</UserMethod>', EAP_TLS))), ID);
  assertNoFinding(userProfile(nativeWith('IKEv2', authentication('      <MachineMethod>Eap</MachineMethod>', EAP_TLS))), ID);
});
