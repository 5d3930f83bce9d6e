import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, eapDocument, findings, innerEap, peapEapType, preferredFix, profileDocument, SKIP_EMBEDDED, tlsEapType, valueBefore } from './testing';

const RULE = 'eap/simple-cert-selection-disabled';

test('SimpleCertSelection false: warning with a fix to true', () => {
  const text = eapDocument(tlsEapType({ simpleCertSelection: 'false' }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, valueBefore(text, 'false', 'SimpleCertSelection'));
  assert.equal(applyFix(text, preferredFix(found[0])), eapDocument(tlsEapType()));
});

test('embedded: the EAP-TLS inside PEAP is checked', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ simpleCertSelection: 'false' })) }), { methodType: 25 }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, valueBefore(text, 'false', 'SimpleCertSelection'));
});

test('true is not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
});
