import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StringFormat, ValueSpec } from '../catalogue/types';
import { validateValue, type ValueProblem } from './validate';
import { formatIp, hasHostBits, networkAddress, parseIp } from './ip';
import { splitList } from './lists';
import { eapThumbprint, parseThumbprint } from './thumbprint';

const label = { label: '`<X>`' };
const check = (value: string, spec: ValueSpec) => validateValue(value, spec, label);
const str = (format: StringFormat): ValueSpec => ({ kind: 'string', format });
const kinds = (problems: readonly ValueProblem[]) => problems.map((p) => p.kind);
const applyFix = (value: string, p: ValueProblem) => value.slice(0, p.fixes![0].start) + p.fixes![0].replacement + value.slice(p.fixes![0].end);

test('booleans: lowercase true/false/1/0 pass; other casing warns; strict elements demand lowercase true', () => {
  for (const ok of ['true', 'false', '1', '0', '  true\n']) assert.deepEqual(check(ok, { kind: 'boolean' }), []);
  const upper = check('True', { kind: 'boolean' });
  assert.deepEqual(kinds(upper), ['boolean-case']);
  assert.equal(applyFix('True', upper[0]), 'true');
  const strict = check(' TRUE ', { kind: 'boolean', strictLowercaseTrue: true });
  assert.deepEqual(kinds(strict), ['lowercase-true-required']);
  assert.deepEqual([strict[0].start, strict[0].end], [1, 5]);
  assert.equal(applyFix(' TRUE ', strict[0]), ' true ');
  assert.match(strict[0].message, /partly configured/);
  const yes = check('yes', { kind: 'boolean' });
  assert.deepEqual(kinds(yes), ['invalid-boolean']);
  assert.equal(yes[0].fixes?.[0].replacement, 'true');
  assert.deepEqual(kinds(check('False', { kind: 'boolean', strictLowercaseTrue: true })), ['boolean-case']);
});

const ROUTING: ValueSpec = {
  kind: 'enum',
  values: [
    { value: 'SplitTunnel', summary: 's' },
    { value: 'ForceTunnel', summary: 'f' },
  ],
};

test('enums: documented spellings pass, case differences are a hint, typos get the nearest value', () => {
  assert.deepEqual(check('SplitTunnel', ROUTING), []);
  const lower = check('splittunnel', ROUTING);
  assert.deepEqual(kinds(lower), ['enum-case']);
  assert.equal(lower[0].fixes?.[0].replacement, 'SplitTunnel');
  const typo = check('ForceTunel', ROUTING);
  assert.deepEqual(kinds(typo), ['invalid-enum-value']);
  assert.equal(typo[0].fixes?.[0].replacement, 'ForceTunnel');
  assert.match(typo[0].message, /Allowed: `SplitTunnel`, `ForceTunnel`/);
  assert.equal(check('Nothing', ROUTING)[0].fixes, undefined);
  const spelled: ValueSpec = { kind: 'enum', values: [{ value: 'EAP', summary: '', spellings: ['Eap'] }] };
  assert.deepEqual(check('Eap', spelled), []);
  assert.deepEqual(kinds(check('eAP', spelled)), ['enum-case']);
});

test('enum candidates come from the terms of the values, never from spelling distance, and are never weaker', () => {
  const CIPHERS: ValueSpec = {
    kind: 'enum',
    values: [
      { value: 'DES', summary: '', terms: ['des'], weak: 'broken' },
      { value: 'DES3', summary: '', terms: ['des', '3', 'triple'], weak: 'legacy' },
      { value: 'AES128', summary: '', terms: ['aes', '128'] },
      { value: 'AES256', summary: '', terms: ['aes', '256'] },
      { value: 'AES_GCM_128', summary: '', terms: ['aes', 'gcm', '128'] },
    ],
  };
  const offered = (text: string) => check(text, CIPHERS).flatMap((p) => (p.fixes ?? []).map((f) => `${f.kind} ${f.replacement}`));
  assert.deepEqual(offered('AES'), ['suggestion AES128', 'suggestion AES256', 'suggestion AES_GCM_128']);
  assert.deepEqual(offered('GCMAES128'), ['suggestion AES_GCM_128'], 'words run together are split into terms');
  assert.deepEqual(offered('aes-0128'), ['suggestion AES128', 'suggestion AES_GCM_128']);
  // Only weak values fit: they are what was written, not weaker than it.
  assert.deepEqual(offered('3DES'), ['suggestion DES3']);
  assert.deepEqual(offered('TripleDES'), ['suggestion DES3']);
  // A word no value has, or a long text, gives no candidate (`AESS` is not read as `DES` or `AES`).
  assert.deepEqual(offered('AESS'), []);
  assert.deepEqual(offered('aes'.repeat(40)), []);
  assert.match(check('AES', CIPHERS)[0].message, /Did you mean `AES128`, `AES256`, `AES_GCM_128`\?/);
  // Only the case differs: one documented spelling, a safe fix.
  assert.deepEqual(offered('aes256'), ['safe AES256']);
  // Without terms the nearest spelling is offered, but a weak value only when no other is near.
  const MODES: ValueSpec = {
    kind: 'enum',
    values: [
      { value: 'Optional', summary: '', weak: 'w' },
      { value: 'Require', summary: '' },
    ],
  };
  assert.deepEqual(
    check('Requir', MODES)[0].fixes?.map((f) => f.replacement),
    ['Require'],
  );
  assert.deepEqual(
    check('Optinal', MODES)[0].fixes?.map((f) => f.replacement),
    ['Optional'],
  );
});

test('integers: whole numbers within range', () => {
  const spec: ValueSpec = { kind: 'integer', min: 1, max: 9999 };
  assert.deepEqual(check('3', spec), []);
  assert.deepEqual(kinds(check('0', spec)), ['integer-out-of-range']);
  assert.deepEqual(kinds(check('3.5', spec)), ['invalid-integer']);
  assert.match(check('10000', spec)[0].message, /between 1 and 9999/);
});

test('empty values warn unless allowed', () => {
  assert.deepEqual(kinds(check('  ', str('fqdn'))), ['empty-value']);
  assert.deepEqual(check('', { kind: 'string', format: 'eapServerNames', allowEmpty: true }), []);
});

test('DNS names: empty labels, bad characters and length, with positions', () => {
  assert.deepEqual(check('vpn.example.com', str('fqdn')), []);
  assert.deepEqual(check('.corp.example.com', str('dnsSuffix')), []);
  assert.deepEqual(check('.', str('nrptDomain')), []);
  const value = 'testserver1.contoso.com;testserver2.contoso..com';
  const doubled = check(value, str('serverUrlList'));
  assert.deepEqual(kinds(doubled), ['invalid-dns-name']);
  assert.equal(value.slice(doubled[0].start, doubled[0].end), '..');
  assert.equal(applyFix(value, doubled[0]), 'testserver1.contoso.com;testserver2.contoso.com');
  assert.deepEqual(kinds(check('bad name.example.com', str('fqdn'))), ['invalid-dns-name']);
  assert.deepEqual(kinds(check('-bad.example.com', str('fqdn'))), ['invalid-dns-name']);
  assert.deepEqual(check('https://vpn.example.com/path', str('serverUrlList')), []);
});

test('server lists: comma-separated, each `name` or `name;FriendlyName`', () => {
  assert.deepEqual(check('vpn.example.net;vpn.example.net', str('serverList')), []);
  assert.deepEqual(check('vpn1.example.net,vpn2.example.net;Second', str('serverList')), []);
  const spaced = 'vpn1.example.net, vpn2.example.net';
  const problems = check(spaced, str('serverList'));
  assert.deepEqual(kinds(problems), ['list-spacing']);
  assert.equal(applyFix(spaced, problems[0]), 'vpn1.example.net,vpn2.example.net');
  assert.deepEqual(check('203.0.113.10', str('serverList')), []);
});

test('IP addresses and lists', () => {
  assert.deepEqual(check('10.0.0.1,2001:db8::1', str('ipAddressList')), []);
  assert.deepEqual(kinds(check('10.0.0.256', str('ipAddress'))), ['invalid-ip-address']);
  assert.deepEqual(kinds(check('2001:db8:::1', str('ipAddress'))), ['invalid-ip-address']);
  const octal = check('10.0.0.010', str('ipAddress'));
  assert.deepEqual(kinds(octal), ['invalid-ip-address']);
  assert.equal(octal[0].fixes?.[0].replacement, '10.0.0.10');
  assert.deepEqual(kinds(check('10.0.0.1;10.0.0.2', str('ipAddressList'))), ['list-separator']);
});

test('port ranges', () => {
  assert.deepEqual(check('10,20-50,100-200', str('portRanges')), []);
  const reversed = check('80,443-100', str('portRanges'));
  assert.deepEqual(kinds(reversed), ['invalid-port-range']);
  assert.equal(applyFix('80,443-100', reversed[0]), '80,100-443');
  assert.deepEqual(kinds(check('70000', str('portRanges'))), ['invalid-port-range']);
  assert.deepEqual(kinds(check('http', str('portRanges'))), ['invalid-port-range']);
  assert.deepEqual(kinds(check('80,,443', str('portRanges'))), ['empty-list-item']);
});

test('address ranges: single addresses, prefixes and ranges; the Microsoft sample spacing warns', () => {
  assert.deepEqual(check('30.30.0.0/16,10.10.10.10-20.20.20.20,3.3.3.3', str('addressRanges')), []);
  const spaced = check('10.10.0.2, 10.10.0.3', str('addressRanges'));
  assert.deepEqual(kinds(spaced), ['list-spacing']);
  assert.deepEqual([spaced[0].start, spaced[0].end], [10, 11]);
  assert.deepEqual(kinds(check('10.0.0.0/33', str('addressRanges'))), ['invalid-address-range']);
  assert.deepEqual(kinds(check('10.0.0.9-10.0.0.1', str('addressRanges'))), ['invalid-address-range']);
  assert.deepEqual(kinds(check('10.0.0.1-2001:db8::1', str('addressRanges'))), ['invalid-address-range']);
  assert.deepEqual(check('2001:db8::/48', str('addressRanges')), []);
});

test('thumbprints: Windows forms pass, wrong lengths, SHA-256 and invisible characters are errors', () => {
  assert.deepEqual(check('d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2 ', str('thumbprint')), []);
  assert.deepEqual(check('CDD4EEAE6000AC7F40C3802C171E30148030C072', str('thumbprint')), []);
  assert.match(check('d2 d3 8e', str('thumbprint'))[0].message, /6 hex characters/);
  assert.match(check('a'.repeat(64), str('thumbprint'))[0].message, /SHA-256/);
  const invisible = check('\u200ecdd4eeae6000ac7f40c3802c171e30148030c072', str('thumbprint'));
  assert.deepEqual(kinds(invisible), ['invalid-thumbprint']);
  assert.match(invisible[0].message, /U\+200E/);
  assert.equal(invisible[0].fixes?.[0].replacement, 'cdd4eeae6000ac7f40c3802c171e30148030c072');
  const colons = check('cd:d4:ee:ae:60:00:ac:7f:40:c3:80:2c:17:1e:30:14:80:30:c0:72', str('thumbprint'));
  assert.deepEqual(kinds(colons), ['thumbprint-format']);
  assert.equal(colons[0].fixes?.[0].replacement, 'cd d4 ee ae 60 00 ac 7f 40 c3 80 2c 17 1e 30 14 80 30 c0 72');
  assert.deepEqual(kinds(check('This is my issuer hash', str('thumbprintList'))), ['invalid-thumbprint']);
});

test('OIDs, URLs, host:port, app IDs and SDDL', () => {
  assert.deepEqual(check('1.3.6.1.4.1.311.87', str('oid')), []);
  assert.deepEqual(kinds(check('This is my Eku', str('oidList'))), ['invalid-oid']);
  assert.deepEqual(check('http://proxy.example.com/p.pac', str('url')), []);
  assert.deepEqual(kinds(check('Helloworld.Com', str('url'))), ['invalid-url']);
  assert.deepEqual(check('proxy.example.com:8080', str('hostPort')), []);
  assert.deepEqual(kinds(check('HelloServer', str('hostPort'))), ['invalid-host-port']);
  for (const app of ['SYSTEM', 'Microsoft.RemoteDesktop_8wekyb3d8bbwe', 'C:\\Windows\\System32\\mstsc.exe', '%ProgramFiles%\\Internet Explorer\\iexplore.exe']) {
    assert.deepEqual(check(app, str('appId')), [], app);
  }
  assert.equal(check('system', str('appId'))[0].fixes?.[0].replacement, 'SYSTEM');
  assert.deepEqual(check('O:SYG:SYD:(A;;CC;;;AU)', str('sddl')), []);
});

test('EAP ServerNames: semicolons without spaces; a fix joins them properly', () => {
  assert.deepEqual(check('nps1.corp.example.org;nps2.corp.example.org', str('eapServerNames')), []);
  const spaced = check('nps1.corp.example.org; nps2.corp.example.org', str('eapServerNames'));
  assert.deepEqual(kinds(spaced), ['server-names-separator']);
  assert.equal(spaced[0].fixes?.[0].replacement, 'nps1.corp.example.org;nps2.corp.example.org');
  assert.match(spaced[0].message, /Continue connecting\?/);
  assert.equal(check('a.example.org, b.example.org', str('eapServerNames'))[0].fixes?.[0].replacement, 'a.example.org;b.example.org');
});

test('EAP ServerNames: quotation marks pasted around names go, with the separators (issue 10)', () => {
  const quoted = check('"nps01.corp.example.org"; "nps02.corp.example.org"', str('eapServerNames'));
  assert.deepEqual(kinds(quoted), ['server-names-separator']);
  assert.equal(quoted[0].start, 0);
  assert.equal(quoted[0].fixes?.[0].replacement, 'nps01.corp.example.org;nps02.corp.example.org');
  assert.equal(quoted[0].fixes?.[0].kind, 'safe');
  assert.match(quoted[0].message, /without quotation marks/);
  assert.equal(check("'nps01.corp.example.org'", str('eapServerNames'))[0].fixes?.[0].replacement, 'nps01.corp.example.org');
  assert.equal(check('\u201cnps01.corp.example.org\u201d;nps02.corp.example.org', str('eapServerNames'))[0].fixes?.[0].replacement, 'nps01.corp.example.org;nps02.corp.example.org');
  // Names separated by spaces alone are separated by `;`.
  assert.equal(check('nps01.corp.example.org nps02.corp.example.org', str('eapServerNames'))[0].fixes?.[0].replacement, 'nps01.corp.example.org;nps02.corp.example.org');
  // A regular expression keeps its own characters.
  assert.deepEqual(check('nps0[12]\\.corp\\.example\\.org|radius.*', str('eapServerNames')), []);
});

test('IP helpers: parse, format, network address', () => {
  assert.equal(formatIp(parseIp('2001:0db8:0000:0000:0000:0000:0000:0001')!), '2001:db8::1');
  assert.equal(formatIp(parseIp('::ffff:10.1.2.3')!), '::ffff:a01:203');
  const address = parseIp('10.1.2.3')!;
  assert.equal(hasHostBits(address, 8), true);
  assert.equal(formatIp(networkAddress(address, 8)), '10.0.0.0');
  assert.equal(formatIp(networkAddress(parseIp('2001:db8:2112:a867::1')!, 48)), '2001:db8:2112::');
  assert.equal(hasHostBits(parseIp('192.168.0.0')!, 16), false);
});

test('list splitting reports spacing and empty entries with positions', () => {
  const list = splitList('a, b,,c,', ',');
  assert.deepEqual(
    list.items.map((i) => [i.text, i.start]),
    [
      ['a', 0],
      ['b', 3],
      ['c', 6],
    ],
  );
  assert.deepEqual(list.spacing, [{ start: 2, end: 3 }]);
  assert.deepEqual(list.empty, [
    { start: 5, end: 6 },
    { start: 7, end: 8 },
  ]);
});

test('thumbprint helpers give the Windows EAP spelling', () => {
  const parsed = parseThumbprint('CDD4EEAE6000AC7F40C3802C171E30148030C072');
  assert.equal(parsed.hex, 'cdd4eeae6000ac7f40c3802c171e30148030c072');
  assert.equal(eapThumbprint(parsed.hex!), 'cd d4 ee ae 60 00 ac 7f 40 c3 80 2c 17 1e 30 14 80 30 c0 72 ');
});
