// "Will it apply?" from the command line: --target-windows in check and export, the encoding the bytes show, and
// invisible characters named in the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { runCli, tempFolder } from './cliRunner';

const { dir: temp, write } = tempFolder('aovpn-apply-');

const PROFILE = `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <TrustedNetworkDetection>corp.example.org</TrustedNetworkDetection>
  <NativeProfile>
    <Servers>vpn.example.org</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <DeviceTunnel>true</DeviceTunnel>
  <NetworkOutageTime>0</NetworkOutageTime>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
</VPNProfile>
`;

test('check: without --target-windows no version warnings; with it, the element is named with the version it needs', () => {
  const file = write('target/profile.xml', PROFILE);
  const plain = runCli(['check', file], temp);
  assert.equal(plain.status, 0, plain.stdout + plain.stderr);
  assert.doesNotMatch(plain.stdout, /requires-newer-windows/);
  const targeted = runCli(['check', '--target-windows', '10 22H2', file], temp);
  assert.equal(targeted.status, 0, 'a warning does not fail the check');
  assert.match(
    targeted.stdout,
    /^target\/profile\.xml:11:4: warning profile\/requires-newer-windows '<NetworkOutageTime>' needs Windows 11 21H2 \(10\.0\.22000\) or later, as the VPNv2 CSP documents; the target is Windows 10 22H2 \(10\.0\.19045\)\. Practitioners report/m,
  );
  const recent = runCli(['check', '--target-windows=11 24H2', file], temp);
  assert.doesNotMatch(recent.stdout, /requires-newer-windows/);
});

test("check: the target and the bytes' encoding reach the worker threads (48 files are checked in workers)", () => {
  const files = Array.from({ length: 48 }, (_, i) => write(`workers/p${i}.xml`, PROFILE));
  const utf16 = `<?xml version="1.0" encoding="UTF-8"?>\n${PROFILE}`;
  write('workers/p0.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
  const run = runCli(['check', '--jobs', '2', '--target-windows', '10.0.19045', 'workers'], temp);
  assert.equal((run.stdout.match(/requires-newer-windows/g) ?? []).length, files.length, run.stdout + run.stderr);
  assert.equal((run.stdout.match(/xml\/encoding-mismatch/g) ?? []).length, 1, run.stdout);
});

test('check and export: a target that is not a Windows version is a usage error that says what to write', () => {
  const file = write('bad/profile.xml', PROFILE);
  for (const command of [['check'], ['export', '--as', 'intune']]) {
    const run = runCli([...command, '--target-windows', 'Windows 12', file], temp);
    assert.equal(run.status, 2, command.join(' '));
    assert.match(run.stderr, /--target-windows: "Windows 12" is not a Windows version aovpn knows how to read: write for example 10\.0\.19045/);
  }
});

test('export: warnings for a newer Windows are listed, the export goes ahead', () => {
  const file = write('export/profile.xml', PROFILE);
  const run = runCli(['export', '--as', 'intune', '--target-windows', '11 23H2', file], temp);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^OMA-URI: +\.\/Device\/Vendor\/MSFT\/VPNv2\/profile\/ProfileXML$/m);
  assert.match(run.stderr, /profile\.xml:11:4: warning profile\/requires-newer-windows Practitioners report that '<NetworkOutageTime>' takes effect only from Windows 11 24H2/);
  const untargeted = runCli(['export', '--as', 'intune', file], temp);
  assert.doesNotMatch(untargeted.stderr, /requires-newer-windows/);
});

test('check: a UTF-16 file that declares UTF-8 is reported from its bytes, and --fix declares UTF-16', () => {
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${PROFILE}`;
  const file = write('encoding/utf16.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const run = runCli(['check', file], temp);
  assert.match(run.stdout, /utf16\.xml:1:31: warning xml\/encoding-mismatch 'encoding="UTF-8"' contradicts the file, which starts with a UTF-16LE byte-order mark/);
  const fixed = runCli(['check', '--fix', file], temp);
  assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'still UTF-16LE with its byte-order mark');
  assert.equal(bytes.subarray(2).toString('utf16le'), text.replace('encoding="UTF-8"', 'encoding="UTF-16"'));
});

test('check --fix removes a zero-width space from a server name and names it in the report', () => {
  const file = write('chars/zwsp.xml', PROFILE.replace('vpn.example.org', 'vpn\u200b.example.org'));
  const run = runCli(['check', file], temp);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /zwsp\.xml:5:17: error xml\/invisible-character U\+200B ZERO WIDTH SPACE in the value of '<Servers>'/);
  const fixed = runCli(['check', '--fix', file], temp);
  assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  assert.equal(fs.readFileSync(file, 'utf8'), PROFILE);
});
