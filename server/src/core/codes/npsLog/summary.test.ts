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
  assert.deepEqual(
    summary.users.find((u) => u.name === OTHER_NAMES),
    { name: OTHER_NAMES, count: 5 },
  );
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

// ---- odd input: line breaks, encodings, very long lines

/** The summary without the fields that describe the bytes rather than what they say. */
const meaning = ({ bytes: _bytes, encoding: _encoding, ...rest }: LogSummary) => rest;

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0, p = bom ? 2 : 0; i < text.length; i++, p += 2) {
    const unit = text.charCodeAt(i);
    bytes[p + (order === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[p + (order === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

const FIXTURES = ['IN2501.log', 'iaslog2501.log', 'IN2501-dts.log', 'rasclient-events.txt', 'nps-security-events.txt'];

test('CR-only line breaks give the same counts and findings as LF and CRLF, wherever chunks are cut', () => {
  for (const name of FIXTURES) {
    const text = readLogFixture(name).toString('utf8');
    const lf = text.replace(/\r\n/g, '\n');
    const expected = meaning(summariseLogText(lf));
    assert.ok(expected.failures > 0, name);
    const cr = new TextEncoder().encode(lf.replace(/\n/g, '\r'));
    const crlf = new TextEncoder().encode(lf.replace(/\n/g, '\r\n'));
    for (const size of [1, 2, 5, 64, cr.length]) {
      assert.deepEqual(meaning(summarise(cr, size)), expected, `${name}, CR, chunks of ${size}`);
      assert.deepEqual(meaning(summarise(crlf, size)), expected, `${name}, CRLF, chunks of ${size}`);
    }
  }
});

test('UTF-16 in either byte order, with or without a BOM, gives the same summary as UTF-8', () => {
  for (const name of FIXTURES) {
    const text = readLogFixture(name).toString('utf8');
    const expected = meaning(summariseLogText(text));
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        const bytes = utf16(text, order, bom);
        for (const size of [3, 1000, bytes.length]) {
          const summary = summarise(bytes, size);
          assert.equal(summary.encoding, order === 'le' ? 'utf-16le' : 'utf-16be', `${name} ${order} bom=${bom}`);
          assert.deepEqual(meaning(summary), expected, `${name}, UTF-16${order.toUpperCase()}, BOM ${bom}, chunks of ${size}`);
        }
      }
    }
  }
  assert.equal(summarise(readLogFixture('IN2501.log')).encoding, 'utf-8');
});

test('an event export in UTF-16BE with a BOM and CR line breaks is read (it found nothing before)', () => {
  const text = readLogFixture('rasclient-events.txt').toString('utf8').replace(/\r?\n/g, '\r');
  const summary = summarise(utf16(text, 'be', true), 4096);
  assert.equal(summary.format, 'text');
  assert.deepEqual(codes(summary), ['ras:853=2', 'ike:13806=1', `hresult:${0x800b0101}=1`]);
  assert.deepEqual(names(summary.users), ['CORP\\alice=2', 'CORP\\bob=1', 'SYSTEM=1']);
});

test('a text line longer than the limit counts as one line, and the lines after it are still read', () => {
  const events = readLogFixture('rasclient-events.txt').toString('utf8');
  const expected = summariseLogText(events);
  const summariser = new LogSummariser();
  const encoder = new TextEncoder();
  summariser.push(encoder.encode(events));
  // A line of ~3 MB of text that looks like codes, so anything read from it would show in the counts.
  const junk = encoder.encode('error 853 0x800B0101 '.repeat(16 * 1024));
  for (let i = 0; i < Math.ceil((3 * MAX_LINE_BYTES) / junk.length); i++) summariser.push(junk);
  summariser.push(encoder.encode('\n' + events));
  const summary = summariser.end();
  assert.equal(summary.format, 'text');
  assert.equal(summary.unparsedLines, 1);
  assert.equal(summary.lines, expected.lines * 2 + 1);
  assert.equal(summary.failures, expected.failures * 2);
});

test('a file that is one long line without a line break is one line, in every format path', () => {
  for (const prefix of ['', '"NPS01","IAS",01/22/2025,10:15:42,3,"user",']) {
    const summariser = new LogSummariser();
    const encoder = new TextEncoder();
    summariser.push(encoder.encode(prefix));
    const junk = new Uint8Array(512 * 1024).fill(0x41);
    for (let i = 0; i < (3 * MAX_LINE_BYTES) / junk.length; i++) summariser.push(junk);
    const summary = summariser.end();
    assert.equal(summary.lines, 1, `prefix "${prefix}"`);
    assert.equal(summary.unparsedLines, 1);
    assert.equal(summary.failures, 0);
  }
});
