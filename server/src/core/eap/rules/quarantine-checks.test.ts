import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, eapDocument, findings, peapEapType, preferredFix, profileDocument, SKIP_EMBEDDED, valueBefore } from './testing';

const RULE = 'eap/quarantine-checks';

test('EnableQuarantineChecks true: information with a preferred fix to false', () => {
  const text = eapDocument(peapEapType({ enableQuarantineChecks: 'true' }), { methodType: 25 });
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(found[0].range, valueBefore(text, 'true', 'EnableQuarantineChecks'));
  assert.equal(applyFix(text, preferredFix(found[0])), eapDocument(peapEapType(), { methodType: 25 }));
});

test('embedded: reported inside the profile', { skip: SKIP_EMBEDDED }, () => {
  const text = profileDocument(eapDocument(peapEapType({ enableQuarantineChecks: '1' }), { methodType: 25 }));
  const [finding] = findings(text, RULE);
  assert.deepEqual(finding.range, valueBefore(text, '1', 'EnableQuarantineChecks'));
});

test('false is not reported', () => {
  assert.deepEqual(findings(eapDocument(peapEapType(), { methodType: 25 }), RULE), []);
});
