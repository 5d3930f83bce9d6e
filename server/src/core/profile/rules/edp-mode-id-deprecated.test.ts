import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/edp-mode-id-deprecated';

test('EdpModeId is information about the deprecated WIP', () => {
  const text = userProfile(nativeWith('IKEv2'), '  <EdpModeId>corp.example.net</EdpModeId>\n');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, nameRange(text, 'EdpModeId'));
  assert.match(finding.message, /July 2022/);
});

test('no EdpModeId, no finding', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2')), ID);
});
