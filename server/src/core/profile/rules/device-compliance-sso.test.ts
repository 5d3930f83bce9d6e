import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/device-compliance-sso';
const profile = (compliance: string) => userProfile(nativeWith('IKEv2'), `  <DeviceCompliance>\n${compliance}\n  </DeviceCompliance>\n`);

test('device compliance without SSO is information on DeviceCompliance', () => {
  const text = profile('    <Enabled>true</Enabled>');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, nameRange(text, 'DeviceCompliance'));
});

test('SSO without Eku or IssuerHash is information on Sso', () => {
  const text = profile('    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n    </Sso>');
  const [finding] = findings(text, ID);
  assert.deepEqual(finding.range, nameRange(text, 'Sso'));
});

test('SSO with a certificate filter, or compliance turned off, is fine', () => {
  assertNoFinding(profile('    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <Eku>1.3.6.1.5.5.7.3.2</Eku>\n    </Sso>'), ID);
  assertNoFinding(profile('    <Enabled>false</Enabled>'), ID);
});
