import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/port-ranges-protocol';
const profile = (filter: string) => userProfile(nativeWith('IKEv2'), `  <TrafficFilter>\n${filter}\n  </TrafficFilter>\n`);

test('port ranges without a protocol are an error with TCP and UDP fixes', () => {
  const text = profile('    <RemotePortRanges>443</RemotePortRanges>');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.range, nameRange(text, 'RemotePortRanges'));
  assert.equal(applyFix(text, fixTitled(finding, 'Add `<Protocol>6</Protocol>`')), profile('    <Protocol>6</Protocol>\n    <RemotePortRanges>443</RemotePortRanges>'));
  assert.equal(applyFix(text, fixTitled(finding, 'Add `<Protocol>17</Protocol>`')), profile('    <Protocol>17</Protocol>\n    <RemotePortRanges>443</RemotePortRanges>'));
});

test('port ranges with ICMP are an error for each port element', () => {
  const text = profile('    <Protocol>1</Protocol>\n    <LocalPortRanges>1000</LocalPortRanges>\n    <RemotePortRanges>443</RemotePortRanges>');
  const found = findings(text, ID);
  assert.deepEqual(found.map((f) => f.range), [nameRange(text, 'LocalPortRanges'), nameRange(text, 'RemotePortRanges')]);
  assert.deepEqual(found[0].related?.map((r) => r.range), [nameRange(text, 'Protocol')]);
});

test('TCP or UDP with ports, and filters without ports, are fine', () => {
  assertNoFinding(profile('    <Protocol>6</Protocol>\n    <RemotePortRanges>80,443</RemotePortRanges>'), ID);
  assertNoFinding(profile('    <Protocol>17</Protocol>\n    <RemotePortRanges>52000-52112</RemotePortRanges>'), ID);
  assertNoFinding(profile('    <Protocol>1</Protocol>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>'), ID);
});
