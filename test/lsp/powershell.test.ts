// PowerShell scripts through the real server: the profile in a here-string is checked at its characters in the
// script, values the script computes are not, and fixes are written in the script's quoting.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, positionOf } from './harness';

const SCRIPT = `param([string] $VpnServer = 'vpn.example.org')

$ProfileXML = @"
<VPNProfile>
  <AlwaysOn>True</AlwaysOn>
  <TrustedNetworkDetection>corp.example.org</TrustedNetworkDetection>
  <NativeProfile>
    <Servers>$VpnServer</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
</VPNProfile>
"@
`;

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start({ configuration: { validationDelay: 0 } });
});
after(async () => {
  await client.shutdown();
});

test('a powershell document: the defect is reported in the script, the variable is not', async () => {
  const uri = 'file:///work/New-VpnProfile.ps1';
  await client.open(uri, SCRIPT, 'powershell');
  const diagnostics = await client.diagnostics(uri, 1);
  const lower = diagnostics.find((d) => d.code === 'profile/lowercase-true-required');
  assert.ok(lower, JSON.stringify(diagnostics.map((d) => d.code)));
  assert.deepEqual(lower.range.start, positionOf(SCRIPT, 'True'));
  assert.ok(!diagnostics.some((d) => d.range.start.line === positionOf(SCRIPT, '$VpnServer</').line), JSON.stringify(diagnostics));
});

test('hover works inside the here-string', async () => {
  const uri = 'file:///work/New-VpnProfile.ps1';
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(SCRIPT, 'RoutingPolicyType>Split', 3) });
  assert.match(hover?.contents.value ?? '', /tunnel/i);
});
