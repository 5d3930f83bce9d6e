import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, eapDocument, findings, peapEapType, preferredFix, profileDocument, rangeAfter, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/method-type-mismatch';

test('EapMethod/Type 25 with Config/Eap/Type 13 and EAP-TLS settings: the preferred fix changes EapMethod/Type', () => {
  const text = eapDocument(tlsEapType(), { methodType: 25, eapTypeNumber: 13 });
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  const configType = rangeAfter(text, '<Eap xmlns', '13');
  const methodType = rangeAfter(text, '<EapMethod>', '25');
  assert.deepEqual(found[0].range, configType);
  assert.deepEqual(
    found[0].related?.map((r) => r.range),
    [methodType, configType],
  );
  assert.equal(applyFix(text, preferredFix(found[0])), eapDocument(tlsEapType(), { methodType: 13, eapTypeNumber: 13 }));
  assert.equal(found[0].fixes?.length, 2);
});

test('PEAP settings with Config/Eap/Type 13: the preferred fix changes Config/Eap/Type to 25', () => {
  const text = eapDocument(peapEapType(), { methodType: 25, eapTypeNumber: 13 });
  const [finding] = findings(text, RULE);
  assert.equal(applyFix(text, preferredFix(finding)), eapDocument(peapEapType(), { methodType: 25, eapTypeNumber: 25 }));
});

test('embedded: the mismatch is reported at the Config/Eap/Type value', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(tlsEapType(), { methodType: 26, eapTypeNumber: 13 }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeAfter(text, '<Eap xmlns', '13'));
});

test('equal types are not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
  assert.deepEqual(findings(eapDocument(peapEapType(), { methodType: 25 }), RULE), []);
});
