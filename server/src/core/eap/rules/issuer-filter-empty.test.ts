import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { eapDocument, findings, profileDocument, rangeOf, ROOT_THUMBPRINT, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/issuer-filter-empty';

const withCaHashList = (list: string) => eapDocument(tlsEapType({ filteringInfo: `<FilteringInfo xmlns="${NS.tlsV3}">${list}</FilteringInfo>` }));

test('CAHashList Enabled="true" without IssuerHash is a warning at the Enabled value', () => {
  const text = withCaHashList('<CAHashList Enabled="true"></CAHashList>');
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  const attribute = rangeOf(text, 'Enabled="true"');
  assert.deepEqual(found[0].range, { start: attribute.start + 9, end: attribute.end - 1 });
});

test('embedded: an empty IssuerHash counts as none', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(withCaHashList('<CAHashList Enabled="true"><IssuerHash/></CAHashList>'));
  assert.equal(findings(text, RULE).length, 1);
});

test('a listed issuer, or a disabled list, is not reported', () => {
  assert.deepEqual(findings(withCaHashList(`<CAHashList Enabled="true"><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`), RULE), []);
  assert.deepEqual(findings(withCaHashList('<CAHashList Enabled="false"/>'), RULE), []);
});
