import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, innerEap, peapEapType, preferredFix, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType, valueBefore } from './testing';

const RULE = 'eap/server-validation-disabled';

test('EAP-TLS PerformServerValidation false: warning with a fix to true', () => {
  const text = eapDocument(tlsEapType({ performServerValidation: 'false' }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, valueBefore(text, 'false', 'PerformServerValidation'));
  assert.equal(applyFix(text, preferredFix(found[0])), eapDocument(tlsEapType()));
});

test('PEAP: the PeapExtensions element and the ServerValidation attribute are both checked', () => {
  const base = eapDocument(peapEapType({ performServerValidation: 'false' }), { methodType: 25 });
  const text = base.replace(`<EapType xmlns="${NS.peapV1}">\n        <ServerValidation>`, `<EapType xmlns="${NS.peapV1}">\n        <ServerValidation PerformServerValidation="false">`);
  const found = findings(text, RULE);
  const attribute = rangeOf(text, 'PerformServerValidation="false"');
  assert.deepEqual(found.map((f) => f.range), [{ start: attribute.end - 6, end: attribute.end - 1 }, valueBefore(text, 'false', 'PerformServerValidation')]);
  assert.equal(applyFix(applyFix(text, preferredFix(found[1])), preferredFix(found[0])), base.replace(/>false<\/PerformServerValidation>/, '>true</PerformServerValidation>').replace('<ServerValidation>', '<ServerValidation PerformServerValidation="true">'));
});

test('embedded: the inner EAP-TLS of PEAP-TLS is reported', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ performServerValidation: 'false' })) }), { methodType: 25 }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, valueBefore(text, 'false', 'PerformServerValidation'));
  assert.match(finding.message, /^EAP-TLS/);
});

test('true or absent is not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
  const absent = eapDocument(tlsEapType()).replace(/\n\s*<PerformServerValidation[^\n]*/, '');
  assert.deepEqual(findings(absent, RULE), []);
});
