import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, innerEap, peapEapType, preferredFix, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/element-namespace';
const FILTERING = `<FilteringInfo xmlns="${NS.tlsV3}"><AllPurposeEnabled>false</AllPurposeEnabled></FilteringInfo>`;

test('an EAP-TLS EapType written with the V2 namespace is an error with a fix to the V1 namespace', () => {
  const good = eapDocument(tlsEapType());
  const text = good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${NS.tlsV2}">`);
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.deepEqual(found[0].range, rangeOf(text, 'EapType'));
  assert.equal(applyFix(text, preferredFix(found[0])), good);
  // Nothing else cascades from it.
  assert.deepEqual(analyzeDocument(text).findings.filter((f) => f.severity === 'error' && f.ruleId !== RULE), []);
});

test('a FilteringInfo without its own namespace (inheriting TLSExtensions\' V2) gets an xmlns added', () => {
  const good = eapDocument(tlsEapType({ filteringInfo: FILTERING }));
  const text = good.replace(`<FilteringInfo xmlns="${NS.tlsV3}">`, '<FilteringInfo>');
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, 'FilteringInfo'));
  assert.equal(applyFix(text, preferredFix(finding)), good);
});

test('embedded: the outer Eap in the EapHostConfig namespace; under a closed parent the generic check reports instead', { skip: SKIP_EMBEDDED }, () => {
  const good = profileDocument(eapDocument(peapEapType({ inner: innerEap(13, tlsEapType()) }), { methodType: 25 }));
  const outer = rangeOf(good, `<Eap xmlns="${NS.baseEap}">`, 0);
  const text = good.slice(0, outer.start) + `<Eap xmlns="${NS.eapHostConfig}">` + good.slice(outer.end);
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].range, { start: outer.start + 1, end: outer.start + 4 });
  assert.equal(applyFix(text, preferredFix(found[0])), good);
  assert.deepEqual(findings(text, 'eap/missing-method-config'), []);
  // The inner Eap sits in PEAP's EapType, which takes no extension content: the generic eap/wrong-namespace applies.
  const inner = rangeOf(good, `<Eap xmlns="${NS.baseEap}">`, 1);
  const innerText = good.slice(0, inner.start) + `<Eap xmlns="${NS.eapHostConfig}">` + good.slice(inner.end);
  assert.deepEqual(findings(innerText, RULE), []);
  assert.deepEqual(findings(innerText, 'eap/wrong-namespace').map((f) => f.range), [{ start: inner.start + 1, end: inner.start + 4 }]);
});

test('third-party content and correct namespaces are not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType({ filteringInfo: FILTERING })), RULE), []);
  const vendor = eapDocument(tlsEapType()).replace(`<EapType xmlns="${NS.tlsV1}">`, '<EapType xmlns="http://www.example.com/vendor/eap">');
  assert.deepEqual(findings(vendor, RULE), []);
});
