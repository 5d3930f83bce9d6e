// `aovpn check --fix` writes files back exactly as it read them (encoding, BOM, line endings, untouched bytes),
// atomically, and never claims a fix it did not write; `--dry-run` prints a diff and writes nothing.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyPatch } from 'diff';
import { runCheck } from '../../server/src/cli/check';
import type { CliIO } from '../../server/src/cli/io';
import { nodeWriteFileSystem, type WriteFileSystem } from '../../server/src/node/files';
import { runCli } from './cliRunner';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-fix-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function write(relative: string, content: string | Uint8Array): string {
  const file = path.join(temp, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** A profile with two safe fixes (`TRUE` → `true`, `&` → `&amp;`); `\n` line breaks unless replaced. */
const PROFILE = [
  '<VPNProfile>',
  '  <ProfileName>Sales & Support</ProfileName>',
  '  <AlwaysOn>TRUE</AlwaysOn>',
  '  <NativeProfile>',
  '    <Servers>vpn.example.org</Servers>',
  '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>',
  '    <NativeProtocolType>IKEv2</NativeProtocolType>',
  '    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>',
  '  </NativeProfile>',
  '  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>',
  '</VPNProfile>',
  '',
].join('\n');
const FIXED = PROFILE.replace('TRUE', 'true').replace('Sales & Support', 'Sales &amp; Support');

function utf16le(text: string, bom: boolean): Buffer {
  return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
}

test('UTF-16LE with a BOM and CRLF stays UTF-16LE with a BOM and CRLF', () => {
  const file = write('utf16/profile.xml', utf16le(PROFILE.replace(/\n/g, '\r\n'), true));
  const run = runCli(['check', '--fix', file], temp);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stderr, /applied 2 fixes/);
  assert.deepEqual(fs.readFileSync(file), utf16le(FIXED.replace(/\n/g, '\r\n'), true));
});

test('a UTF-8 BOM is kept', () => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const file = write('bom/profile.xml', Buffer.concat([bom, Buffer.from(PROFILE)]));
  const run = runCli(['check', '--fix', file], temp);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(fs.readFileSync(file), Buffer.concat([bom, Buffer.from(FIXED)]));
});

test('declared ISO-8859-1: Latin-1 bytes far from a fix stay byte for byte', () => {
  const declaration = '<?xml version="1.0" encoding="ISO-8859-1"?>\n';
  const withAccents = (profile: string) => declaration + profile.replace('<Servers>', "<!-- Réseau de l'équipe, Größe, señal -->\n    <Servers>");
  const file = write('latin1/profile.xml', Buffer.from(withAccents(PROFILE), 'latin1'));
  const run = runCli(['check', '--fix', file], temp);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const written = fs.readFileSync(file);
  assert.deepEqual(written, Buffer.from(withAccents(FIXED), 'latin1'));
  assert.ok(written.includes(Buffer.from([0xe9])), 'é is still the single byte 0xE9');
  assert.ok(!written.includes(Buffer.from('é', 'utf8')), 'not rewritten as UTF-8');
});

/** Windows-1252 bytes of a text of Latin-1 characters and a few of 0x80–0x9F (“ ” – €). */
function cp1252(text: string): Buffer {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96, '€': 0x80 };
  return Buffer.from(Array.from(text, (ch) => high[ch] ?? ch.charCodeAt(0)));
}

test('declared Windows-1252: its characters in 0x80–0x9F survive a fix', () => {
  const declaration = '<?xml version="1.0" encoding="windows-1252"?>\r\n';
  const comment = (profile: string) => declaration + profile.replace(/\n/g, '\r\n').replace('<VPNProfile>', '<!-- “Sales” profile – 5 € -->\r\n<VPNProfile>');
  const file = write('cp1252/profile.xml', cp1252(comment(PROFILE)));
  const run = runCli(['check', '--fix', file], temp);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(fs.readFileSync(file), cp1252(comment(FIXED)));
  assert.ok(fs.readFileSync(file).includes(Buffer.from([0x93, 0x53])), '“ is still the byte 0x93');
});

test('CR-only line endings stay CR; the mode of the file is kept', () => {
  const file = write('cr/profile.xml', PROFILE.replace(/\n/g, '\r'));
  fs.chmodSync(file, 0o640);
  const run = runCli(['check', '--fix', file], temp);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(fs.readFileSync(file, 'utf8'), FIXED.replace(/\n/g, '\r'));
  assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ['profile.xml'], 'no temporary file left');
});

test('a second --fix changes nothing and applies nothing', () => {
  const file = write('twice/profile.xml', PROFILE);
  runCli(['check', '--fix', file], temp);
  const once = fs.readFileSync(file);
  const second = runCli(['check', '--fix', file], temp);
  assert.doesNotMatch(second.stderr, /applied/);
  assert.deepEqual(fs.readFileSync(file), once);
});

test('a file that cannot be written back as it was read is refused: nothing written, exit 2', () => {
  // Latin-1 bytes without a declaration: not UTF-8, so writing would replace them with U+FFFD.
  const invalid = Buffer.from(PROFILE.replace('<Servers>', '<!-- équipe -->\n    <Servers>'), 'latin1');
  const file = write('refused/invalid-utf8.xml', invalid);
  const run = runCli(['check', '--fix', file], temp);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /will not write "refused\/invalid-utf8\.xml" \(UTF-8 without BOM, LF\): it cannot be written back as it was: it is not valid UTF-8 \(the first bad byte is byte \d+\)/);
  assert.match(run.stderr, /2 fixes not applied/);
  assert.doesNotMatch(run.stderr, /applied 2/);
  assert.deepEqual(fs.readFileSync(file), invalid);
  // Odd-length UTF-16: decoded and analysed, the truncation reported, never written.
  const odd = Buffer.concat([utf16le(PROFILE, true), Buffer.from([0x20])]);
  const oddFile = write('refused/odd.xml', odd);
  const oddRun = runCli(['check', '--fix', oddFile], temp);
  assert.equal(oddRun.status, 2);
  assert.match(oddRun.stderr, /note: "refused\/odd\.xml": it ends with half a UTF-16 character/);
  assert.match(oddRun.stdout, /odd\.xml:3:13: error profile\/lowercase-true-required/, 'the profile was analysed');
  assert.deepEqual(fs.readFileSync(oddFile), odd);
});

test('suggestions are never applied and each is listed as "not applied: needs a decision"', () => {
  const profile = PROFILE.replace(
    '    <Authentication>',
    '    <CryptographySuite><AuthenticationTransformConstants>GCMAES256</AuthenticationTransformConstants><CipherTransformConstants>AES256</CipherTransformConstants><EncryptionMethod>AES256</EncryptionMethod><IntegrityCheckMethod>SHA256</IntegrityCheckMethod><DHGroup>Group14</DHGroup><PfsGroup>PFS2048</PfsGroup></CryptographySuite>\n    <Authentication>',
  );
  const file = write('suggestion/profile.xml', profile);
  const run = runCli(['check', '--fix', file], temp);
  assert.match(run.stderr, /applied 2 fixes/);
  assert.match(run.stderr, /^suggestion\/profile\.xml:8:\d+: not applied: needs a decision: profile\/cryptography-gcm-mismatch: Change <CipherTransformConstants> to GCMAES256$/m);
  assert.match(fs.readFileSync(file, 'utf8'), /<CipherTransformConstants>AES256<\/CipherTransformConstants>/, 'the suggestion was not applied');
});

test('--fix --dry-run prints a unified diff, writes nothing, and exits as --fix would', () => {
  const file = write('dry/profile.xml', PROFILE);
  const before = fs.statSync(file);
  const run = runCli(['check', '--fix', '--dry-run', file], temp);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(fs.readFileSync(file, 'utf8'), PROFILE);
  assert.equal(fs.statSync(file).mtimeMs, before.mtimeMs);
  assert.match(run.stdout, /^--- a\/dry\/profile\.xml\n\+\+\+ b\/dry\/profile\.xml\n@@ -1,6 \+1,6 @@\n/m);
  assert.match(
    run.stdout,
    /^- {2}<ProfileName>Sales & Support<\/ProfileName>\n- {2}<AlwaysOn>TRUE<\/AlwaysOn>\n\+ {2}<ProfileName>Sales &amp; Support<\/ProfileName>\n\+ {2}<AlwaysOn>true<\/AlwaysOn>$/m,
  );
  assert.doesNotMatch(run.stdout, /error|warning/, 'stdout is only the diff');
  assert.match(run.stderr, /dry\/profile\.xml: would apply 2 fixes/);
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ['profile.xml']);
  // The diff applies: patching the file gives what --fix writes.
  assert.equal(applyPatch(PROFILE, run.stdout), FIXED);
  const usage = runCli(['check', '--dry-run', file], temp);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--dry-run goes with --fix/);
  assert.equal(runCli(['check', '--fix', '--dry-run', '--format', 'json', file], temp).status, 2);
});

// ---- write failures, with the file operations replaced (tests run as root, so chmod cannot make them)

async function checkInProcess(args: string[], writeFileSystem: WriteFileSystem): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd: temp, writeFileSystem };
  const status = await runCheck(args, io);
  return { status, stdout, stderr };
}

const failingAt = (at: 'checkWritable' | 'rename' | 'write', code: string): WriteFileSystem => {
  const error = () => Object.assign(new Error(`simulated ${code}`), { code });
  return {
    ...nodeWriteFileSystem,
    checkWritable: async (file) => (at === 'checkWritable' ? Promise.reject(error()) : nodeWriteFileSystem.checkWritable(file)),
    rename: async (from, to) => (at === 'rename' ? Promise.reject(error()) : nodeWriteFileSystem.rename(from, to)),
    async create(file, mode) {
      const real = await nodeWriteFileSystem.create(file, mode);
      return { ...real, write: async (bytes) => (at === 'write' ? Promise.reject(error()) : real.write(bytes)) };
    },
  };
};

for (const [at, code, message] of [
  ['checkWritable', 'EACCES', 'permission denied'],
  ['write', 'ENOSPC', 'no space left on the device'],
  ['rename', 'EPERM', 'permission denied'],
] as const) {
  test(`--fix with ${code} at ${at}: the file is unchanged, nothing says "applied", exit 2`, async () => {
    const file = write(`fail-${at}/profile.xml`, PROFILE);
    const run = await checkInProcess(['--fix', file], failingAt(at, code));
    assert.equal(run.status, 2);
    assert.match(run.stderr, new RegExp(`cannot write "fail-${at}/profile\\.xml": ${message}; the file was left unchanged, 2 fixes not applied`));
    assert.doesNotMatch(run.stderr, /applied 2/);
    assert.equal(fs.readFileSync(file, 'utf8'), PROFILE);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['profile.xml']);
    // The findings reported are those of the file as it is (still unfixed).
    assert.match(run.stdout, /profile\.xml:3:13: error profile\/lowercase-true-required/);
  });
}
