import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange, valueRange } from './testing';

const ID = 'profile/lockdown-split-tunnel';
const profile = (lockDown: string, policy: string) =>
  `<VPNProfile>\n  <LockDown>${lockDown}</LockDown>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>${policy}</RoutingPolicyType>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n  </NativeProfile>\n</VPNProfile>`;

test('LockDown with split tunnel warns; the preferred fix switches to ForceTunnel', () => {
  const text = profile('true', 'SplitTunnel');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, valueRange(text, 'RoutingPolicyType', 'SplitTunnel'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'LockDown')]);
  assert.equal(applyFix(text, fixTitled(finding, 'Change to `ForceTunnel`')), profile('true', 'ForceTunnel'));
});

test('LockDown with force tunnel, and split tunnel without LockDown, are fine', () => {
  assertNoFinding(profile('true', 'ForceTunnel'), ID);
  assertNoFinding(profile('false', 'SplitTunnel'), ID);
});
