import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, preferredFix, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/root-namespace';

test('an EapHostConfig without namespace gets a fix that adds it', () => {
  const good = eapDocument(tlsEapType());
  const text = good.replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, '<EapHostConfig>');
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.deepEqual(found[0].range, { start: 1, end: 1 + 'EapHostConfig'.length });
  assert.equal(applyFix(text, preferredFix(found[0])), good);
});

test('a foreign namespace on the root is replaced by the fix', () => {
  const good = eapDocument(tlsEapType());
  const text = good.replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, '<EapHostConfig xmlns="urn:example">');
  const [finding] = findings(text, RULE);
  assert.match(finding.message, /urn:example/);
  assert.equal(applyFix(text, preferredFix(finding)), good);
});

test('embedded: a root without namespace is reported at the EapHostConfig name', { skip: SKIP_EMBEDDED }, () => {
  const good = profileDocument(eapDocument(tlsEapType()));
  const text = good.replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, '<EapHostConfig>');
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, 'EapHostConfig'));
  assert.equal(applyFix(text, preferredFix(finding)), good);
});

test('the right namespace, an https variant and a misspelt provisioning URI are not reported here', () => {
  const good = eapDocument(tlsEapType());
  assert.deepEqual(findings(good, RULE), []);
  assert.deepEqual(findings(good.replace(`xmlns="${NS.eapHostConfig}">\n  <EapMethod`, `xmlns="https://www.microsoft.com/provisioning/EapHostConfig">\n  <EapMethod`), RULE), []);
  assert.deepEqual(findings(good.replace(`xmlns="${NS.eapHostConfig}">\n  <EapMethod`, `xmlns="http://www.microsoft.com/provisioning/EapHostConfg">\n  <EapMethod`), RULE), []);
});
