// `aovpn check` as a user runs it: output formats, exit codes, folders, settings, --fix and encodings.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './cliRunner';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-check-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function write(relative: string, content: string | Buffer): string {
  const file = path.join(temp, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const GOOD =
  '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.org</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>\n  </NativeProfile>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>\n';
const BAD = GOOD.replace('<NativeProfile>', '<AlwaysOn>TRUE</AlwaysOn>\n  <NativeProfile>');

test('text output: file:line:col: severity rule message, summary on stderr, exit 1 on errors', () => {
  const file = write('text/bad.xml', BAD);
  const run = runCli(['check', file], temp);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^text\/bad\.xml:2:13: error profile\/lowercase-true-required '<AlwaysOn>' must be exactly lowercase 'true'/m);
  assert.match(run.stderr, /1 file checked: 1 error/);
});

test('a clean profile exits 0', () => {
  const file = write('clean/good.xml', GOOD);
  const run = runCli(['check', file], temp);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.stdout.match(/: error /g), null);
});

test('json output: one entry per file with kind and LSP diagnostics (0-based ranges, numeric severity)', () => {
  write('json/a.xml', BAD);
  write('json/nested/b.xml', GOOD);
  write('json/ignored.txt', BAD);
  write('json/other.xml', '<project/>');
  const run = runCli(['check', '--format', 'json', 'json'], temp);
  assert.equal(run.status, 1);
  const results = JSON.parse(run.stdout) as {
    file: string;
    kind: string;
    diagnostics: { range: { start: { line: number; character: number } }; severity: number; code: string; source: string; message: string }[];
  }[];
  assert.deepEqual(
    results.map((r) => [r.file, r.kind]),
    [
      ['json/a.xml', 'profile'],
      ['json/nested/b.xml', 'profile'],
      ['json/other.xml', 'other'],
    ],
  );
  const lower = results[0].diagnostics.find((d) => d.code === 'profile/lowercase-true-required')!;
  assert.deepEqual(lower.range.start, { line: 1, character: 12 });
  assert.equal(lower.severity, 1);
  assert.equal(lower.source, 'aovpn');
  assert.deepEqual(results[2].diagnostics, []);
});

test('sarif output is SARIF 2.1.0 with rules and 1-based regions', () => {
  const file = write('sarif/bad.xml', BAD);
  const run = runCli(['check', '--format=sarif', file], temp);
  const sarif = JSON.parse(run.stdout) as {
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string }[] } };
      results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
    }[];
  };
  assert.equal(sarif.version, '2.1.0');
  const run0 = sarif.runs[0];
  assert.equal(run0.tool.driver.name, 'aovpn');
  const result = run0.results.find((r) => r.ruleId === 'profile/lowercase-true-required')!;
  assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  assert.equal(result.level, 'error');
  assert.deepEqual(result.locations[0].physicalLocation.region.startLine, 2);
  assert.deepEqual(result.locations[0].physicalLocation.region.startColumn, 13);
});

test('--rule changes a severity or turns a rule off', () => {
  const file = write('rule/bad.xml', BAD);
  const off = runCli(['check', '--rule', 'profile/lowercase-true-required=off', file], temp);
  assert.equal(off.status, 0, off.stdout);
  assert.doesNotMatch(off.stdout, /lowercase-true-required/);
  const warning = runCli(['check', '--rule', 'profile/lowercase-true-required=warning', file], temp);
  assert.match(warning.stdout, /warning profile\/lowercase-true-required/);
});

test('--fix applies the obvious fixes, writes the file and reports what is left', () => {
  const file = write('fix/bad.xml', BAD.replace('<VPNProfile>', '<VPNProfile>\n  <ProfileName>Sales & Support</ProfileName>'));
  const run = runCli(['check', '--fix', file], temp);
  const fixed = fs.readFileSync(file, 'utf8');
  assert.match(fixed, /<AlwaysOn>true<\/AlwaysOn>/);
  assert.match(fixed, /Sales &amp; Support/);
  assert.match(run.stderr, /applied 2 fixes/);
  assert.equal(run.status, 0, run.stdout);
});

test('UTF-16 files written by Windows PowerShell are read, and the BOM does not shift columns', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BAD, 'utf16le')]);
  const file = write('encoding/utf16.xml', utf16);
  const run = runCli(['check', file], temp);
  assert.match(run.stdout, /utf16\.xml:2:13: error profile\/lowercase-true-required/);
});

test('usage and I/O errors exit 2 with a clear message and no stack trace', () => {
  const missing = runCli(['check', 'no/such/file.xml'], temp);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read "no\/such\/file\.xml": no such file or folder/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
  const badFormat = runCli(['check', '--format', 'xml', 'x.xml'], temp);
  assert.equal(badFormat.status, 2);
  assert.match(badFormat.stderr, /unknown format "xml"/);
  const none = runCli(['check'], temp);
  assert.equal(none.status, 2);
  const unknownCommand = runCli(['chek'], temp);
  assert.equal(unknownCommand.status, 2);
  assert.match(unknownCommand.stderr, /unknown command "chek"/);
});

test('ProfileXML printed by Get-WmiObject into a text file is checked when named explicitly', () => {
  const text = [
    'ProfileXML              : <VPNProfile><AlwaysOn>True</AlwaysOn><NativeProfile><Servers>vpn.example.org</Serv',
    '                          ers></NativeProfile></VPNProfile>',
    'RememberCredentials     : False',
  ].join('\n');
  const file = write('wmi/output.txt', text);
  const run = runCli(['check', file], temp);
  assert.match(run.stdout, /output\.txt:1:49: error profile\/lowercase-true-required/);
  assert.doesNotMatch(run.stdout, /xml\//);
});

test('folders are searched for PowerShell scripts too; their profiles are checked at script positions', () => {
  const script = `# deploys the profile\n$ProfileXML = @'\n${BAD}'@\n`;
  write('scripts/New-Profile.ps1', script);
  write('scripts/module/Vpn.psm1', `$p = "${GOOD.replace(/\n/g, ' ').replace('vpn.example.org', '$Server')}"\n`);
  write('scripts/readme.txt', BAD);
  const run = runCli(['check', '--format', 'json', 'scripts'], temp);
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout) as { file: string; kind: string; diagnostics: { code: string; range: { start: { line: number; character: number } } }[] }[];
  assert.deepEqual(
    results.map((r) => [r.file, r.kind]),
    [
      ['scripts/module/Vpn.psm1', 'profile'],
      ['scripts/New-Profile.ps1', 'profile'],
    ],
  );
  assert.deepEqual(
    results[0].diagnostics.map((d) => d.code),
    [],
  );
  const lower = results[1].diagnostics.find((d) => d.code === 'profile/lowercase-true-required')!;
  assert.deepEqual(lower.range.start, { line: 3, character: 12 });
});

test('suppression comments are honoured, in worker threads too; --no-inline-config ignores them', () => {
  const suppressed = BAD.replace('  <AlwaysOn>', '  <!-- aovpn-disable-next-line profile/lowercase-true-required - tested -->\n  <AlwaysOn>');
  const files = ['suppressed/a.xml', 'suppressed/b.xml', 'suppressed/c.xml'].map((name) => write(name, suppressed));
  for (const jobs of ['1', '3']) {
    const run = runCli(['check', '--jobs', jobs, ...files], temp);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /lowercase-true-required|unused-suppression/);
    const ignored = runCli(['check', '--jobs', jobs, '--no-inline-config', ...files], temp);
    assert.equal(ignored.status, 1, ignored.stderr);
    assert.equal(ignored.stdout.match(/error profile\/lowercase-true-required/g)?.length, 3);
  }
  const stale = write('suppressed/stale.xml', GOOD.replace('  <NativeProfile>', '  <!-- aovpn-disable-next-line profile/lowercase-true-required -->\n  <NativeProfile>'));
  assert.match(
    runCli(['check', stale], temp).stdout,
    /^suppressed\/stale\.xml:2:32: hint aovpn\/unused-suppression This suppression hides no finding of 'profile\/lowercase-true-required' on the next line/m,
  );
  assert.match(runCli(['check', '--help'], temp).stdout, /--no-inline-config/);
});
