// `aovpn diff` as a user runs it: equivalent and different profiles, a device's read-back, JSON and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder } from './cliRunner';

const { dir: temp, write } = tempFolder('aovpn-diff-');

const WRITTEN = `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <NativeProfile>
    <Servers>vpn.example.org</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
  <Route><Address>172.16.0.0</Address><PrefixSize>12</PrefixSize></Route>
</VPNProfile>
`;
const REPORTED =
  '<VPNProfile><NativeProfile><Servers>vpn.example.org;vpn.example.org</Servers><NativeProtocolType>Ikev2</NativeProtocolType><Authentication><MachineMethod>Certificate</MachineMethod></Authentication><RoutingPolicyType>SplitTunnel</RoutingPolicyType></NativeProfile><Route><Address>172.16.0.0</Address><PrefixSize>12</PrefixSize></Route><Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route><AlwaysOn>true</AlwaysOn></VPNProfile>';

/** `Get-CimInstance … MDM_VPNv2_01 | Format-List` saved by Windows PowerShell: UTF-16 with a BOM, the profile escaped and wrapped. */
function readBack(profile: string): Buffer {
  const escaped = profile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = ['', 'InstanceID              : Contoso%20VPN', `ProfileXML              : ${escaped.slice(0, 90)}`];
  for (let at = 90; at < escaped.length; at += 90) lines.push(`                          ${escaped.slice(at, at + 90)}`);
  lines.push('ParentID                : ./Vendor/MSFT/VPNv2', '');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]);
}

test('what was written and what the device reports through the WMI bridge are equivalent: exit 0', () => {
  write('written.xml', WRITTEN);
  write('device.txt', readBack(REPORTED));
  const run = runCli(['diff', 'written.xml', 'device.txt'], temp);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.stdout, 'A: written.xml\nB: device.txt\n');
  assert.match(run.stderr, /equivalent/);
});

test('a device that reports another route and True: exit 1, each difference on a line with its path', () => {
  write('written.xml', WRITTEN);
  write(
    'device2.txt',
    readBack(REPORTED.replace('<Address>172.16.0.0</Address><PrefixSize>12</PrefixSize>', '<Address>172.16.0.0</Address><PrefixSize>16</PrefixSize>').replace('<AlwaysOn>true', '<AlwaysOn>True')),
  );
  const run = runCli(['diff', 'written.xml', 'device2.txt'], temp);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^changed {2}VPNProfile\/AlwaysOn: 'true' -> 'True' \(Windows reads only lowercase 'true' here/m);
  assert.match(run.stdout, /^only A {3}VPNProfile\/Route\[172\.16\.0\.0\/12\]: '<Route><Address>172\.16\.0\.0<\/Address><PrefixSize>12<\/PrefixSize><\/Route>'$/m);
  assert.match(run.stdout, /^only B {3}VPNProfile\/Route\[172\.16\.0\.0\/16\]: /m);
  assert.match(run.stderr, /^3 differences$/m);
});

test('--json: the differences as data', () => {
  write('a.xml', WRITTEN);
  write('b.xml', WRITTEN.replace('vpn.example.org', 'vpn2.example.org'));
  const run = runCli(['diff', '--json', 'a.xml', 'b.xml'], temp);
  assert.equal(run.status, 1);
  const json = JSON.parse(run.stdout) as { equivalent: boolean; differences: { path: string; kind: string; left: string; right: string }[] };
  assert.equal(json.equivalent, false);
  assert.deepEqual(json.differences, [{ path: 'VPNProfile/NativeProfile/Servers', kind: 'changed', left: 'vpn.example.org', right: 'vpn2.example.org' }]);
});

test('errors exit 2: one file, a missing file, nothing to compare; document text is printed escaped', () => {
  write('a.xml', WRITTEN);
  write('empty.xml', '<project/>');
  assert.equal(runCli(['diff', 'a.xml'], temp).status, 2);
  assert.equal(runCli(['diff', 'a.xml', 'missing.xml'], temp).status, 2);
  const nothing = runCli(['diff', 'a.xml', 'empty.xml'], temp);
  assert.equal(nothing.status, 2);
  assert.match(nothing.stderr, /second document/);
  write('evil.xml', WRITTEN.replace('vpn.example.org', 'vpn\u001b]0;pwned\u0007.example.org'));
  const evil = runCli(['diff', 'a.xml', 'evil.xml'], temp);
  assert.ok(!/[\u001b\u0007]/.test(evil.stdout + evil.stderr));
  assert.match(evil.stdout, /\\x1b\]0;pwned\\x07/);
});

test('--json never prints a control or bidirectional character raw; the data reads back the same', () => {
  write('a.xml', WRITTEN);
  write('bidi.xml', WRITTEN.replace('vpn.example.org', 'vpn\u202e\u0085.example.org'));
  const run = runCli(['diff', '--json', 'a.xml', 'bidi.xml'], temp);
  assert.ok(!/[\u202e\u0085]/.test(run.stdout));
  const json = JSON.parse(run.stdout) as { differences: { right: string }[] };
  assert.equal(json.differences[0].right, 'vpn\u202e\u0085.example.org');
});
