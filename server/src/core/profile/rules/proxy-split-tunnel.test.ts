import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, assertNoFinding, findings, fixTitled, nameRange } from './testing';

const ID = 'profile/proxy-split-tunnel';
const profile = (policy: string, proxy = '  <Proxy>\n    <AutoConfigUrl>http://proxy.example.net/proxy.pac</AutoConfigUrl>\n  </Proxy>\n') => `<VPNProfile>
${proxy}  <NativeProfile>
    <Servers>vpn.example.net</Servers>
    <RoutingPolicyType>${policy}</RoutingPolicyType>
  </NativeProfile>
</VPNProfile>`;

test('a proxy on a split-tunnel profile warns; the fix removes it', () => {
  const text = profile('SplitTunnel');
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'Proxy'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'RoutingPolicyType')]);
  assert.equal(applyFix(text, fixTitled(finding, 'Remove `<Proxy>`')), profile('SplitTunnel', ''));
});

test('a proxy on a force-tunnel profile is fine', () => {
  assertNoFinding(profile('ForceTunnel'), ID);
  assertNoFinding(profile('SplitTunnel', ''), ID);
});
