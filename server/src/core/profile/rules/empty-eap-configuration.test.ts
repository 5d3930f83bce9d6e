import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, authentication, EAP_TLS, findings, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/empty-eap-configuration';
const USER = '      <UserMethod>Eap</UserMethod>';

test('an empty Configuration (only a comment) is an error that says how to export the EAP XML', () => {
  const text = userProfile(nativeWith('IKEv2', authentication(USER, '\n          <!-- paste here -->\n        ')));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, nameRange(text, 'Configuration'));
  assert.match(finding.message, /EapConfigXmlStream\.InnerXml/);
  assert.match(finding.message, /<EapHostConfig>/);
});

test('a self-closing Configuration is empty too', () => {
  const text = userProfile(nativeWith('IKEv2', `    <Authentication>\n${USER}\n      <Eap>\n        <Configuration/>\n      </Eap>\n    </Authentication>`));
  assert.equal(findings(text, ID).length, 1);
});

test('a Configuration with the exported EapHostConfig is fine', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2', authentication(USER, EAP_TLS))), ID);
});
