import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eapDocument, findings, peapEapType, profileDocument, rangeOf, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/no-server-names';

test('empty ServerNames without name checking is information at ServerNames', () => {
  const text = eapDocument(tlsEapType({ serverNames: '', acceptServerName: 'false' }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(found[0].range, rangeOf(text, 'ServerNames'));
});

test('embedded PEAP without a ServerNames element is reported at ServerValidation', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ acceptServerName: 'false' }), { methodType: 25 }).replace(/\n\s*<ServerNames>nps.corp.example.net<\/ServerNames>/, ''));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].range, rangeOf(text, 'ServerValidation'));
});

test('names present, validation off, or AcceptServerName true (the warning rule) are not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
  assert.deepEqual(findings(eapDocument(tlsEapType({ serverNames: '', performServerValidation: 'false' })), RULE), []);
  assert.deepEqual(findings(eapDocument(tlsEapType({ serverNames: '' })), RULE), []);
});
