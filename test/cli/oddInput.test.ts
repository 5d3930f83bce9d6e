// `aovpn check | cert | logs` on special files and odd input: FIFOs and /dev/zero are refused with a clear message
// and exit 2 (never a block, never an unbounded read); UTF-16 without a BOM, odd-length UTF-16, CR-only line
// breaks and a 200 MB line give right results. Large inputs are generated here, on disk, and removed after.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { logFixture, repoRoot, runCli } from './cliRunner';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-odd-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));
const posix = process.platform !== 'win32';

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(temp, name);
  fs.writeFileSync(file, content);
  return file;
}

function specialFiles(prefix: string, extension: string): { fifo: string; zeroLink: string } {
  const fifo = path.join(temp, `${prefix}-fifo${extension}`);
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
  const zeroLink = path.join(temp, `${prefix}-zero${extension}`);
  fs.symlinkSync('/dev/zero', zeroLink);
  return { fifo, zeroLink };
}

const PROFILE = '<VPNProfile>\r\n  <AlwaysOn>TRUE</AlwaysOn>\r\n  <NativeProfile><Servers>vpn.example.org</Servers></NativeProfile>\r\n</VPNProfile>\r\n';

test('check refuses a FIFO, /dev/zero and a link to it: exit 2, a message for each, nothing read', { skip: !posix, timeout: 60_000 }, () => {
  const { fifo, zeroLink } = specialFiles('check', '.xml');
  const run = runCli(['check', fifo, '/dev/zero', zeroLink], temp);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /cannot read "check-fifo\.xml": is not a regular file but a named pipe \(FIFO\)/);
  assert.match(run.stderr, /cannot read "[^"]*dev\/zero": is not a regular file but a character device/);
  assert.match(run.stderr, /cannot read "check-zero\.xml": is not a regular file but a character device/);
});

test('cert refuses a FIFO and a .cer link to /dev/zero (exit 2), and a missing file', { skip: !posix, timeout: 60_000 }, () => {
  const { fifo, zeroLink } = specialFiles('cert', '.cer');
  const run = runCli(['cert', '--json', fifo, zeroLink, path.join(temp, 'missing.cer')], temp);
  assert.equal(run.status, 2, run.stderr);
  const errors = (JSON.parse(run.stdout) as { error?: string }[]).map((result) => result.error);
  assert.deepEqual(errors, ['Cannot read the file: it is not a regular file but a named pipe (FIFO).', 'Cannot read the file: it is not a regular file but a character device.', 'No such file.']);
  const text = runCli(['cert', zeroLink], temp);
  assert.equal(text.status, 2);
  assert.match(text.stdout, /cert-zero\.cer: Cannot read the file: it is not a regular file but a character device\./);
});

test('logs refuses a FIFO and /dev/zero: exit 2 with a message', { skip: !posix, timeout: 60_000 }, () => {
  const { fifo, zeroLink } = specialFiles('logs', '.log');
  for (const file of [fifo, zeroLink, '/dev/zero']) {
    const run = runCli(['logs', file], temp);
    assert.equal(run.status, 2, file);
    assert.match(run.stderr, /cannot read "[^"]+": is not a regular file but (a named pipe \(FIFO\)|a character device)\.$/m);
  }
});

test('check on UTF-16LE without a BOM analyses the profile', () => {
  const file = write('no-bom.xml', Buffer.from(PROFILE, 'utf16le'));
  const run = runCli(['check', file], temp);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /^no-bom\.xml:2:13: error profile\/lowercase-true-required/m);
});

test('check on a file that is not text says so (exit 2), never "0 errors"', () => {
  const file = write(
    'binary.xml',
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 256),
  );
  const run = runCli(['check', file], temp);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /cannot read "binary\.xml" as text: it contains NUL characters/);
  assert.doesNotMatch(run.stderr, /1 file checked/);
});

test('check on odd-length UTF-16BE decodes what it can and reports the truncation', () => {
  const be = Buffer.from(PROFILE, 'utf16le').swap16();
  const file = write('odd-be.xml', Buffer.concat([Buffer.from([0xfe, 0xff]), be, Buffer.from([0x00])]));
  const run = runCli(['check', file], temp);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /note: "odd-be\.xml": it ends with half a UTF-16 character \(an odd number of bytes\); the last byte was left out/);
  assert.match(run.stdout, /^odd-be\.xml:2:13: error profile\/lowercase-true-required/m);
  assert.doesNotMatch(run.stderr, /multiple of 16-bits/);
});

interface Summary {
  format: string;
  encoding: string;
  lines: number;
  failures: number;
  unparsedLines: number;
  codes: { code: number; count: number }[];
}

function logsJson(...files: string[]): Summary[] {
  const run = runCli(['logs', '--json', ...files], temp);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Summary[];
}

test('logs: CR-only line breaks and UTF-16BE with a BOM give the counts of the original', () => {
  for (const fixture of ['IN2501.log', 'rasclient-events.txt']) {
    const text = fs.readFileSync(path.join(repoRoot(), logFixture(fixture)), 'utf8');
    const [expected] = logsJson(path.join(repoRoot(), logFixture(fixture)));
    assert.ok(expected.failures > 0);
    const cr = write(`cr-${fixture}`, text.replace(/\r?\n/g, '\r'));
    const be = write(`be-${fixture}`, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const [name, result] of [
      ['CR', logsJson(cr)[0]],
      ['UTF-16BE', logsJson(be)[0]],
    ] as const) {
      assert.equal(result.format, expected.format, `${fixture} ${name}`);
      assert.equal(result.lines, expected.lines, `${fixture} ${name}`);
      assert.equal(result.failures, expected.failures, `${fixture} ${name}`);
      assert.deepEqual(result.codes, expected.codes, `${fixture} ${name}`);
    }
    assert.equal(logsJson(be)[0].encoding, 'utf-16be');
  }
});

test('logs: a 200 MB line without a newline is one line, and the events before it are counted', { timeout: 120_000 }, () => {
  const events = fs.readFileSync(path.join(repoRoot(), logFixture('rasclient-events.txt')), 'utf8');
  const [expected] = logsJson(path.join(repoRoot(), logFixture('rasclient-events.txt')));
  const file = path.join(temp, 'long-line.txt');
  // Written in 1 MB pieces, so the test never holds the 200 MB itself.
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, events.endsWith('\n') ? events : events + '\n');
    const piece = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 200; i++) fs.writeSync(fd, piece);
  } finally {
    fs.closeSync(fd);
  }
  try {
    const [result] = logsJson(file);
    assert.equal(result.format, 'text');
    assert.equal(result.lines, expected.lines + 1);
    assert.equal(result.unparsedLines, 1);
    assert.equal(result.failures, expected.failures);
  } finally {
    fs.rmSync(file);
  }
});
