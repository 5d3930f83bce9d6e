import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, eapDocument, findings, innerEap, peapEapType, preferredFix, profileDocument, SKIP_EMBEDDED, tlsEapType, valueBefore } from './testing';

const RULE = 'eap/server-validation-prompt';

test('DisableUserPromptForServerValidation false is a warning whose preferred fix sets true', () => {
  const text = eapDocument(tlsEapType({ disablePrompt: 'false' }));
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].range, valueBefore(text, 'false', 'DisableUserPromptForServerValidation'));
  assert.match(found[0].message, /Continue connecting\?/);
  assert.equal(applyFix(text, preferredFix(found[0])), eapDocument(tlsEapType({ disablePrompt: 'true' })));
});

test('PEAP-TLS: outer PEAP and inner EAP-TLS are each reported', () => {
  const text = eapDocument(peapEapType({ disablePrompt: 'false', inner: innerEap(13, tlsEapType({ disablePrompt: 'false' })) }), { methodType: 25 });
  const found = findings(text, RULE);
  assert.equal(found.length, 2);
  assert.deepEqual(found.map((f) => f.message.split(' ')[0]), ['PEAP', 'EAP-TLS']);
  assert.deepEqual(found.map((f) => f.range), [valueBefore(text, 'false', 'DisableUserPromptForServerValidation', 0), valueBefore(text, 'false', 'DisableUserPromptForServerValidation', 1)]);
});

test('embedded: reported at the value inside the profile', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(tlsEapType({ disablePrompt: '0' })));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, valueBefore(text, '0', 'DisableUserPromptForServerValidation'));
  assert.equal(applyFix(text, preferredFix(finding)), profileDocument(eapDocument(tlsEapType({ disablePrompt: 'true' }))));
});

test('true is not reported', () => {
  assert.deepEqual(findings(eapDocument(tlsEapType()), RULE), []);
});
