import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eapDocument, findings, innerEap, MSCHAPV2_EAP_TYPE, peapEapType, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/password-authentication';

test('standalone EAP-MSCHAPv2 is information at its EapType', () => {
  const text = eapDocument(MSCHAPV2_EAP_TYPE, { methodType: 26 });
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(found[0].range, rangeOf(text, 'EapType'));
  assert.match(found[0].message, /^EAP-MSCHAPv2/);
});

test('embedded PEAP-MSCHAPv2 is reported at the inner EapType', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, 'EapType', 1));
  assert.match(finding.message, /^PEAP-MSCHAPv2/);
});

test('certificate methods are not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
  assert.deepEqual(findings(eapDocument(peapEapType(), { methodType: 25 }), RULE), []);
});
