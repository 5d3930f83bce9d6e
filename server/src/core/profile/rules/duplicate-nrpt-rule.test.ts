import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nativeWith, userProfile, valueRange } from './testing';

const ID = 'profile/duplicate-nrpt-rule';
const rule = (name: string, dns: string) => `  <DomainNameInformation>\n    <DomainName>${name}</DomainName>\n    <DnsServers>${dns}</DnsServers>\n  </DomainNameInformation>\n`;

test('two rules for one namespace warn on the second', () => {
  const text = userProfile(nativeWith('IKEv2'), rule('corp.example.net', '10.0.0.10') + rule('Corp.Example.Net.', '10.0.0.11'));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'DomainName', 'Corp.Example.Net.'));
  assert.deepEqual(finding.related?.map((r) => r.range), [valueRange(text, 'DomainName', 'corp.example.net')]);
});

test('a host name and its suffix rule are different namespaces', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2'), rule('corp.example.net', '10.0.0.10') + rule('.corp.example.net', '10.0.0.10')), ID);
});
