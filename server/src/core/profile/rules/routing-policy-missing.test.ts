import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, deviceProfile, findings, fixTitled, nameRange, userProfile } from './testing';

const ID = 'profile/routing-policy-missing';

test('a NativeProfile without RoutingPolicyType is information with one fix per policy', () => {
  const text = userProfile('    <Servers>vpn.example.net</Servers>');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.range, nameRange(text, 'NativeProfile'));
  assert.equal(finding.fixes?.some((f) => f.kind === 'safe'), false);
  assert.equal(
    applyFix(text, fixTitled(finding, 'Add `<RoutingPolicyType>SplitTunnel</RoutingPolicyType>`')),
    userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>'),
  );
  assert.ok(applyFix(text, fixTitled(finding, 'Add `<RoutingPolicyType>ForceTunnel</RoutingPolicyType>`')).includes('<RoutingPolicyType>ForceTunnel</RoutingPolicyType>'));
});

test('an explicit policy, a device tunnel and a LockDown profile give no finding', () => {
  assertNoFinding(userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>'), ID);
  assertNoFinding(deviceProfile('    <Servers>vpn.example.net</Servers>'), ID);
  assertNoFinding('<VPNProfile><LockDown>true</LockDown><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile>', ID);
});
