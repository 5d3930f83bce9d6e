import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, innerEap, peapEapType, preferredFix, profileDocument, rangeAfter, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/unknown-method-type';

test('PEAP written as type 27 (the VPNv2 CSP documentation error): warning with a fix to 25', () => {
  const text = eapDocument(peapEapType(), { methodType: 27 });
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, rangeAfter(text, '<EapMethod>', '27'));
  assert.match(found[0].message, /PEAP is EAP type 25/);
  assert.equal(applyFix(text, preferredFix(found[0])), eapDocument(peapEapType(), { methodType: 25 }));
});

test('a type with no built-in method is reported unless a vendor is named', () => {
  const text = eapDocument(tlsEapType(), { methodType: 99, eapTypeNumber: 99 });
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeAfter(text, '<EapMethod>', '99'));
  assert.match(finding.message, /850/);
  const vendor = text.replace(`<VendorId xmlns="${NS.eapCommon}">0</VendorId>`, `<VendorId xmlns="${NS.eapCommon}">9</VendorId>`);
  assert.deepEqual(findings(vendor, RULE), []);
});

test('embedded: PEAP inside PEAP is not a supported inner method', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ inner: innerEap(25, peapEapType()) }), { methodType: 25 }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeAfter(text, '<FastReconnect>', '25'));
  assert.match(finding.message, /inside PEAP/);
});

test('13, 25, 26, 21 and 55 are built-in and not reported', () => {
  for (const type of [13, 21, 55]) assert.deepEqual(findings(eapDocument(tlsEapType(), { methodType: type, eapTypeNumber: 13 }), RULE), []);
  assert.deepEqual(findings(eapDocument(peapEapType(), { methodType: 25 }), RULE), []);
});
