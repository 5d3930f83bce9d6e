import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainMarkdown, explainQuery } from './explain';

test('explainQuery gives the JSON shape of aovpn explain', () => {
  const result = explainQuery('853');
  assert.equal(result.query, '853');
  assert.equal(result.matches.length, 1);
  const [match] = result.matches;
  assert.deepEqual(Object.keys(match).slice(0, 6), ['kind', 'code', 'symbol', 'summary', 'checks', 'related']);
  assert.equal(match.kind, 'ras');
  assert.equal(match.code, 853);
  assert.equal(match.symbol, 'ERROR_EAP_USER_CERT_INVALID');
  assert.ok(match.checks.some((check) => check.includes('certutil -enterprise -viewstore NTAuth')));
  assert.ok(match.related.some((related) => related.kind === 'nps-reason' && related.code === 258));
  assert.deepEqual(result.forms, { decimal: 853, hex: '0x355' });
  assert.equal(result.error, undefined);
});

test('negative decimal, hex and HRESULT_FROM_WIN32 queries', () => {
  const expired = explainQuery('-2146762495');
  assert.deepEqual(
    expired.matches.map((m) => [m.kind, m.code, m.symbol]),
    [['hresult', '0x800B0101', 'CERT_E_EXPIRED']],
  );
  assert.deepEqual(expired.forms, { decimal: 0x800b0101, hex: '0x800B0101', signed: -2146762495 });
  assert.equal(explainQuery('0x800B0101').matches[0].symbol, 'CERT_E_EXPIRED');
  assert.equal(explainQuery('800b0101').matches[0].symbol, 'CERT_E_EXPIRED');
  const ike = explainQuery('0x800735E9');
  assert.deepEqual(
    ike.matches.map((m) => [m.kind, m.code]),
    [['ike', 13801]],
  );
  assert.equal(ike.forms?.win32, 13801);
});

test('prefixes pick one kind; a bare number matches every kind it could be', () => {
  assert.deepEqual(
    explainQuery('reason:258').matches.map((m) => m.kind),
    ['nps-reason'],
  );
  assert.deepEqual(
    explainQuery('event:20227').matches.map((m) => [m.kind, m.eventSource]),
    [['event', 'RasClient']],
  );
  assert.deepEqual(
    explainQuery('0').matches.map((m) => m.kind),
    ['win32', 'nps-reason'],
  );
  assert.deepEqual(
    explainQuery('17').matches.map((m) => m.kind),
    ['nps-reason', 'event'],
  );
  assert.deepEqual(explainQuery('event:853').matches, []);
  assert.deepEqual(
    explainQuery('80070040').matches.map((m) => m.code),
    [64, '0x80070040'],
  );
});

test('after a prefix for a decimal kind only decimal or 0x numbers are read: event:1e3 is not an event ID', () => {
  const exponent = explainQuery('event:1e3');
  assert.deepEqual(exponent.matches, []);
  assert.equal(exponent.forms, undefined);
  assert.equal(
    exponent.error,
    '"event:1e3" is not an event ID: Event IDs are unsigned numbers written in decimal or in hexadecimal after 0x, and "1e3" is neither. Write event:0x1e3 for hexadecimal (483), or event:1000 for 1e3 as a power of ten.',
  );
  assert.match(explainQuery('ras:35E9').error ?? '', /^"ras:35E9" is not a RAS\/RRAS error code: .* Write ras:0x35E9 for hexadecimal \(13801\)\.$/);
  assert.match(explainQuery('reason:-5').error ?? '', /^"reason:-5" is not an NPS reason code: .*"-5" is neither\.$/);
  assert.match(explainQuery('ike:0x35E9').matches[0]?.symbol ?? '', /ERROR_IPSEC_IKE_AUTH_FAIL/, '0x hex after a prefix is still read');
  // Without a prefix a token with a letter is hex, as HRESULTs are typed (800B0101); the forms line shows the reading.
  assert.deepEqual(explainQuery('1e3').forms, { decimal: 0x1e3, hex: '0x1E3' });
  assert.deepEqual(
    explainQuery('hresult:-0x7FF4FEFF').matches.map((m) => m.symbol),
    ['CERT_E_EXPIRED'],
  );
});

test('symbolic names are looked up too', () => {
  assert.equal(explainQuery('CERT_E_UNTRUSTEDROOT').matches[0].code, '0x800B0109');
  assert.equal(explainQuery('error_vpn_timeout').matches[0].code, 809);
  assert.equal(explainQuery('ESTS_TOKEN_ERROR').matches[0].kind, 'event');
  assert.deepEqual(explainQuery('ERROR_NOT_A_REAL_ONE').matches, []);
});

test('unknown codes say so and still show the number forms; non-codes are errors', () => {
  const unknown = explainQuery('12345');
  assert.deepEqual(unknown.matches, []);
  assert.deepEqual(unknown.forms, { decimal: 12345, hex: '0x3039' });
  assert.match(explainMarkdown('12345'), /No catalogue entry for `12345`: `12345` = `0x3039`/);
  assert.match(explainQuery('hello').error ?? '', /not a code/);
  assert.match(explainQuery('foo:12').error ?? '', /unknown kind "foo"/);
});

test('explainMarkdown renders every match with causes, checks and related codes', () => {
  const markdown = explainMarkdown('853');
  assert.match(markdown, /^\*\*RAS\/RRAS error 853\*\* · `ERROR_EAP_USER_CERT_INVALID`/);
  assert.match(markdown, /\*\*Likely causes\*\*/);
  assert.match(markdown, /\*\*What to check\*\*/);
  assert.match(markdown, /NPS reason code 258/);
  assert.match(markdown, /\[PR\] practitioner report/);
  const both = explainMarkdown('0');
  assert.match(both, /Win32 error 0/);
  assert.match(both, /NPS reason code 0/);
  assert.match(both, /\n---\n/);
  assert.match(explainMarkdown('-2146762495'), /`-2146762495` = `0x800B0101`/);
});

test('explain shows corrected and new knowledge with its public sources', () => {
  const ike = explainQuery('13868').matches[0];
  assert.ok(ike.checks.some((check) => check.includes('Get-VpnServerIPsecConfiguration')));
  assert.match(ike.source, /https:\/\/directaccess\.richardhicks\.com\/2019\/09\/02\/always-on-vpn-ikev2-policy-mismatch-error\//);
  const kdc = explainQuery('event:39').matches;
  assert.deepEqual(
    kdc.map((m) => [m.kind, m.code, m.eventSource]),
    [['event', 39, 'Kerberos-Key-Distribution-Center']],
  );
  const markdown = explainMarkdown('reason:258');
  assert.match(markdown, /`NoRevocationCheck` = 1/);
  assert.match(markdown, /\*Source: .*how-to-aovpn-conditional-access/);
  assert.match(explainMarkdown('691'), /Denying access on purpose: .*`Disconnect-VpnUser -UserName <user>`/);
});

test('a prefix that names an Object.prototype member is an unknown kind, not a crash', () => {
  for (const prefix of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    assert.match(explainQuery(`${prefix}:12`).error ?? '', new RegExp(`unknown kind "${prefix}"`));
  }
});
