// The "Copy as …" and "Compare Profile With…" requests through the real server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient } from './harness';
import type { CompareProfileResult, ExportProfileResult } from '../../server/src/protocol';

const PROFILE = `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <TrustedNetworkDetection>corp.example.org</TrustedNetworkDetection>
  <NativeProfile>
    <Servers>vpn.example.org</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
</VPNProfile>
`;

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start({ configuration: { validationDelay: 0 } });
});
after(async () => {
  await client.shutdown();
});

test('export: the file name is the default name; SyncML and PowerShell come back as text', async () => {
  const uri = 'file:///work/Contoso%20VPN.xml';
  await client.open(uri, PROFILE);
  const intune = await client.request<ExportProfileResult>('aovpn/exportProfile', { uri, format: 'intune' });
  assert.ok(intune.ok);
  assert.equal(intune.name, 'Contoso VPN');
  assert.equal(intune.omaUri, './User/Vendor/MSFT/VPNv2/Contoso%20VPN/ProfileXML');
  assert.ok(!intune.value.includes('\n'));
  const syncml = await client.request<ExportProfileResult>('aovpn/exportProfile', { uri, format: 'syncml', name: 'Other' });
  assert.ok(syncml.ok && syncml.text.includes('<LocURI>./User/Vendor/MSFT/VPNv2/Other/ProfileXML</LocURI>'));
  const script = await client.request<ExportProfileResult>('aovpn/exportProfile', { uri, format: 'powershell', scope: 'device' });
  assert.ok(script.ok && script.text.includes('New-CimInstance'));
});

test('export of a profile with errors is refused with the errors and their lines, unless forced', async () => {
  const uri = 'file:///work/broken.xml';
  await client.open(uri, PROFILE.replace('<AlwaysOn>true', '<AlwaysOn>TRUE'));
  const refused = await client.request<ExportProfileResult>('aovpn/exportProfile', { uri, format: 'intune' });
  assert.ok(!refused.ok);
  assert.equal(refused.kind, 'profile');
  assert.equal(refused.name, 'broken');
  assert.deepEqual(
    refused.errors.map((e) => e.line),
    [2],
  );
  const forced = await client.request<ExportProfileResult>('aovpn/exportProfile', { uri, format: 'intune', force: true });
  assert.ok(forced.ok);
});

test('compare: a read-back in Windows order is equivalent; a changed server is one difference in the report', async () => {
  const uri = 'file:///work/written.xml';
  await client.open(uri, PROFILE);
  const reported = PROFILE.replace(/\n\s*/g, '')
    .replace('<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>', '')
    .replace('<VPNProfile>', '<VPNProfile><Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>');
  const same = await client.request<CompareProfileResult>('aovpn/compareProfile', { uri, otherText: reported, otherName: 'device.xml' });
  assert.deepEqual([same.ok, same.equivalent, same.differences], [true, true, 0]);
  assert.match(same.markdown, /\*\*equivalent\*\*/);
  const other = await client.request<CompareProfileResult>('aovpn/compareProfile', { uri, otherText: reported.replace('vpn.example.org', 'vpn`2.example.org'), otherName: 'device.xml' });
  assert.deepEqual([other.equivalent, other.differences], [false, 1]);
  // Document text stays inside code spans, whatever backticks it holds.
  assert.ok(other.markdown.includes('``vpn`2.example.org``'), other.markdown);
});
