import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { NS } from '../namespaces';
import { applyFix, DEVICE_COMPLIANCE, eapDocument, findings, innerEap, peapEapType, preferredFix, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/conditional-access-eku-missing';

const CA_FILTERING = [
  `<FilteringInfo xmlns="${NS.tlsV3}">`,
  '  <EKUMapping><EKUMap><EKUName>AAD Conditional Access</EKUName><EKUOID>1.3.6.1.4.1.311.87</EKUOID></EKUMap></EKUMapping>',
  '  <ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>AAD Conditional Access</EKUName></EKUMapInList></ClientAuthEKUList>',
  '</FilteringInfo>',
].join('\n');

test('DeviceCompliance on, EAP-TLS without filtering: warning at EapType with a fix inserting the EKU filter', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(tlsEapType()), DEVICE_COMPLIANCE);
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, rangeOf(text, 'EapType'));
  assert.deepEqual(found[0].related?.[0].range, rangeOf(text, 'Enabled'));
  const fixed = applyFix(text, preferredFix(found[0]));
  assert.deepEqual(findings(fixed, RULE), []);
  assert.deepEqual(analyzeDocument(fixed).findings.filter((f) => f.ruleId.startsWith('eap/') && f.severity !== 'information'), []);
  assert.match(fixed, /<AcceptServerName [^\n]*<\/AcceptServerName>\n {18}<TLSExtensions xmlns="http:\/\/www\.microsoft\.com\/provisioning\/EapTlsConnectionPropertiesV2"><FilteringInfo/);
});

test('PEAP-TLS with a custom EKU but not the Conditional Access one: reported at ClientAuthEKUList, no fix', { skip: SKIP_EMBEDDED }, () => {
  const other = CA_FILTERING.replace(/AAD Conditional Access/g, 'ContosoVPN').replace('1.3.6.1.4.1.311.87', '1.3.6.1.4.1.311.42.1.15');
  const text = profileDocument(eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ filteringInfo: other })) }), { methodType: 25 }), DEVICE_COMPLIANCE);
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, 'ClientAuthEKUList'));
  assert.equal(finding.fixes, undefined);
});

test('the EKU is recognised by OID whatever its name; no DeviceCompliance or a standalone file is not reported', { skip: SKIP_EMBEDDED }, () => {
  assert.deepEqual(findings(profileDocument(eapDocument(tlsEapType({ filteringInfo: CA_FILTERING })), DEVICE_COMPLIANCE), RULE), []);
  const renamed = CA_FILTERING.replace(/AAD Conditional Access/g, 'Unknown Key Usage');
  assert.deepEqual(findings(profileDocument(eapDocument(tlsEapType({ filteringInfo: renamed })), DEVICE_COMPLIANCE), RULE), []);
  assert.deepEqual(findings(profileDocument(eapDocument(tlsEapType())), RULE), []);
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
});
