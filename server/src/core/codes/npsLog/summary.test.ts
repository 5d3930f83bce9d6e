import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNpsLog, generateNpsLogChunks, GENERATED_REJECT_REASONS } from '../testing/generateNpsLog';
import { readLogFixture } from '../testing/fixtures';
import { LogSummariser, MAX_DISTINCT_NAMES, MAX_LINE_BYTES, OTHER_NAMES, summariseLogText, type LogSummary } from './summary';

function summarise(bytes: Uint8Array, chunkSize = bytes.length || 1): LogSummary {
  const summariser = new LogSummariser();
  for (let i = 0; i < bytes.length; i += chunkSize) summariser.push(bytes.subarray(i, i + chunkSize));
  return summariser.end();
}

const codes = (summary: LogSummary) => summary.codes.map((c) => `${c.kind}:${c.code}=${c.count}`);
const names = (rows: readonly { name: string; count: number }[]) => rows.map((r) => `${r.name}=${r.count}`);

// The three fixtures hold the same sessions: five rejects (258 twice, 16, 48, 66) among 14 lines.
for (const [file, format] of [
  ['IN2501.log', 'database'],
  ['iaslog2501.log', 'ias'],
  ['IN2501-dts.log', 'dts'],
] as const) {
  test(`${format} log: failures per reason code, user and policy`, () => {
    const summary = summarise(readLogFixture(file));
    assert.equal(summary.format, format);
    assert.equal(summary.lines, 14);
    assert.equal(summary.records, 14);
    assert.equal(summary.unparsedLines, 0);
    assert.equal(summary.failures, 5);
    assert.deepEqual(codes(summary), ['nps-reason:258=2', 'nps-reason:16=1', 'nps-reason:48=1', 'nps-reason:66=1']);
    assert.match(summary.codes[0].summary ?? '', /CRL/);
    assert.equal(summary.codes[1].symbol, 'IAS_AUTH_FAILURE');
    assert.deepEqual(names(summary.users).slice(0, 3), ['CORP\\alice=2', 'CORP\\carol=1', 'CORP\\dave=1']);
    assert.deepEqual(names(summary.policies), ['AOVPN User Tunnel=3', '(none)=1', 'AOVPN User Tunnel (PEAP-TLS)=1']);
    assert.deepEqual(
      summary.packetTypes.map((p) => `${p.name}=${p.count}`),
      ['Access-Request=6', 'Access-Accept=1', 'Access-Reject=5', 'Accounting-Request=2'],
    );
  });
}

test('the result does not depend on where chunks are cut', () => {
  const bytes = readLogFixture('IN2501.log');
  const whole = summarise(bytes);
  for (const size of [1, 2, 3, 7, 64, 333, 1000]) assert.deepEqual(summarise(bytes, size), whole, `chunks of ${size}`);
  const dts = readLogFixture('IN2501-dts.log');
  assert.deepEqual(summarise(dts, 17), summarise(dts));
  const text = readLogFixture('rasclient-events.txt');
  assert.deepEqual(summarise(text, 5), summarise(text));
});

test('a reused read buffer does not corrupt carried partial lines', () => {
  const bytes = new TextEncoder().encode(generateNpsLog(200_000));
  const whole = summarise(bytes);
  const reused = new Uint8Array(4096);
  const summariser = new LogSummariser();
  for (let i = 0; i < bytes.length; i += reused.length) {
    const part = bytes.subarray(i, i + reused.length);
    reused.set(part);
    summariser.push(reused.subarray(0, part.length));
  }
  assert.deepEqual(summariser.end(), whole);
  assert.equal(whole.unparsedLines, 0);
});

test('RasClient event text: error codes per user, negative HRESULT decoded', () => {
  const summary = summarise(readLogFixture('rasclient-events.txt'));
  assert.equal(summary.format, 'text');
  assert.equal(summary.failures, 4, 'three 20227 errors plus one repeat; the 20226 reason 0 is not a failure');
  assert.deepEqual(codes(summary), ['ras:853=2', 'ike:13806=1', `hresult:${0x800b0101}=1`]);
  assert.equal(summary.codes[2].symbol, 'CERT_E_EXPIRED');
  assert.deepEqual(names(summary.users), ['CORP\\alice=2', 'CORP\\bob=1', 'SYSTEM=1']);
  assert.deepEqual(summary.policies, []);
});

test('NPS Security event text: reason codes with the user and network policy of each event', () => {
  const summary = summarise(readLogFixture('nps-security-events.txt'));
  assert.deepEqual(codes(summary), ['nps-reason:16=1', 'nps-reason:21=1', 'nps-reason:258=1']);
  assert.deepEqual(names(summary.users), ['CORP\\alice=1', 'CORP\\carol=1', 'CORP\\frank=1']);
  assert.deepEqual(names(summary.policies), ['AOVPN User Tunnel=2', '(none)=1']);
});

test('UTF-16 event exports (byte-order mark) are read as text', () => {
  const summary = summarise(readLogFixture('rasclient-utf16.txt'), 3);
  assert.equal(summary.format, 'text');
  assert.deepEqual(codes(summary), ['ras:809=1']);
  assert.deepEqual(names(summary.users), ['CORP\\alice=1']);
});

test('text with numbers but no codes has no failures', () => {
  const summary = summarise(readLogFixture('notes-negatives.txt'));
  assert.equal(summary.format, 'text');
  assert.equal(summary.failures, 0);
});

test('empty and blank inputs', () => {
  assert.equal(summariseLogText('').format, 'empty');
  assert.equal(summariseLogText('\r\n\r\n').format, 'empty');
  assert.equal(summariseLogText('').failures, 0);
});

test('a line longer than the limit is skipped without keeping it in memory', () => {
  const summariser = new LogSummariser();
  summariser.push(new TextEncoder().encode(generateNpsLog(3000)));
  const junk = new Uint8Array(256 * 1024).fill(65);
  for (let i = 0; i < (MAX_LINE_BYTES / junk.length) * 2; i++) summariser.push(junk);
  summariser.push(new TextEncoder().encode('\r\n' + generateNpsLog(3000)));
  const summary = summariser.end();
  assert.equal(summary.format, 'database');
  assert.equal(summary.unparsedLines, 1);
  assert.ok(summary.records > 10);
});

test('distinct user names are capped; the rest are counted together', () => {
  const lines: string[] = [];
  const columns = (user: string) => {
    const row = new Array<string>(66).fill('');
    row.splice(0, 6, '"NPS01"', '"IAS"', '01/22/2025', '08:00:00', '3', `"${user}"`);
    row[25] = '258';
    return row.join(',');
  };
  for (let i = 0; i < MAX_DISTINCT_NAMES + 5; i++) lines.push(columns(`user${i}`));
  const summary = summariseLogText(lines.join('\r\n'));
  assert.equal(summary.failures, MAX_DISTINCT_NAMES + 5);
  assert.equal(summary.users.length, MAX_DISTINCT_NAMES + 1);
  assert.deepEqual(summary.users.find((u) => u.name === OTHER_NAMES), { name: OTHER_NAMES, count: 5 });
  assert.equal(summary.distinctLimitReached, true);
});

test('a generated log summarises to what the generator wrote', () => {
  for (const format of ['database', 'ias', 'dts'] as const) {
    const chunks: Uint8Array[] = [];
    const bytes = generateNpsLogChunks(300_000, (chunk) => chunks.push(chunk), { format, seed: 7, chunkBytes: 50_000 });
    const summariser = new LogSummariser();
    for (const chunk of chunks) summariser.push(chunk);
    const summary = summariser.end();
    assert.equal(summary.bytes, bytes);
    assert.equal(summary.format, format);
    assert.equal(summary.unparsedLines, 0, format);
    const rejects = summary.packetTypes.find((p) => p.code === 3)?.count ?? 0;
    assert.ok(rejects > 0);
    assert.equal(summary.failures, rejects, `${format}: every reject has a reason, nothing else does`);
    const generatedReasons = new Set(GENERATED_REJECT_REASONS.map(([code]) => code));
    assert.ok(summary.codes.every((c) => c.kind === 'nps-reason' && generatedReasons.has(c.code)));
  }
});
