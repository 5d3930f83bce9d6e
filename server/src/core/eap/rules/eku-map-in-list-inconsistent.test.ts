import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { eapDocument, findings, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/eku-map-in-list-inconsistent';

function filtering(maps: string, entries: string): string {
  return `<FilteringInfo xmlns="${NS.tlsV3}">\n  <EKUMapping>${maps}</EKUMapping>\n  <ClientAuthEKUList Enabled="true">${entries}</ClientAuthEKUList>\n</FilteringInfo>`;
}
const MAP = '<EKUMap><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMap>';

test('an entry OID that contradicts the mapping is a warning at the entry OID', () => {
  const text = eapDocument(tlsEapType({ filteringInfo: filtering(MAP, '<EKUMapInList><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.16</EKUOID></EKUMapInList>') }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, rangeOf(text, '1.3.6.1.4.1.311.42.1.16'));
  assert.deepEqual(found[0].related?.[0].range, rangeOf(text, 'ContosoVPN'));
});

test('an empty entry and a name mapped to two OIDs are reported', () => {
  const maps = MAP + '<EKUMap><EKUName>ContosoVPN</EKUName><EKUOID>1.2.3</EKUOID></EKUMap>';
  const text = eapDocument(tlsEapType({ filteringInfo: filtering(maps, '<EKUMapInList></EKUMapInList>') }));
  const found = findings(text, RULE);
  assert.deepEqual(found.map((f) => f.range), [rangeOf(text, 'ContosoVPN', 1), rangeOf(text, 'EKUMapInList')]);
});

test('embedded: the contradiction is found inside a profile', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(tlsEapType({ filteringInfo: filtering(MAP, '<EKUMapInList><EKUName>ContosoVPN</EKUName><EKUOID>1.2.3.4</EKUOID></EKUMapInList>') })));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, '1.2.3.4'));
});

test('name-only entries and matching OIDs are not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType({ filteringInfo: filtering(MAP, '<EKUMapInList><EKUName>ContosoVPN</EKUName></EKUMapInList>') })), RULE), []);
  assert.deepEqual(findings(eapDocument(tlsEapType({ filteringInfo: filtering(MAP, '<EKUMapInList><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMapInList>') })), RULE), []);
});
