import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nativeWith, userProfile, valueRange } from './testing';

const ID = 'profile/protocol-list-duplicate';
const entry = (type: string) => `      <NativeProtocol>\n        <Type>${type}</Type>\n      </NativeProtocol>\n`;
const list = (entries: string) => `    <ProtocolList>\n${entries}    </ProtocolList>`;

test('a protocol listed twice (any case) warns; the fix removes the second entry', () => {
  const text = userProfile(nativeWith('ProtocolList', list(entry('Ikev2') + entry('Sstp') + entry('IKEv2'))));
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'Type', 'IKEv2'));
  assert.deepEqual(finding.related?.map((r) => r.range), [valueRange(text, 'Type', 'Ikev2')]);
  assert.equal(applyFix(text, fixTitled(finding, 'Remove this entry')), userProfile(nativeWith('ProtocolList', list(entry('Ikev2') + entry('Sstp')))));
});

test('distinct protocols are fine', () => {
  assertNoFinding(userProfile(nativeWith('ProtocolList', list(entry('Ikev2') + entry('Sstp')))), ID);
});
