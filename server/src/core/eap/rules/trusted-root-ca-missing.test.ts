import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eapDocument, findings, innerEap, peapEapType, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/trusted-root-ca-missing';

test('EAP-TLS server validation without TrustedRootCA is reported at ServerValidation', () => {
  const text = eapDocument(tlsEapType({ trustedRootCa: null }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, rangeOf(text, 'ServerValidation'));
  assert.match(found[0].message, /Windows 11/);
});

test('an empty TrustedRootCA counts as missing', () => {
  const text = eapDocument(tlsEapType({ trustedRootCa: '' }));
  assert.equal(findings(text, RULE).length, 1);
});

test('embedded PEAP-TLS: the outer PEAP without a root is reported, the inner EAP-TLS with one is not', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ trustedRootCa: null, inner: innerEap(13, tlsEapType()) }), { methodType: 25 }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].range, rangeOf(text, 'ServerValidation'));
  assert.match(found[0].message, /^PEAP/);
});

test('a thumbprint, or server validation switched off (eap/server-validation-disabled), is not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
  assert.deepEqual(findings(eapDocument(tlsEapType({ trustedRootCa: null, performServerValidation: 'false' })), RULE), []);
});
