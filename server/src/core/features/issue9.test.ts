// Regression tests for every case of issue 9 ("fixes an administrator can trust"), each with the text fix-all
// leaves. Writing files (encodings, BOM, atomic replace, read-only files, --dry-run) is covered in test/cli/fix.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { eapDocument, tlsEapType } from '../eap/rules/examples';
import { DEVICE_NATIVE, deviceProfile, EAP_TLS } from '../profile/rules/testing';
import type { Finding } from '../types';
import { applyEdits, fixAll } from './codeActions';

const analyse = (text: string) => analyzeDocument(text).findings;
/** The text after fix-all, as `--fix` and `source.fixAll.aovpn` write it. */
const fixAllText = (text: string) => fixAll(text, analyse(text), analyse).text;
const errorCount = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error' || f.ruleId.startsWith('xml/')).length;
const findingOf = (text: string, ruleId: string) => {
  const found = analyse(text).filter((f) => f.ruleId === ruleId);
  assert.equal(found.length, 1, `one ${ruleId} finding`);
  return found[0];
};

const SUITE = (encryption: string, cipher = 'GCMAES128') => `    <Servers>vpn.example.net</Servers>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <CryptographySuite>
      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>
      <CipherTransformConstants>${cipher}</CipherTransformConstants>
      <PfsGroup>ECP256</PfsGroup>
      <DHGroup>ECP256</DHGroup>
      <IntegrityCheckMethod>SHA256</IntegrityCheckMethod>
      <EncryptionMethod>${encryption}</EncryptionMethod>
    </CryptographySuite>
    <Authentication>
      <MachineMethod>Certificate</MachineMethod>
    </Authentication>`;

test('AES is never turned into DES: every AES value is offered, as suggestions, and fix-all leaves it', () => {
  const text = deviceProfile(SUITE('AES', 'AES'));
  assert.equal(fixAllText(text), text);
  const titles = (ruleText: string) =>
    analyse(text)
      .filter((f) => f.ruleId === 'profile/invalid-enum-value' && text.slice(f.range.start - ruleText.length - 2, f.range.start).includes(ruleText))
      .flatMap((f) => (f.fixes ?? []).map((fix) => `${fix.kind} ${fix.title}`));
  assert.deepEqual(titles('EncryptionMethod'), [
    'suggestion Change to AES128',
    'suggestion Change to AES192',
    'suggestion Change to AES256',
    'suggestion Change to AES_GCM_128',
    'suggestion Change to AES_GCM_256',
  ]);
  assert.deepEqual(titles('CipherTransformConstants'), [
    'suggestion Change to AES128',
    'suggestion Change to AES192',
    'suggestion Change to AES256',
    'suggestion Change to GCMAES128',
    'suggestion Change to GCMAES192',
    'suggestion Change to GCMAES256',
  ]);
});

test('a value read from its meaning: GCMAES128 written for EncryptionMethod offers AES_GCM_128; a case difference is safe', () => {
  const gcm = deviceProfile(SUITE('GCMAES128'));
  const finding = findingOf(gcm, 'profile/invalid-enum-value');
  assert.deepEqual(
    finding.fixes?.map((f) => [f.kind, f.title]),
    [['suggestion', 'Change to AES_GCM_128']],
  );
  assert.equal(fixAllText(gcm), gcm);
  // A weaker family is never offered, also when its spelling is nearer: `SHA` for the integrity check.
  const sha = deviceProfile(SUITE('AES_GCM_128').replace('<IntegrityCheckMethod>SHA256<', '<IntegrityCheckMethod>SHA<'));
  assert.deepEqual(
    findingOf(sha, 'profile/invalid-enum-value').fixes?.map((f) => f.title),
    ['Change to SHA256', 'Change to SHA384'],
  );
  // Only the letter case differs: one documented spelling, applied by fix-all.
  assert.equal(fixAllText(deviceProfile(SUITE('aes_gcm_256'))), deviceProfile(SUITE('AES_GCM_256')));
});

test('the server-validation prompt is not disabled while TrustedRootCA is empty: fix-all leaves it', () => {
  const text = eapDocument(tlsEapType({ disablePrompt: 'false', trustedRootCa: '' }));
  assert.equal(fixAllText(text), text);
  assert.ok(!analyse(text).some((f) => f.fixes?.some((fix) => fix.edits.some((e) => e.newText === 'true'))));
});

test('an <Eap> block of a device tunnel is never deleted by fix-all; removing it is a suggestion saying what it removes', () => {
  const eap = `      <Eap>\n        <Configuration>${EAP_TLS}</Configuration>\n      </Eap>`;
  const text = deviceProfile(DEVICE_NATIVE.replace('      <MachineMethod>Certificate</MachineMethod>', `      <MachineMethod>Certificate</MachineMethod>\n${eap}`));
  assert.equal(fixAllText(text), text);
  const removal = analyse(text)
    .flatMap((f) => f.fixes ?? [])
    .find((fix) => fix.title.startsWith('Remove <Eap>'));
  assert.equal(removal?.kind, 'suggestion');
  assert.match(removal!.title, /EAP type 13, [\d,]+ characters/);
});

const NRPT = Array.from(
  { length: 24 },
  (_, i) => `  <DomainNameInformation>\n    <DomainName>.r${i}.corp.example.org</DomainName>\n    <DnsServers>10.20.0.10</DnsServers>\n  </DomainNameInformation>\n`,
).join('');

test('a stray <NativeProfile> start tag is repaired where the next one starts, never by swallowing 24 NRPT rules', () => {
  const good = deviceProfile(DEVICE_NATIVE, NRPT);
  const text = good.replace('  <NativeProfile>\n', '  <NativeProfile>\n  <NativeProfile>\n');
  assert.notEqual(text, good);
  const before = analyse(text);
  assert.equal(fixAllText(text), text, 'both repairs change the structure: fix-all leaves them to a person');
  // One error, the stray tag's: the rules see the profile as meant (issue 9 saw 25).
  assert.deepEqual(
    before.filter((f) => f.severity === 'error' || f.ruleId.startsWith('xml/')).map((f) => f.ruleId),
    ['xml/unclosed-element'],
  );
  const stray = before.filter((f) => f.ruleId === 'xml/unclosed-element');
  assert.match(stray[0].message, /another `<NativeProfile>` starts inside it/);
  const fixes = stray[0].fixes ?? [];
  assert.deepEqual(
    fixes.map((f) => [f.kind, f.title]),
    [
      ['suggestion', 'Close the first <NativeProfile> where the next one starts'],
      ['suggestion', 'Delete the stray <NativeProfile> start tag'],
    ],
  );
  // Deleting the stray start tag gives back the document as it was meant; closing it leaves an empty element.
  assert.equal(applyEdits(text, fixes[1].edits), good.replace('  <NativeProfile>\n', '  \n  <NativeProfile>\n'));
  assert.equal(errorCount(analyse(applyEdits(text, fixes[1].edits))), 0);
  assert.equal(applyEdits(text, fixes[0].edits), good.replace('  <NativeProfile>\n', '  <NativeProfile>\n  </NativeProfile><NativeProfile>\n'));
  // No fix puts </NativeProfile> after the NRPT rules (at the end of the parent).
  const parentEnd = text.indexOf('</VPNProfile>');
  assert.ok(!before.some((f) => f.fixes?.some((fix) => fix.edits.some((e) => e.range.start > text.lastIndexOf('</DomainNameInformation>') && e.range.start <= parentEnd))));
});

test('a renamed tag: the pair is renamed together, never an end tag of the old name inserted', () => {
  const good = deviceProfile();
  const text = good.replace('<Servers>vpn', '<Server>vpn');
  assert.equal(fixAllText(text), text);
  const mismatch = findingOf(text, 'xml/mismatched-end-tag');
  assert.deepEqual(
    mismatch.fixes?.map((f) => [f.kind, f.title]),
    [
      ['suggestion', 'Rename to </Server>'],
      ['suggestion', 'Rename the start tag to <Servers>'],
    ],
  );
  assert.equal(applyEdits(text, mismatch.fixes![1].edits), good);
  assert.equal(applyEdits(text, mismatch.fixes![0].edits), good.replace('<Servers>vpn.example.net</Servers>', '<Server>vpn.example.net</Server>'));
  for (const fix of analyse(text).flatMap((f) => f.fixes ?? [])) assert.ok(!fix.edits.some((e) => e.newText.includes('</Server>') && e.range.start === e.range.end), fix.title);
  // A misspelt element closed by its own end tag: the rename names both tags.
  const misspelt = good.replace('<RoutingPolicyType>SplitTunnel</RoutingPolicyType>', '<RoutingPolicyTyp>SplitTunnel</RoutingPolicyTyp>');
  const rename = findingOf(misspelt, 'profile/unknown-element').fixes!.find((f) => f.title === 'Rename to <RoutingPolicyType>')!;
  assert.equal(applyEdits(misspelt, rename.edits), good);
});

const syncml = (profile: string) =>
  `<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Replace><CmdID>1</CmdID><Item><Target><LocURI>./Vendor/MSFT/VPNv2/Test/ProfileXML</LocURI></Target><Data>${profile}</Data></Item></Replace><Final/></SyncBody></SyncML>\n`;
const escape = (xml: string) => xml.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('escaped SyncML: end tags and values are written escaped, at boundaries of references, never inside &gt;', () => {
  const inner = (alwaysOn: string, suffix: string) =>
    `<VPNProfile><AlwaysOn>${alwaysOn}</AlwaysOn><DeviceTunnel>true</DeviceTunnel><NativeProfile><Servers>vpn.example.net</Servers><NativeProtocolType>IKEv2</NativeProtocolType><RoutingPolicyType>SplitTunnel</RoutingPolicyType><Authentication><MachineMethod>Certificate</MachineMethod></Authentication></NativeProfile>${suffix}</VPNProfile>`;
  const text = syncml(escape(inner('True', '<DnsSuffix>corp.example.net')));
  // `True` lowercased in place; `</DnsSuffix>` (text only, closed by its parent's end tag) inserted before `&lt;/VPNProfile&gt;`.
  assert.equal(fixAllText(text), syncml(escape(inner('true', '<DnsSuffix>corp.example.net')).replace('corp.example.net&lt;/VPNProfile', 'corp.example.net&lt;/DnsSuffix>&lt;/VPNProfile')));
  assert.equal(errorCount(analyse(fixAllText(text))), 0);
});

test('references in values: True&amp; is never turned into trueamp;, and &#x20; is kept whole', () => {
  const text = deviceProfile(DEVICE_NATIVE, '  <RegisterDNS>&#x20;True</RegisterDNS>\n').replace('<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>True&amp;</AlwaysOn>');
  assert.ok(text.includes('True&amp;') && text.includes('&#x20;True'));
  const fixed = fixAllText(text);
  // `True&` is no boolean: which value was meant is a decision; ` True` has one right spelling, the reference stays.
  assert.equal(fixed, text.replace('&#x20;True', '&#x20;true'));
  const invalid = findingOf(text, 'profile/invalid-boolean');
  assert.deepEqual(
    invalid.fixes?.map((f) => [f.kind, applyEdits(text, f.edits).includes('<AlwaysOn>true</AlwaysOn>')]),
    [['suggestion', true]],
  );
});

test('fix-all runs to a fixed point: a second run changes nothing, and it never adds an error', () => {
  const broken = deviceProfile(SUITE('aes128').replace('<RoutingPolicyType>SplitTunnel', '<RoutingPolicyType>splittunnel')).replace('<AlwaysOn>true', '<AlwaysOn>True');
  const once = fixAllText(broken);
  assert.notEqual(once, broken);
  assert.equal(fixAllText(once), once);
  assert.ok(errorCount(analyse(once)) <= errorCount(analyse(broken)));
  assert.equal(errorCount(analyse(once)), 0);
});
