import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { logFixture, repoRoot, runCli } from './cliRunner';

interface Summary {
  file: string;
  format: string;
  lines: number;
  failures: number;
  unparsedLines: number;
  codes: { kind: string; code: number; count: number; symbol?: string; summary?: string }[];
  users: { name: string; count: number }[];
  policies: { name: string; count: number }[];
  packetTypes: { code: number; name?: string; count: number }[];
}

function logsJson(...files: string[]): Summary[] {
  const run = runCli(['logs', '--json', ...files]);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Summary[];
}

test('aovpn logs --json summarises all three NPS log formats the same way', () => {
  const results = logsJson(logFixture('IN2501.log'), logFixture('iaslog2501.log'), logFixture('IN2501-dts.log'));
  assert.deepEqual(
    results.map((r) => r.format),
    ['database', 'ias', 'dts'],
  );
  for (const result of results) {
    assert.equal(result.failures, 5, result.file);
    assert.equal(result.unparsedLines, 0);
    assert.deepEqual(
      result.codes.map((c) => [c.kind, c.code, c.count]),
      [
        ['nps-reason', 258, 2],
        ['nps-reason', 16, 1],
        ['nps-reason', 48, 1],
        ['nps-reason', 66, 1],
      ],
    );
    assert.equal(result.codes[1].symbol, 'IAS_AUTH_FAILURE');
    assert.deepEqual(result.users[0], { name: 'CORP\\alice', count: 2 });
    assert.deepEqual(result.policies[0], { name: 'AOVPN User Tunnel', count: 3 });
    assert.deepEqual(
      result.packetTypes.find((p) => p.code === 3),
      { code: 3, name: 'Access-Reject', count: 5 },
    );
  }
});

test('aovpn logs reads event text exports, UTF-8 and UTF-16', () => {
  const [rasclient, nps, utf16] = logsJson(logFixture('rasclient-events.txt'), logFixture('nps-security-events.txt'), logFixture('rasclient-utf16.txt'));
  assert.deepEqual(
    rasclient.codes.map((c) => [c.kind, c.code, c.count]),
    [
      ['ras', 853, 2],
      ['ike', 13806, 1],
      ['hresult', 0x800b0101, 1],
    ],
  );
  assert.deepEqual(
    nps.codes.map((c) => [c.code, c.count]),
    [
      [16, 1],
      [21, 1],
      [258, 1],
    ],
  );
  assert.deepEqual(nps.policies[0], { name: 'AOVPN User Tunnel', count: 2 });
  assert.deepEqual(
    utf16.codes.map((c) => c.code),
    [809],
  );
});

test('text output: per code with meaning, per user, per policy', () => {
  const run = runCli(['logs', logFixture('IN2501.log')]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /IN2501\.log: NPS accounting log, database-compatible format, 14 lines, 5 records with a non-zero reason code/);
  assert.match(run.stdout, /Packet types: Access-Request 6 · Access-Accept 1 · Access-Reject 5 · Accounting-Request 2/);
  assert.match(run.stdout, /By code:\n +2 {2}NPS reason code 258: NPS could not check the client certificate/);
  assert.match(run.stdout, /By user:\n +2 {2}CORP\\alice\n/);
  assert.match(run.stdout, /By network policy:\n +3 {2}AOVPN User Tunnel\n/);
  const top = runCli(['logs', '--top', '1', logFixture('IN2501.log')]);
  assert.match(top.stdout, /… 3 more \(see --json\)/);
});

test('a 40 MB log streams through in chunks, lines cut at chunk borders included', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-logs-'));
  const file = path.join(dir, 'IN2501.log');
  try {
    const line = fs.readFileSync(path.join(repoRoot(), logFixture('IN2501.log')), 'utf8');
    const block = line.repeat(Math.ceil((1 << 20) / line.length));
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < 40; i++) fs.writeSync(fd, block);
    fs.closeSync(fd);
    const run = runCli(['logs', '--json', file]);
    assert.equal(run.status, 0, run.stderr);
    const [summary] = JSON.parse(run.stdout) as Summary[];
    const copies = 40 * Math.ceil((1 << 20) / line.length);
    assert.equal(summary.failures, 5 * copies);
    assert.equal(summary.unparsedLines, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing file, a folder or no file at all: exit 2 with a clear message', () => {
  const missing = runCli(['logs', 'no-such-file.log']);
  assert.equal(missing.status, 2);
  assert.equal(missing.stdout, '');
  assert.equal(missing.stderr, 'aovpn logs: cannot read "no-such-file.log": no such file.\n');
  const folder = runCli(['logs', 'test']);
  assert.equal(folder.status, 2);
  assert.match(folder.stderr, /"test": it is a folder/);
  const none = runCli(['logs']);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /give at least one log file/);
  const badTop = runCli(['logs', '--top', 'x', logFixture('IN2501.log')]);
  assert.equal(badTop.status, 2);
  assert.match(badTop.stderr, /--top expects/);
  for (const run of [missing, folder, none, badTop]) assert.doesNotMatch(run.stderr, /\n\s+at /);
});
