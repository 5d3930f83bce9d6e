import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, preferredFix, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/invalid-eku-oid';

const withOid = (oid: string) =>
  eapDocument(tlsEapType({ filteringInfo: `<FilteringInfo xmlns="${NS.tlsV3}"><EKUMapping><EKUMap><EKUName>VPN</EKUName><EKUOID>${oid}</EKUOID></EKUMap></EKUMapping></FilteringInfo>` }));

test('a value that is not an OID is an error at the value', () => {
  const text = withOid('Client Authentication');
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.deepEqual(found[0].range, rangeOf(text, 'Client Authentication'));
  assert.equal(found[0].fixes, undefined);
});

test('spaces inside an OID are removed by the fix', () => {
  const text = withOid('1.3.6.1.4.1.311. 87');
  const [finding] = findings(text, RULE);
  assert.equal(applyFix(text, preferredFix(finding)), withOid('1.3.6.1.4.1.311.87'));
});

test('embedded: reported inside the profile', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(withOid('1..3'));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, '1..3'));
});

test('OIDs and the trailing wildcard the Windows EKU dialog accepts are valid, with no generic OID error either', () => {
  for (const oid of ['1.3.6.1.4.1.311.87', '1.3.6.1.4.1.311.*', '2.23.133.8.3']) {
    const text = withOid(oid);
    assert.deepEqual(findings(text, RULE), []);
    assert.deepEqual(analyzeDocument(text).findings.filter((f) => f.severity === 'error'), []);
  }
});
