// `aovpn export` as a user runs it: the three forms, names and scopes, refusals and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder } from './cliRunner';

const { dir: temp, write } = tempFolder('aovpn-export-');

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

test('intune: the file name is the default profile name, percent-encoded in the OMA-URI', () => {
  write('Contoso User Tunnel.xml', PROFILE);
  const run = runCli(['export', '--as', 'intune', 'Contoso User Tunnel.xml'], temp);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^OMA-URI: +\.\/User\/Vendor\/MSFT\/VPNv2\/Contoso%20User%20Tunnel\/ProfileXML$/m);
  assert.match(run.stdout, /^Data type: String$/m);
  assert.match(run.stdout, /^<VPNProfile><AlwaysOn>true<\/AlwaysOn><TrustedNetworkDetection>/m);
});

test('intune --json --scope device --name: the setting as JSON', () => {
  write('p.xml', PROFILE);
  const run = runCli(['export', '--as=intune', '--json', '--scope', 'device', '--name', 'All Users VPN', 'p.xml'], temp);
  assert.equal(run.status, 0, run.stderr);
  const json = JSON.parse(run.stdout) as { omaUri: string; dataType: string; value: string; scope: string };
  assert.equal(json.omaUri, './Device/Vendor/MSFT/VPNv2/All%20Users%20VPN/ProfileXML');
  assert.equal(json.dataType, 'String');
  assert.equal(json.scope, 'device');
  assert.ok(!json.value.includes('\n'));
});

test('syncml and powershell from a PowerShell script (profile in a literal here-string)', () => {
  write('New-Vpn.ps1', `$xml = @'\n${PROFILE}'@\n`);
  const syncml = runCli(['export', '--as', 'syncml', '--replace', '--name', 'VPN', 'New-Vpn.ps1'], temp);
  assert.equal(syncml.status, 0, syncml.stderr);
  assert.match(syncml.stdout, /<Replace>/);
  assert.match(syncml.stdout, /<Data>&lt;VPNProfile&gt;/);
  assert.match(syncml.stderr, /note: Microsoft recommends deleting/);
  const script = runCli(['export', '--as', 'powershell', '--name', 'VPN', 'New-Vpn.ps1'], temp);
  assert.equal(script.status, 0, script.stderr);
  assert.match(script.stdout, /MDM_VPNv2_01/);
  assert.ok(script.stdout.includes(`@'\n${PROFILE.trimEnd()}\n'@`));
});

test('a profile with errors: exit 1, the errors listed as file:line:col; --force exports it', () => {
  write('bad.xml', PROFILE.replace('<AlwaysOn>true', '<AlwaysOn>TRUE'));
  const run = runCli(['export', '--as', 'intune', 'bad.xml'], temp);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^bad\.xml:2:13: error profile\/lowercase-true-required /m);
  assert.match(run.stderr, /export anyway \('--force'\)/);
  const forced = runCli(['export', '--as', 'intune', '--force', 'bad.xml'], temp);
  assert.equal(forced.status, 0, forced.stderr);
});

test('usage errors exit 2: no format, unknown scope, a slash in the name, a device tunnel to the user scope, a missing file', () => {
  write('p.xml', PROFILE);
  write('device.xml', PROFILE.replace('<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>true</AlwaysOn><DeviceTunnel>true</DeviceTunnel>'));
  for (const args of [
    ['p.xml'],
    ['--as', 'intune', '--scope', 'machine', 'p.xml'],
    ['--as', 'intune', '--name', 'a/b', 'p.xml'],
    ['--as', 'intune', '--scope', 'user', 'device.xml'],
    ['--as', 'intune', 'missing.xml'],
    ['--as', 'intune', '--replace', 'p.xml'],
  ]) {
    const run = runCli(['export', ...args], temp);
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.equal(run.stdout, '');
  }
});
