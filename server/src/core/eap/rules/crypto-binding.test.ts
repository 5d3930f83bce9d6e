import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, eapDocument, findings, innerEap, MSCHAPV2_EAP_TYPE, peapEapType, profileDocument, SKIP_EMBEDDED, valueBefore } from './testing';

const RULE = 'eap/crypto-binding';

test('RequireCryptoBinding true is not reported (its hover explains errors 823/824)', () => {
  assert.deepEqual(findings(eapDocument(peapEapType({ requireCryptoBinding: 'true' }), { methodType: 25 }), RULE), []);
  assert.deepEqual(findings(eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE), requireCryptoBinding: 'true' }), { methodType: 25 }), RULE), []);
});

test('PEAP-MSCHAPv2 without cryptobinding: information with a (not preferred) fix to true', () => {
  const text = eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 });
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, valueBefore(text, 'false', 'RequireCryptoBinding'));
  assert.equal(finding.fixes?.[0].kind, 'suggestion');
  assert.equal(applyFix(text, finding.fixes![0]), eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE), requireCryptoBinding: 'true' }), { methodType: 25 }));
});

test('embedded: reported inside the profile', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, valueBefore(text, 'false', 'RequireCryptoBinding'));
});

test('PEAP-TLS without cryptobinding is not reported', () => {
  assert.deepEqual(findings(eapDocument(peapEapType(), { methodType: 25 }), RULE), []);
});
