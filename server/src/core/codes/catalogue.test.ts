// The catalogue against its documented meanings: every code the brief names, checked by symbol and key words,
// plus integrity checks (ranges complete, symbols as Microsoft publishes them, summaries not copied verbatim).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allEntries, eventSourceMatches, lookupCode, lookupNumber } from './catalogue';
import { numberForms } from './numberForms';
import { parseCsv, readSharedReference } from './testing/fixtures';
import type { CodeEntry, CodeKind } from './types';

function entry(kind: CodeKind, code: number): CodeEntry {
  const found = lookupCode(kind, code);
  assert.ok(found, `${kind}:${code} is in the catalogue`);
  return found;
}

function assertMeaning(kind: CodeKind, code: number, symbol: string | undefined, ...words: RegExp[]): CodeEntry {
  const found = entry(kind, code);
  assert.equal(found.symbol, symbol, `${kind}:${code} symbol`);
  for (const word of words) assert.match(found.summary, word, `${kind}:${code} summary "${found.summary}"`);
  return found;
}

const all = (entryTexts: readonly string[]): string => entryTexts.join('\n');

test('RAS errors that matter to Always On VPN have their documented meaning', () => {
  assertMeaning('ras', 691, 'ERROR_AUTHENTICATION_FAILURE', /user name/, /password/);
  assertMeaning('ras', 800, 'ERROR_AUTOMATIC_VPN_FAILED', /VPN connection could not be set up/, /unreachable|security settings/);
  assertMeaning('ras', 809, 'ERROR_VPN_TIMEOUT', /does not answer/, /firewall|NAT/);
  assertMeaning('ras', 812, 'ERROR_SERVER_POLICY', /policy/, /authentication method/);
  assertMeaning('ras', 853, 'ERROR_EAP_USER_CERT_INVALID', /client/, /certificate/);
  assertMeaning('ras', 858, 'ERROR_EAP_SERVER_CERT_EXPIRED', /server/, /expired/);
  assertMeaning('ras', 864, 'ERROR_EAP_SERVER_ROOT_CERT_NOT_FOUND', /Trusted Root Certification Authorities/, /server/);
  assertMeaning('ras', 868, 'ERROR_DNSNAME_NOT_RESOLVABLE', /server name could not be resolved/);
  assertMeaning('ras', 619, 'ERROR_PORT_DISCONNECTED', /disconnected/);
});

test('IKE errors that matter to Always On VPN have their documented meaning', () => {
  assertMeaning('ike', 13801, 'ERROR_IPSEC_IKE_AUTH_FAIL', /authentication credentials/);
  assertMeaning('ike', 13806, 'ERROR_IPSEC_IKE_NO_CERT', /no valid machine certificate/);
  assertMeaning('ike', 13868, 'ERROR_IPSEC_IKE_POLICY_MATCH', /policy match/);
  assertMeaning('ike', 13881, 'ERROR_IPSEC_IKE_INVALID_CERT_KEYLEN', /key is shorter/);
});

test('NPS reason codes the brief names have their documented meaning', () => {
  assertMeaning('nps-reason', 0, 'IAS_SUCCESS', /Success/);
  assertMeaning('nps-reason', 16, 'IAS_AUTH_FAILURE', /Credentials mismatch/, /password/);
  assertMeaning('nps-reason', 48, 'IAS_NO_POLICY_MATCH', /no network policy/);
  assertMeaning('nps-reason', 49, undefined, /no connection request policy/);
  assertMeaning('nps-reason', 65, 'IAS_DIALIN_DISABLED', /Network Access Permission/, /Deny/);
  assertMeaning('nps-reason', 66, 'IAS_INVALID_AUTH_TYPE', /authentication method/, /not enabled/);
  assertMeaning('nps-reason', 258, undefined, /CRL/, /revocation/);
  assertMeaning('nps-reason', 259, undefined, /CA that manages the CRL/, /unavailable/);
  assertMeaning('nps-reason', 262, undefined, /incomplete/, /signature/, /discarded/);
  assertMeaning('nps-reason', 265, undefined, /enterprise root CA/, /does not trust/);
  assertMeaning('nps-reason', 266, undefined, /unexpected or badly formatted/, /discarded/);
  assertMeaning('nps-reason', 272, undefined, /more than one account/);
  assertMeaning('nps-reason', 273, undefined, /WinVerifyTrust/, /trust provider/, /not recognised/);
  assertMeaning('nps-reason', 281, undefined, /path length constraint/);
  assertMeaning('nps-reason', 282, undefined, /critical extension/, /not recognised/);
  assertMeaning('nps-reason', 283, undefined, /Client Authentication/, /application policies/);
  assertMeaning('nps-reason', 295, undefined, /CA that NPS does not trust/);
  assertMeaning('nps-reason', 296, undefined, /Client Authentication EKU/);
  assertMeaning('nps-reason', 297, undefined, /no valid name/);
  assertMeaning('nps-reason', 298, undefined, /UPN/, /User-Name/);
});

test('NPS reason codes 71 and 303 say plainly that their meaning is unverified', () => {
  assert.match(entry('nps-reason', 71).summary, /UNVERIFIED/);
  assert.equal(entry('nps-reason', 71).symbol, 'IAS_INVALID_RESTRICTION');
  assert.match(entry('nps-reason', 303).summary, /UNVERIFIED/);
});

test('NPS reason codes cover exactly the documented numbers (gaps are intentional)', () => {
  const codes = allEntries()
    .filter((e) => e.kind === 'nps-reason')
    .map((e) => e.code);
  const expected = [
    ...range(0, 10),
    ...range(16, 23),
    ...range(32, 38),
    48,
    49,
    ...range(64, 73),
    80,
    96,
    97,
    112,
    113,
    ...range(115, 118),
    ...range(256, 303),
  ];
  assert.deepEqual(codes, expected);
});

test('certificate HRESULTs and the two readings of 0x80070040', () => {
  assertMeaning('hresult', 0x800b0101, 'CERT_E_EXPIRED', /validity period/);
  assertMeaning('hresult', 0x800b0109, 'CERT_E_UNTRUSTEDROOT', /root certificate that is not trusted/);
  assertMeaning('hresult', 0x80092012, 'CRYPT_E_NO_REVOCATION_CHECK', /revocation check/);
  assertMeaning('hresult', 0x800b010f, 'CERT_E_CN_NO_MATCH', /name does not match/);
  assertMeaning('hresult', 0x800b0110, 'CERT_E_WRONG_USAGE', /usage/);
  const netname = entry('hresult', 0x80070040);
  assert.match(netname.symbol ?? '', /ERROR_NETNAME_DELETED/);
  assert.match(netname.summary, /network name is no longer available/);
  assert.match(netname.summary, /Server Authentication/);
  assert.ok(netname.notes.some((note) => /Two readings/.test(note)));
  assertMeaning('win32', 64, 'ERROR_NETNAME_DELETED', /network name is no longer available/);
});

test('event IDs carry their source, log and documented meaning', () => {
  for (let id = 20220; id <= 20227; id++) assert.equal(entry('event', id).eventSource, 'RasClient', `event ${id}`);
  const failed = assertMeaning('event', 20227, 'ROUTERLOG_RASCONNECTION_FAILED', /failed/, /error code/);
  assert.ok(failed.notes.some((note) => /4th insertion string/.test(note)), 'the error code is the 4th insertion string');
  assert.ok(failed.notes.some((note) => /-2146762495/.test(note) && /0x800B0101/.test(note)));
  assert.match(entry('event', 20226).summary, /reason code \(0 = normal termination\)/);
  assertMeaning('event', 20221, 'ROUTERLOG_PRECONNECT_INFO', /started dialing/);
  assertMeaning('event', 20225, 'ROUTERLOG_RASCONNECTION_ESTABLISHED', /established/);
  assert.match(entry('event', 20276).summary, /authentication protocol did not match/);
  assert.match(entry('event', 20276).summary, /812/);
  const nps: readonly [number, RegExp][] = [
    [6272, /granted access/],
    [6273, /denied access/],
    [6274, /discarded the request/],
    [6275, /discarded an accounting request/],
    [6276, /quarantined/],
    [6277, /probation/],
    [6278, /full access/],
    [6279, /locked/],
    [6280, /unlocked/],
  ];
  for (const [id, meaning] of nps) {
    const found = entry('event', id);
    assert.match(found.summary, meaning, `event ${id}`);
    assert.equal(found.eventSource, 'Microsoft-Windows-Security-Auditing');
    assert.equal(found.eventLog, 'Security');
  }
  for (const id of [13, 17, 4400, 4401, 4402]) {
    assert.ok(entry('event', id).notes.some((note) => /UNVERIFIED/.test(note)), `NPS system event ${id} is marked unverified`);
  }
  assert.match(entry('event', 4421).summary, /RequireMsgAuth/);
  assert.match(entry('event', 4421).summary, /limitProxyState/);
  const mfa = assertMeaning('event', 3, 'ESTS_TOKEN_ERROR', /Azure MFA NPS extension/);
  assert.equal(mfa.eventSource, 'AzureMfa');
});

test('event sources match as exports spell them', () => {
  assert.ok(eventSourceMatches(entry('event', 6273), 'Microsoft Windows security auditing.'));
  assert.ok(eventSourceMatches(entry('event', 6273), 'Microsoft-Windows-Security-Auditing'));
  assert.ok(eventSourceMatches(entry('event', 20227), 'RasClient'));
  assert.ok(!eventSourceMatches(entry('event', 20227), 'Microsoft-Windows-Security-Auditing'));
});

test('the codes that matter to Always On VPN have causes, checks and related codes', () => {
  const key: readonly [CodeKind, number][] = [
    ['ras', 691],
    ['ras', 800],
    ['ras', 809],
    ['ras', 812],
    ['ras', 853],
    ['ras', 858],
    ['ras', 864],
    ['ike', 13801],
    ['ike', 13806],
    ['ike', 13868],
    ['nps-reason', 16],
    ['nps-reason', 48],
    ['nps-reason', 65],
    ['nps-reason', 66],
    ['nps-reason', 258],
    ['nps-reason', 259],
    ['nps-reason', 265],
    ['win32', 0],
  ];
  for (const [kind, code] of key) {
    const found = entry(kind, code);
    assert.ok(found.causes.length > 0, `${kind}:${code} has causes`);
    assert.ok(found.checks.length > 0, `${kind}:${code} has checks`);
  }
  for (const [kind, code] of [...key, ['nps-reason', 49], ['nps-reason', 262], ['nps-reason', 266], ['nps-reason', 272], ['nps-reason', 273], ['nps-reason', 281], ['nps-reason', 282], ['nps-reason', 283], ['nps-reason', 295], ['nps-reason', 296], ['nps-reason', 297], ['nps-reason', 298]] as const) {
    assert.ok(entry(kind, code).checks.length > 0, `${kind}:${code} says what to check`);
  }
});

test('853: NTAuth, revocation and the IgnoreNoRevocationCheck workaround with its exact path and reboot', () => {
  const checks = all(entry('ras', 853).checks);
  assert.match(checks, /certutil -enterprise -viewstore NTAuth/);
  assert.match(checks, /certutil -verify -urlfetch/);
  assert.match(checks, /`IgnoreNoRevocationCheck` = 1/);
  assert.ok(checks.includes('HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13'));
  assert.match(checks, /EAP\\25` when PEAP/);
  assert.match(checks, /reboot the server; restarting the NPS or RRAS services is not enough/);
  assert.match(all(entry('nps-reason', 258).checks), /IgnoreNoRevocationCheck/);
  assert.match(all(entry('ras', 853).causes), /NTAuth/);
  assert.match(all(entry('ras', 853).causes), /Kerberos-Key-Distribution-Center event 39/);
});

test('cross-references between client, VPN server and NPS', () => {
  const related = (kind: CodeKind, code: number) => entry(kind, code).related.map((r) => `${r.kind}:${r.code}`);
  assert.ok(['nps-reason:258', 'nps-reason:16', 'nps-reason:262'].every((r) => related('ras', 853).includes(r)));
  assert.ok(related('nps-reason', 258).includes('ras:853'));
  assert.ok(related('nps-reason', 16).includes('ras:853'));
  assert.ok(related('ras', 812).includes('event:20276'));
  assert.ok(related('event', 20276).includes('ras:812'));
  assert.ok(related('nps-reason', 66).includes('ras:812'));
  assert.match(all(entry('ras', 858).causes), /NPS server has expired/);
  assert.ok(related('ras', 858).includes('ras:864'));
  assert.ok(related('win32', 0).includes('event:6274'));
  assert.ok(related('win32', 0).includes('event:3'));
  assert.match(all(entry('win32', 0).checks), /ESTS_TOKEN_ERROR/);
  assert.match(all(entry('win32', 0).checks), /Restart-Service IAS/);
  assert.ok(related('hresult', 0x80092012).includes('nps-reason:258'));
  const unverifiedPair = entry('ras', 853).related.find((r) => r.kind === 'nps-reason' && r.code === 262);
  assert.match(unverifiedPair?.note ?? '', /not confirmed by Microsoft documentation/);
});

test('every related code points at a catalogue entry', () => {
  for (const item of allEntries()) {
    for (const related of item.related) {
      assert.ok(lookupCode(related.kind, related.code), `${item.kind}:${item.code} → ${related.kind}:${related.code}`);
    }
  }
});

test('a bare number matches every kind it could be', () => {
  const kinds = (value: number) => lookupNumber(numberForms(value)).map((e) => e.kind);
  assert.deepEqual(kinds(0), ['win32', 'nps-reason']);
  assert.deepEqual(kinds(17), ['nps-reason', 'event']);
  assert.deepEqual(kinds(853), ['ras']);
  assert.deepEqual(kinds(13801), ['ike']);
  assert.deepEqual(kinds(20227), ['event']);
  assert.deepEqual(kinds(0x800735e9), ['ike']);
  assert.deepEqual(kinds(0x80070040), ['win32', 'hresult']);
  assert.deepEqual(kinds(0x80070355), ['ras'], 'HRESULT_FROM_WIN32(853)');
  assert.deepEqual(kinds(12345), []);
});

test('RAS and IKE ranges are complete and use the symbols Microsoft publishes', () => {
  const ras = allEntries().filter((e) => e.kind === 'ras');
  const ike = allEntries().filter((e) => e.kind === 'ike');
  assert.equal(ras[0].code, 600);
  assert.equal(ras[ras.length - 1].code, 956);
  assert.equal(ike[0].code, 13800);
  assert.equal(ike[ike.length - 1].code, 13932);
  assert.equal(entry('ras', 613).symbol, 'ERROR_INVALID_COMPRESSION_SPECIFIED', 'as raserror.h spells it');
  assert.equal(entry('ras', 762).symbol, 'ERROR_SHARING_PRIVATE_INSTALL', 'as raserror.h spells it');
  assert.ok(entry('ras', 605).notes.some((n) => /Deprecated/.test(n)));
  assert.ok(entry('ras', 873).notes.some((n) => /raserror\.h/.test(n)));
  assert.ok(entry('ras', 930).notes.some((n) => /mprerror\.h/.test(n)));
});

test('against the reference tables: same codes and symbols, summaries in our own words', (t) => {
  const rasCsv = readSharedReference('ras-error-codes.csv');
  const ikeCsv = readSharedReference('ike-error-codes.csv');
  if (!rasCsv || !ikeCsv) {
    t.skip('shared/reference not available');
    return;
  }
  const garbled = new Set(['613', '762']);
  const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  for (const [csv, kind] of [
    [rasCsv, 'ras'],
    [ikeCsv, 'ike'],
  ] as const) {
    const rows = parseCsv(csv);
    const codes = allEntries().filter((e) => e.kind === kind);
    assert.equal(codes.length, rows.length, `${kind}: one entry per table row`);
    for (const row of rows) {
      const found = entry(kind, Number(row.code));
      if (!garbled.has(row.code) || kind !== 'ras') assert.equal(found.symbol, row.symbol, `${kind}:${row.code}`);
      if (row.description.split(' ').length > 3) {
        assert.notEqual(normalise(found.summary), normalise(row.description), `${kind}:${row.code} is paraphrased`);
        // Proper names (service and file names) may repeat; longer copied runs may not.
        assert.ok(longestCommonRun(normalise(found.summary), normalise(row.description)) < 9, `${kind}:${row.code} is in our own words`);
      }
    }
  }
});

function longestCommonRun(a: string, b: string): number {
  const x = a.split(' ');
  const y = b.split(' ');
  let best = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let n = 0;
      while (i + n < x.length && j + n < y.length && x[i + n] === y[j + n]) n++;
      best = Math.max(best, n);
    }
  }
  return best;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
