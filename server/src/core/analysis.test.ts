import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, MAX_FINDINGS_PER_RULE } from './analysis';

test('one rule lists at most MAX_FINDINGS_PER_RULE findings per document, then one note counts the rest', () => {
  const text = `<VPNProfile>${'<Unknown>x</Unknown>'.repeat(MAX_FINDINGS_PER_RULE + 250)}</VPNProfile>`;
  const findings = analyzeDocument(text).findings;
  assert.equal(findings.filter((f) => f.ruleId === 'profile/unknown-element').length, MAX_FINDINGS_PER_RULE);
  const notes = findings.filter((f) => f.ruleId === 'aovpn/finding-limit');
  assert.equal(notes.length, 1);
  assert.match(notes[0].message, /`profile\/unknown-element` found 250 more problems/);
  assert.equal(notes[0].severity, 'information');
});

test('a rule turned off is neither listed nor counted', () => {
  const text = `<VPNProfile>${'<Unknown>x</Unknown>'.repeat(MAX_FINDINGS_PER_RULE + 5)}</VPNProfile>`;
  const findings = analyzeDocument(text, { rules: { 'profile/unknown-element': 'off' } }).findings;
  assert.ok(!findings.some((f) => f.ruleId === 'profile/unknown-element' || f.ruleId === 'aovpn/finding-limit'));
});
