import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { NS } from '../namespaces';
import { applyFix, eapDocument, findings, peapEapType, preferredFix, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/unknown-namespace';

test('a version that does not exist gets the nearest known namespace as fix', () => {
  const good = eapDocument(tlsEapType({ filteringInfo: `<FilteringInfo xmlns="${NS.tlsV3}"><AllPurposeEnabled>false</AllPurposeEnabled></FilteringInfo>` }));
  const text = good.replace(NS.tlsV3, 'http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV4');
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.deepEqual(found[0].range, rangeOf(text, 'http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV4'));
  assert.equal(applyFix(text, preferredFix(found[0])), good);
});

test('a letter-case difference is explained as such', () => {
  const good = eapDocument(tlsEapType());
  const text = good.replace(`<Type xmlns="${NS.eapCommon}">`, '<Type xmlns="http://www.microsoft.com/provisioning/eapcommon">');
  const [finding] = findings(text, RULE);
  assert.match(finding.message, /case-sensitive/);
  assert.equal(applyFix(text, preferredFix(finding)), good);
});

test('an https namespace with a typo is reported here with the http spelling as fix', () => {
  const good = eapDocument(tlsEapType());
  const text = good.replace(`<EapType xmlns="${NS.tlsV1}">`, '<EapType xmlns="https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV">');
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, 'https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV'));
  assert.equal(applyFix(text, preferredFix(finding)), good);
});

test('embedded: a typo in the PEAP V2 namespace is reported at its document offset', { skip: SKIP_EMBEDDED }, () => {
  const good = profileDocument(eapDocument(peapEapType(), { methodType: 25 }));
  const text = good.replace(`<AcceptServerName xmlns="${NS.peapV2}">`, '<AcceptServerName xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV22">');
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeOf(text, 'http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV22'));
  assert.equal(applyFix(text, preferredFix(finding)), good);
});

test('known namespaces (including TTLS, TEAP and the win32 BaseEapMethodConfig) and foreign ones are not reported', () => {
  const text = eapDocument(tlsEapType()).replace(
    `<EapHostConfig xmlns="${NS.eapHostConfig}">`,
    `<EapHostConfig xmlns="${NS.eapHostConfig}" xmlns:a="${NS.baseEapMethodConfig}" xmlns:b="${NS.ttls}" xmlns:c="${NS.teap}" xmlns:d="http://www.example.com/vendor">`,
  );
  assert.deepEqual(findings(text, RULE), []);
  assert.deepEqual(analyzeDocument(text).findings.filter((f) => f.severity === 'error'), []);
});
