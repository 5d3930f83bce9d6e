import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, nativeWith, userProfile, valueRange } from './testing';

const ID = 'profile/traffic-filter-app';
const profile = (app: string) => userProfile(nativeWith('IKEv2'), `  <TrafficFilter>\n    ${app}\n  </TrafficFilter>\n`);

test('the old `<App>text</App>` form warns (not an error) and is wrapped in `<Id>` by the fix', () => {
  const text = profile('<App>Microsoft.MicrosoftEdge_8wekyb3d8bbwe</App>');
  assert.deepEqual(errorsInside(text, '<TrafficFilter>'), [], 'the old form is not an error');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'App', 'Microsoft.MicrosoftEdge_8wekyb3d8bbwe'));
  const fixed = applyFix(text, fixTitled(finding, 'Wrap the identifier in `<Id>`'));
  assert.equal(fixed, profile('<App><Id>Microsoft.MicrosoftEdge_8wekyb3d8bbwe</Id></App>'));
  assertNoFinding(fixed, ID);
});

test('`<Id>` values are checked like catalogue values, with the same rule IDs', () => {
  const text = profile('<App><Id>mstsc.exe</Id></App>');
  const [finding] = findings(text, 'profile/invalid-app-id');
  assert.deepEqual(finding.range, valueRange(text, 'Id', 'mstsc.exe'));
  const lower = profile('<App><Id>system</Id></App>');
  const [fixable] = findings(lower, 'profile/invalid-app-id');
  assert.equal(applyFix(lower, fixTitled(fixable, 'Change to `SYSTEM`')), profile('<App><Id>SYSTEM</Id></App>'));
});

test('unknown children and a missing `<Id>` are schema findings', () => {
  const text = profile('<App><Name>x</Name></App>');
  assert.deepEqual(findings(text, 'profile/unknown-element').map((f) => f.range), [nameRange(text, 'Name')]);
  const missing = findings(text, 'profile/missing-element').filter((f) => f.range.start > text.indexOf('<TrafficFilter>'));
  assert.deepEqual(missing.map((f) => f.range), [nameRange(text, 'App')]);
});

test('the current form is fine', () => {
  const text = profile('<App>\n      <Id>%ProgramFiles%\\Internet Explorer\\iexplore.exe</Id>\n    </App>');
  assertNoFinding(text, ID);
  assertNoFinding(text, 'profile/invalid-app-id');
  assertNoFinding(text, 'profile/unknown-element');
});

/** Error findings at or after `marker`. */
function errorsInside(text: string, marker: string): string[] {
  const from = text.indexOf(marker);
  return analyzeDocument(text)
    .findings.filter((f) => f.severity === 'error' && f.range.start >= from)
    .map((f) => `${f.ruleId}: ${f.message}`);
}
