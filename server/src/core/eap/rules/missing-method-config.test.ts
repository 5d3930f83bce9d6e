import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NS } from '../namespaces';
import { eapDocument, findings, profileDocument, rangeAfter, SKIP_EMBEDDED, tlsEapType } from './testing';

const RULE = 'eap/missing-method-config';

const METHOD_ONLY = `<EapHostConfig xmlns="${NS.eapHostConfig}"><EapMethod><Type xmlns="${NS.eapCommon}">13</Type><AuthorId xmlns="${NS.eapCommon}">0</AuthorId></EapMethod></EapHostConfig>`;

test('an EapHostConfig with only EapMethod is reported at the root name', () => {
  const found = findings(METHOD_ONLY, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'error');
  assert.deepEqual(found[0].range, { start: 1, end: 14 });
});

test('a Config without Eap for EAP-TLS is reported at Config', () => {
  const text = METHOD_ONLY.replace('</EapMethod>', `</EapMethod><Config xmlns="${NS.eapHostConfig}"></Config>`);
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeAfter(text, '</EapMethod><', 'Config'));
});

test('embedded: reported at the embedded root', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(METHOD_ONLY);
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, rangeAfter(text, '<Configuration>', 'EapHostConfig'));
});

test('complete configurations, a ConfigBlob, and a third-party Config content are not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
  assert.deepEqual(findings(METHOD_ONLY.replace('</EapMethod>', `</EapMethod><ConfigBlob xmlns="${NS.eapHostConfig}">00</ConfigBlob>`), RULE), []);
  const ttls = METHOD_ONLY.replace('>13<', '>21<').replace('</EapMethod>', `</EapMethod><Config xmlns="${NS.eapHostConfig}"><EapTtls xmlns="${NS.ttls}"/></Config>`);
  assert.deepEqual(findings(ttls, RULE), []);
});
