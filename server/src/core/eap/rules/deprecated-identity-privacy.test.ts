import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { eapDocument, findings, peapEapType, profileDocument, rangeOf, SKIP_EMBEDDED } from './testing';

const RULE = 'eap/deprecated-identity-privacy';

const OLD_PLACE = '<IdentityPrivacy>\n  <EnableIdentityPrivacy>true</EnableIdentityPrivacy>\n  <AnonymousUserName>anonymous</AnonymousUserName>\n</IdentityPrivacy>';

test('the V1 IdentityPrivacy next to PeapExtensions is ignored: warning, related to PeapExtensions', () => {
  const text = eapDocument(peapEapType({ beforeFastReconnect: OLD_PLACE }), { methodType: 25 });
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, rangeOf(text, 'IdentityPrivacy'));
  assert.deepEqual(found[0].related?.[0].range, rangeOf(text, 'PeapExtensions'));
});

test('embedded without PeapExtensions: information only', { skip: SKIP_EMBEDDED }, () => {
  const peap = peapEapType({ beforeFastReconnect: OLD_PLACE }).replace(/\n\s*<PeapExtensions>[\s\S]*<\/PeapExtensions>/, '');
  const text = profileDocument(eapDocument(peap, { methodType: 25 }));
  const [finding] = findings(text, RULE);
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, rangeOf(text, 'IdentityPrivacy'));
});

test('identity privacy in PeapExtensions (the V2 place) is not reported', () => {
  const v2 = `<IdentityPrivacy xmlns="${NS.peapV2}"><EnableIdentityPrivacy>true</EnableIdentityPrivacy><AnonymousUserName/></IdentityPrivacy>`;
  const text = eapDocument(peapEapType({ extensionsExtra: v2 }), { methodType: 25 });
  assert.deepEqual(findings(text, RULE), []);
  assert.deepEqual(findings(text, 'eap/unknown-element'), []);
});
