import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, preferredFix, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/https-namespace';

test('an https:// EapCommon namespace is reported once per xmlns attribute, with an https -> http fix', () => {
  const good = eapDocument(tlsEapType());
  const text = good.replace(`<Type xmlns="${NS.eapCommon}">`, `<Type xmlns="${NS.eapCommon.replace('http:', 'https:')}">`);
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.deepEqual(found[0].range, rangeOf(text, 'https://www.microsoft.com/provisioning/EapCommon'));
  assert.equal(applyFix(text, preferredFix(found[0])), good);
});

test('a prefixed declaration is checked too, and elements under an https namespace cause no other errors', () => {
  const good = eapDocument(tlsEapType());
  const text = good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1" xmlns:x="https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2">`);
  const all = findings(text, RULE);
  assert.deepEqual(
    all.map((f) => f.range),
    [rangeOf(text, 'https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1'), rangeOf(text, 'https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2')],
  );
  const errors = analyzeDocument(text).findings.filter((f) => f.severity === 'error' && f.ruleId !== RULE);
  assert.deepEqual(errors, []);
});

test('embedded in ProfileXML: the https namespace of the EapHostConfig root is reported at its document offset', { skip: SKIP_EMBEDDED }, () => {
  const good = profileDocument(eapDocument(tlsEapType()));
  const text = good.replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, `<EapHostConfig xmlns="https://www.microsoft.com/provisioning/EapHostConfig">`);
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].range, rangeOf(text, 'https://www.microsoft.com/provisioning/EapHostConfig'));
  assert.equal(applyFix(text, preferredFix(found[0])), good);
});

test('http:// namespaces and an https typo (left to eap/unknown-namespace) are not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
  const typo = eapDocument(tlsEapType()).replace(`xmlns="${NS.tlsV1}"`, 'xmlns="https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV9"');
  assert.deepEqual(findings(typo, RULE), []);
});
