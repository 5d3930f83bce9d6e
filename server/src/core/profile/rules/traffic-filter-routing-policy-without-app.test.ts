import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/traffic-filter-routing-policy-without-app';
const profile = (filter: string) => userProfile(nativeWith('IKEv2'), `  <TrafficFilter>\n${filter}\n  </TrafficFilter>\n`);

test('RoutingPolicyType in a filter without App or Claims warns; the fix removes it', () => {
  const text = profile('    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'RoutingPolicyType', 1));
  assert.equal(applyFix(text, fixTitled(finding, 'Remove `<RoutingPolicyType>`')), profile('    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>'));
});

test('RoutingPolicyType with an App or Claims is fine', () => {
  assertNoFinding(profile('    <App>\n      <Id>C:\\Windows\\System32\\mstsc.exe</Id>\n    </App>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>'), ID);
  assertNoFinding(profile('    <Claims>O:SYG:SYD:(A;;CC;;;AU)</Claims>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>'), ID);
});
