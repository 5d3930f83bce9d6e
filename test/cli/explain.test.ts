import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './cliRunner';

interface Match {
  kind: string;
  code: number | string;
  symbol: string | null;
  summary: string;
  checks: string[];
  related: { kind: string; code: number | string; note: string }[];
  notes: string[];
  eventSource?: string;
  source: string;
}

interface Result {
  query: string;
  matches: Match[];
  forms?: { decimal: number; hex: string; signed?: number; win32?: number };
}

function explainJson(...codes: string[]): Result[] {
  const run = runCli(['explain', '--json', ...codes]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Result[];
}

test('aovpn explain --json: one object per query with the documented shape', () => {
  const results = explainJson('853', '13801', '-2146762495', '0x800B0101', 'reason:258', 'event:20227');
  assert.deepEqual(
    results.map((r) => r.query),
    ['853', '13801', '-2146762495', '0x800B0101', 'reason:258', 'event:20227'],
  );
  for (const result of results) {
    assert.ok(result.matches.length > 0, result.query);
    for (const match of result.matches) {
      for (const key of ['kind', 'code', 'symbol', 'summary', 'checks', 'related']) assert.ok(key in match, `${result.query}: ${key}`);
      assert.ok(['ras', 'ike', 'win32', 'hresult', 'nps-reason', 'event'].includes(match.kind));
      assert.ok(Array.isArray(match.checks) && Array.isArray(match.related));
    }
  }
  const [ras, ike, negative, hex, reason, event] = results;
  assert.deepEqual([ras.matches[0].kind, ras.matches[0].code, ras.matches[0].symbol], ['ras', 853, 'ERROR_EAP_USER_CERT_INVALID']);
  assert.ok(ras.matches[0].checks.some((c) => c.includes('certutil -enterprise -viewstore NTAuth')));
  assert.ok(ras.matches[0].related.some((r) => r.kind === 'nps-reason' && r.code === 258));
  assert.equal(ike.matches[0].symbol, 'ERROR_IPSEC_IKE_AUTH_FAIL');
  assert.deepEqual([negative.matches[0].kind, negative.matches[0].code, negative.matches[0].symbol], ['hresult', '0x800B0101', 'CERT_E_EXPIRED']);
  assert.equal(negative.forms?.signed, -2146762495);
  assert.deepEqual(hex.matches, negative.matches);
  assert.equal(reason.matches[0].kind, 'nps-reason');
  assert.match(reason.matches[0].summary, /CRL/);
  assert.equal(event.matches[0].symbol, 'ROUTERLOG_RASCONNECTION_FAILED');
});

test('a bare number matches every kind it could be; HRESULT_FROM_WIN32 unwraps', () => {
  const [zero, seventeen, wrapped] = explainJson('0', '17', '0x800735E9');
  assert.deepEqual(
    zero.matches.map((m) => m.kind),
    ['win32', 'nps-reason'],
  );
  assert.deepEqual(
    seventeen.matches.map((m) => m.kind),
    ['nps-reason', 'event'],
  );
  assert.deepEqual(
    wrapped.matches.map((m) => [m.kind, m.code]),
    [['ike', 13801]],
  );
  assert.equal(wrapped.forms?.win32, 13801);
});

test('an unknown code says so and still shows its hex and decimal forms', () => {
  const [unknown] = explainJson('12345');
  assert.deepEqual(unknown.matches, []);
  assert.deepEqual(unknown.forms, { decimal: 12345, hex: '0x3039' });
  const text = runCli(['explain', '12345']);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^12345 = 0x3039\n {2}No catalogue entry for this code\./);
});

test('text output: title line, meaning, causes, checks, related codes', () => {
  const run = runCli(['explain', '853']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^853 = 0x355\n {2}RAS\/RRAS error 853 {2}ERROR_EAP_USER_CERT_INVALID\n/);
  assert.match(run.stdout, /\n {2}Likely causes:\n {4}- The issuing CA certificate is missing from the enterprise NTAuth store/);
  assert.match(run.stdout, /\n {2}What to check:\n/);
  assert.match(run.stdout, /IgnoreNoRevocationCheck/);
  assert.match(run.stdout, /\n {2}Related:\n {4}- NPS reason code 258: /);
  const negative = runCli(['explain', '-2146762495']);
  assert.match(negative.stdout, /^-2146762495 = 2148204801 = 0x800B0101\n {2}HRESULT 0x800B0101 {2}CERT_E_EXPIRED/);
});

test('usage errors exit 2 with a clear message and no stack trace', () => {
  for (const [args, message] of [
    [['explain'], /give at least one code/],
    [['explain', 'hello'], /"hello" is not a code/],
    [['explain', 'foo:1'], /unknown kind "foo"/],
    [['explain', '--bogus', '853'], /unknown option "--bogus"/],
  ] as const) {
    const run = runCli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^aovpn explain: /);
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('a negative hex number is a code, not an option; event:1e3 is refused with the reason', () => {
  const [minusOne, expired] = explainJson('-0x1', '-0x7FF4FEFF');
  assert.deepEqual(minusOne.forms, { decimal: 0xffffffff, hex: '0xFFFFFFFF', signed: -1 });
  assert.deepEqual(
    expired.matches.map((m) => m.symbol),
    ['CERT_E_EXPIRED'],
  );
  const text = runCli(['explain', '-0x7FF4FEFF']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^-0x7FF4FEFF = 2148204801 = -2146762495 = 0x800B0101\n {2}HRESULT 0x800B0101 {2}CERT_E_EXPIRED/);
  assert.match(runCli(['explain', '-x1']).stderr, /unknown option "-x1"/);
  const exponent = runCli(['explain', 'event:1e3']);
  assert.equal(exponent.status, 2);
  assert.equal(exponent.stdout, '');
  assert.equal(
    exponent.stderr,
    'aovpn explain: "event:1e3" is not an event ID: Event IDs are unsigned numbers written in decimal or in hexadecimal after 0x, and "1e3" is neither. Write event:0x1e3 for hexadecimal (483), or event:1000 for 1e3 as a power of ten.\n',
  );
});

test('--help prints usage and exits 0', () => {
  const run = runCli(['explain', '--help']);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^Usage: aovpn explain/);
});

test('text output carries the corrected facts and their public sources', () => {
  const ike = runCli(['explain', '13868']);
  assert.equal(ike.status, 0, ike.stderr);
  assert.match(ike.stdout, /Get-VpnServerIPsecConfiguration/);
  assert.match(ike.stdout, /IPsecCustomPolicy/);
  assert.match(ike.stdout, /\n {2}Source: .*https:\/\/directaccess\.richardhicks\.com\/2019\/09\/02\/always-on-vpn-ikev2-policy-mismatch-error\//);
  assert.doesNotMatch(ike.stdout, /DOMAIN\.md/);
  const timeout = runCli(['explain', '809']);
  assert.match(timeout.stdout, /EnableServerFragmentation/);
  assert.match(timeout.stdout, /DisableIKEv2Fragmentation/);
  assert.match(timeout.stdout, /UDP 500\/4500/);
});

test('--json: new events and the deny-access guidance', () => {
  const [kdc, rras, ipsec, nps, denied] = explainJson('event:39', 'event:20271', 'event:4653', 'event:4418', '691');
  assert.deepEqual(
    [kdc, rras, ipsec, nps].map((r) => [r.matches[0].code, r.matches[0].eventSource]),
    [
      [39, 'Kerberos-Key-Distribution-Center'],
      [20271, 'RemoteAccess'],
      [4653, 'Microsoft-Windows-Security-Auditing'],
      [4418, 'NPS'],
    ],
  );
  const notes = denied.matches[0].notes.join('\n');
  assert.match(notes, /Get-RemoteAccessConnectionStatistics/);
  assert.match(notes, /Disconnect-VpnUser/);
  assert.match(notes, /Untrusted Certificates store/);
  assert.match(notes, /ordered before the policy that grants VPN access/);
  const [reason] = explainJson('reason:258');
  assert.match(reason.matches[0].notes.join('\n'), /`NoRevocationCheck` = 1/);
});
