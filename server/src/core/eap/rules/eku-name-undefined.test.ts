import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, preferredFix, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/eku-name-undefined';

function filtering(listNames: string[], mapName = 'ContosoVPN'): string {
  return [
    `<FilteringInfo xmlns="${NS.tlsV3}">`,
    `  <EKUMapping><EKUMap><EKUName>${mapName}</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMap></EKUMapping>`,
    '  <ClientAuthEKUList Enabled="true">',
    ...listNames.map((name) => `    <EKUMapInList><EKUName>${name}</EKUName></EKUMapInList>`),
    '  </ClientAuthEKUList>',
    '</FilteringInfo>',
  ].join('\n');
}

test('a name not defined in EKUMapping is an error at the name, related to EKUMapping', () => {
  const text = eapDocument(tlsEapType({ filteringInfo: filtering(['ContosoVPN', 'Example1']) }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.deepEqual(found[0].range, rangeOf(text, 'Example1'));
  assert.deepEqual(found[0].related?.[0].range, rangeOf(text, 'EKUMapping'));
  assert.equal(found[0].fixes, undefined);
});

test('a near miss gets the defined name as preferred fix; a case-only difference is a warning', () => {
  const text = eapDocument(tlsEapType({ filteringInfo: filtering(['ContosoVPM']) }));
  const [typo] = findings(text, RULE);
  assert.equal(applyFix(text, preferredFix(typo)), eapDocument(tlsEapType({ filteringInfo: filtering(['ContosoVPN']) })));
  const [caseOnly] = findings(eapDocument(tlsEapType({ filteringInfo: filtering(['contosovpn']) })), RULE);
  assert.equal(caseOnly.severity, 'warning');
});

test('embedded: reported in the profile at the undefined name', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(tlsEapType({ filteringInfo: filtering(['AAD Conditional Access']) })));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, 'AAD Conditional Access'));
});

test('defined names, and entries carrying their own EKUOID, are not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType({ filteringInfo: filtering(['ContosoVPN']) })), RULE), []);
  const withOid = filtering(['Other']).replace('<EKUName>Other</EKUName>', '<EKUName>Other</EKUName><EKUOID>1.2.3.4</EKUOID>');
  assert.deepEqual(findings(eapDocument(tlsEapType({ filteringInfo: withOid })), RULE), []);
});
