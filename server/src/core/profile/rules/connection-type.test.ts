import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoFinding, findings, nameRange, nativeWith, userProfile } from './testing';

const ID = 'profile/connection-type';
const PLUGIN = '  <PluginProfile>\n    <ServerUrlList>vpn.example.net</ServerUrlList>\n    <PluginPackageFamilyName>Vendor.Client_abcdefgh12345</PluginPackageFamilyName>\n  </PluginProfile>\n';

test('a profile with both clients warns on PluginProfile', () => {
  const text = userProfile(nativeWith('IKEv2'), PLUGIN);
  const [finding] = findings(text, ID);
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.range, nameRange(text, 'PluginProfile'));
  assert.deepEqual(finding.related?.map((r) => r.range), [nameRange(text, 'NativeProfile')]);
});

test('a profile with neither warns on VPNProfile', () => {
  const text = '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>';
  assert.deepEqual(findings(text, ID).map((f) => f.range), [nameRange(text, 'VPNProfile')]);
});

test('one client is fine', () => {
  assertNoFinding(userProfile(nativeWith('IKEv2')), ID);
  assertNoFinding(`<VPNProfile>\n${PLUGIN}</VPNProfile>`, ID);
});
