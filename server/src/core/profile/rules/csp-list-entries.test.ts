import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/element-name-case';
const list = (dns: string) => `  <DomainNameInformationList>\n    <DomainName>.corp.example.net</DomainName>\n    <${dns}>10.0.0.10</${dns}>\n  </DomainNameInformationList>\n`;

test('a wrongly cased entry inside a CSP list node gets the element-name-case warning and a rename fix', () => {
  const text = userProfile(nativeWith('IKEv2'), list('DNSServers'));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'DNSServers'));
  assert.equal(applyFix(text, fixTitled(finding, 'Rename to `<DnsServers>`')), userProfile(nativeWith('IKEv2'), list('DnsServers')));
  assert.equal(findings(text, 'profile/csp-node-name').length, 1, 'the list element itself keeps its own finding');
});

test('correctly spelled entries give no finding', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2'), list('DnsServers')), ID);
});
