import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eapDocument, findings, peapEapType, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType, valueBefore } from './testing';

const RULE = 'eap/accept-server-name-without-names';

test('AcceptServerName true with empty ServerNames is reported at the AcceptServerName value', () => {
  const text = eapDocument(tlsEapType({ serverNames: '' }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, valueBefore(text, 'true', 'AcceptServerName'));
  assert.deepEqual(found[0].related?.[0].range, rangeOf(text, 'ServerNames'));
});

test('embedded PEAP: the PeapExtensions AcceptServerName is checked against the PEAP ServerNames', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ serverNames: '  ' }), { methodType: 25 }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].range, valueBefore(text, 'true', 'AcceptServerName', 1));
});

test('names present, or AcceptServerName false, are not reported here', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
  assert.deepEqual(findings(eapDocument(tlsEapType({ serverNames: '', acceptServerName: 'false' })), RULE), []);
});
