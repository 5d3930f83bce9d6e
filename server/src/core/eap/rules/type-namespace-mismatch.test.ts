import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, eapDocument, findings, innerEap, MSCHAPV2_EAP_TYPE, peapEapType, profileDocument, rangeAfter, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/type-namespace-mismatch';

test('type 13 on both sides with PEAP settings is reported at Config/Eap/Type; the fix sets both to 25', () => {
  const text = eapDocument(peapEapType(), { methodType: 13 });
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.deepEqual(found[0].range, rangeAfter(text, '<Eap xmlns', '13'));
  assert.match(found[0].message, /PEAP settings/);
  assert.deepEqual(found[0].related?.[0].range, rangeAfter(text, '<Type>13</Type>', 'EapType'));
  assert.equal(applyFix(text, found[0].fixes![0]), eapDocument(peapEapType(), { methodType: 25 }));
});

test('an inner method type that contradicts its settings is reported', () => {
  const text = eapDocument(peapEapType({ inner: innerEap(26, tlsEapType()) }), { methodType: 25 });
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeAfter(text, '<FastReconnect>', '26'));
  assert.equal(applyFix(text, finding.fixes![0]), eapDocument(peapEapType({ inner: innerEap(13, tlsEapType()) }), { methodType: 25 }));
});

test('embedded: EAP-MSCHAPv2 settings under type 13 inside PEAP', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ inner: innerEap(13, MSCHAPV2_EAP_TYPE) }), { methodType: 25 }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeAfter(text, '<FastReconnect>', '13'));
});

test('matching types, and an outer disagreement with EapMethod/Type (eap/method-type-mismatch), are not reported', () => {
  assert.deepEqual(findings(eapDocument(peapEapType(), { methodType: 25 }), RULE), []);
  assert.deepEqual(findings(eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 }), RULE), []);
  assert.deepEqual(findings(eapDocument(tlsEapType(), { methodType: 25, eapTypeNumber: 13 }), RULE), []);
});
