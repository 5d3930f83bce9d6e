// Text output that cannot be forged: NPS user names chosen by an unauthenticated client, file names, document values
// and certificate subjects reach the terminal with their control, bidirectional and invisible characters shown
// escaped. JSON stays exact; SARIF URIs are percent-encoded.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeCertificate } from '../../server/src/core/certificates/testing/certificates';
import { repoRoot, runCli } from './cliRunner';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-hostile-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function write(relative: string, content: string | Uint8Array): string {
  const file = path.join(temp, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Characters a terminal obeys or that reorder or hide text; none may reach it from input. */
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

function assertSafe(output: string, what: string): void {
  const found = UNSAFE.exec(output);
  assert.equal(found, null, `${what}: U+${found?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} reaches the terminal in\n${JSON.stringify(output)}`);
}

// What NPS writes in User-Name for an Access-Reject is whatever the client sent: a title-setting OSC sequence, a
// clear-screen sequence, a CR that rewinds the line to print a fake verdict, a C1 CSI, a right-to-left override.
const TITLE = '\x1b]0;owned\x07alice';
const CLEAR = '\x1b[2J\x1b[Hmallory';
const FAKE_CLEAN = 'eve\rNo failures found: logs clean.';
const C1_AND_BIDI = '\u009b31mtrudy\u202Eexe.txt';

test('aovpn logs: a User-Name cannot set the title, clear the screen or rewrite the line', () => {
  const fixture = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'logs', 'IN2501.log'), 'utf8');
  const reject = fixture.split('\r\n')[1];
  assert.ok(reject.includes('"CORP\\alice"') && reject.includes('"AOVPN User Tunnel"'));
  const lines = [TITLE, CLEAR, FAKE_CLEAN, C1_AND_BIDI].map((name) =>
    reject.replace('"CORP\\alice"', `"${name}"`).replace('"AOVPN User Tunnel"', `"${name === TITLE ? 'Policy\x1b[8m hidden' : 'AOVPN User Tunnel'}"`),
  );
  const file = write('IN2501\x1b[31m.log', lines.join('\r\n') + '\r\n');
  const run = runCli(['logs', path.basename(file)], temp);
  assert.equal(run.status, 0, run.stderr);
  assertSafe(run.stdout + run.stderr, 'logs');
  const out = run.stdout.split('\n');
  assert.equal(out[0], 'IN2501\\x1b[31m.log: NPS accounting log, database-compatible format, 4 lines, 4 records with a non-zero reason code');
  const users = out.slice(out.indexOf('By user:') + 1, out.indexOf('By user:') + 5).map((line) => line.trim().replace(/^1 {2}/, ''));
  assert.deepEqual(users.sort(), ['\\x1b[2J\\x1b[Hmallory', '\\x1b]0;owned\\x07alice', '\\x9b31mtrudy\\u202eexe.txt', 'eve\\rNo failures found: logs clean.']);
  assert.ok(
    out.some((line) => line.endsWith('  Policy\\x1b[8m hidden')),
    run.stdout,
  );
  // JSON keeps the names exactly as logged.
  const json = runCli(['logs', '--json', path.basename(file)], temp);
  const [summary] = JSON.parse(json.stdout) as { file: string; users: { name: string }[] }[];
  assert.equal(summary.file, path.basename(file));
  assert.deepEqual(summary.users.map((user) => user.name).sort(), [TITLE, CLEAR, FAKE_CLEAN, C1_AND_BIDI].sort());
});

const PROFILE = (suffix: string) =>
  `<VPNProfile>\n  <AlwaysOn>${suffix}</AlwaysOn>\n  <NativeProfile>\n    <Servers>vpn.example.org</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>\n  </NativeProfile>\n</VPNProfile>\n`;

test('aovpn check: a line break in a file name cannot forge a finding line; values show their escapes', () => {
  const forgedName = 'ok.xml\nforged.xml:1:1: error xml/forged this line is forged\x1b[2K.xml';
  write(`names/${forgedName}`, PROFILE('TRUE'));
  write('names/value.xml', PROFILE('tr\u202Eue\x1b]0;t\x07'));
  const run = runCli(['check', 'names'], temp);
  assert.equal(run.status, 1, run.stderr);
  assertSafe(run.stdout + run.stderr, 'check');
  const lines = run.stdout.trimEnd().split('\n');
  const forged = 'names/ok.xml\\nforged.xml:1:1: error xml/forged this line is forged\\x1b[2K.xml';
  for (const line of lines) assert.ok(line.startsWith(`${forged}:`) || line.startsWith('names/value.xml:'), line);
  assert.ok(
    lines.includes(
      `${forged}:2:13: error profile/lowercase-true-required '<AlwaysOn>' must be exactly lowercase 'true': Microsoft documents that any other casing ('TRUE') leaves the VPN profile only partly configured.`,
    ),
    run.stdout,
  );
  assert.ok(lines.includes("names/value.xml:2:13: error profile/invalid-boolean '<AlwaysOn>' takes 'true' or 'false', not 'tr\\u202eue\\x1b]0;t\\x07'."), run.stdout);
  // Exactly one line per finding: the forged name did not add one.
  const json = runCli(['check', '--format', 'json', 'names'], temp);
  const results = JSON.parse(json.stdout) as { file: string; diagnostics: unknown[] }[];
  assert.equal(
    lines.length,
    results.reduce((sum, result) => sum + result.diagnostics.length, 0),
  );
  assert.deepEqual(
    results.map((result) => result.file),
    [`names/${forgedName}`, 'names/value.xml'],
    'JSON keeps the exact name',
  );
});

test('aovpn check --format sarif: artifact URIs are percent-encoded URI references', () => {
  const name = 'a b#%?\n\u202E.xml';
  write(`sarif/${name}`, PROFILE('TRUE'));
  const outside = write('outside/x y.xml', PROFILE('TRUE'));
  const cwd = path.join(temp, 'sarif');
  const run = runCli(['check', '--format', 'sarif', '.', outside], cwd);
  const sarif = JSON.parse(run.stdout) as {
    runs: { artifacts: { location: { uri: string } }[]; results: { locations: { physicalLocation: { artifactLocation: { uri: string; index: number } } }[] }[] }[];
  };
  const uris = sarif.runs[0].artifacts.map((artifact) => artifact.location.uri);
  assert.deepEqual(uris, ['a%20b%23%25%3F%0A%E2%80%AE.xml', new URL(`file://${outside.split(path.sep).map(encodeURIComponent).join('/')}`).href]);
  for (const uri of uris) assert.match(uri, /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]+$/, `${uri} is an RFC 3986 URI reference`);
  assert.equal(decodeURIComponent(uris[0]), name);
  const resultUris = sarif.runs[0].results.map((result) => result.locations[0].physicalLocation.artifactLocation);
  assert.ok(resultUris.length >= 2);
  for (const location of resultUris) assert.equal(location.uri, uris[location.index]);
});

test('aovpn cert: subjects, issuers and SANs show control and right-to-left override characters escaped', async () => {
  const ca = await makeCertificate({ subject: [{ CN: [{ utf8String: 'Root\x1b]0;owned\x07 CA' }] }], ca: true });
  const leaf = await makeCertificate({
    subject: [{ CN: [{ utf8String: 'vpn\u202Emoc.elpmaxe' }] }, { O: [{ utf8String: 'Contoso\r\n  [1] fake.cer: 0 certificates' }] }],
    issuer: ca,
    san: [{ type: 'dns', value: 'vpn\x1b[8m.example.org' }],
  });
  const file = write('certs/leaf\x1b[2J.cer', leaf.der);
  const run = runCli(['cert', path.relative(temp, file)], temp);
  assertSafe(run.stdout + run.stderr, 'cert');
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], 'certs/leaf\\x1b[2J.cer: 1 certificate (DER)');
  assert.ok(lines.includes('  [0] O="Contoso\\r\\n  [1] fake.cer: 0 certificates", CN=vpn\\u202emoc.elpmaxe'), run.stdout);
  assert.ok(lines.includes('      Issuer     CN="Root\\x1b]0;owned\\x07 CA"'), run.stdout);
  assert.ok(lines.includes('      SAN        DNS:vpn\\x1b[8m.example.org'), run.stdout);
  // A finding message quoting the subject shows it escaped as well.
  assert.ok(
    lines.some((line) => line.includes('vpn\\u202emoc.elpmaxe') && /^ {18}\S/.test(line)),
    run.stdout,
  );
  // JSON keeps the subject exactly.
  const json = JSON.parse(runCli(['cert', '--json', path.relative(temp, file)], temp).stdout) as { certificates: { subject: string }[] }[];
  assert.equal(json[0].certificates[0].subject, 'O="Contoso\r\n  [1] fake.cer: 0 certificates", CN=vpn\u202Emoc.elpmaxe');
});

test('usage errors quote what was typed with its escapes', () => {
  const run = runCli(['explain', 'event:\x1b[2J1']);
  assert.equal(run.status, 2);
  assertSafe(run.stderr, 'explain');
  assert.match(run.stderr, /^aovpn explain: "event:\\x1b\[2J1" is not an event ID/);
  const missing = runCli(['logs', 'missing\u202E.log']);
  assert.equal(missing.stderr, 'aovpn logs: cannot read "missing\\u202e.log": no such file.\n');
});
