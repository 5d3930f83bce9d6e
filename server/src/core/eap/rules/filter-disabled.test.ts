import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, profileDocument, rangeOf, ROOT_THUMBPRINT, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/filter-disabled';

const withFiltering = (content: string) => eapDocument(tlsEapType({ filteringInfo: `<FilteringInfo xmlns="${NS.tlsV3}">${content}</FilteringInfo>` }));
const MAP = '<EKUMapping><EKUMap><EKUName>VPN</EKUName><EKUOID>1.2.3.4</EKUOID></EKUMap></EKUMapping>';

test('IssuerHash entries under a CAHashList without Enabled are ignored: information with a fix adding Enabled', () => {
  const text = withFiltering(`<CAHashList><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`);
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(found[0].range, rangeOf(text, 'CAHashList'));
  assert.equal(found[0].fixes?.[0].kind, 'suggestion');
  assert.equal(applyFix(text, found[0].fixes![0]), withFiltering(`<CAHashList Enabled="true"><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`));
});

test('an EKU list with Enabled="false" is reported at the attribute value', () => {
  const text = withFiltering(`${MAP}<ClientAuthEKUList Enabled="false"><EKUMapInList><EKUName>VPN</EKUName></EKUMapInList></ClientAuthEKUList>`);
  const [finding] = findings(text, RULE);
  const attribute = rangeOf(text, 'Enabled="false"');
  assert.deepEqual(finding.range, { start: attribute.start + 9, end: attribute.end - 1 });
  assert.equal(applyFix(text, finding.fixes![0]), text.replace('Enabled="false"', 'Enabled="true"'));
});

test('embedded: AnyPurposeEKUList entries without Enabled', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(withFiltering(`${MAP}<AnyPurposeEKUList><EKUMapInList><EKUName>VPN</EKUName></EKUMapInList></AnyPurposeEKUList>`));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, 'AnyPurposeEKUList'));
});

test('enabled lists and empty disabled lists are not reported', () => {
  assert.deepEqual(findings(withFiltering(`<CAHashList Enabled="true"><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`), RULE), []);
  assert.deepEqual(findings(withFiltering('<ClientAuthEKUList Enabled="false"/>'), RULE), []);
});
