import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, MAX_FINDINGS_PER_RULE } from './analysis';
import { applyEdits } from './features/codeActions';
import { unitAt } from './features/units';
import { authentication, EAP_TLS, nativeWith, userProfile } from './profile/rules/testing';

test('one rule lists at most MAX_FINDINGS_PER_RULE findings per document, then one note counts the rest', () => {
  const text = `<VPNProfile>${'<Unknown>x</Unknown>'.repeat(MAX_FINDINGS_PER_RULE + 250)}</VPNProfile>`;
  const findings = analyzeDocument(text).findings;
  assert.equal(findings.filter((f) => f.ruleId === 'profile/unknown-element').length, MAX_FINDINGS_PER_RULE);
  const notes = findings.filter((f) => f.ruleId === 'aovpn/finding-limit');
  assert.equal(notes.length, 1);
  assert.match(notes[0].message, /`profile\/unknown-element` found 250 more problems/);
  assert.equal(notes[0].severity, 'information');
});

test('a rule turned off is neither listed nor counted', () => {
  const text = `<VPNProfile>${'<Unknown>x</Unknown>'.repeat(MAX_FINDINGS_PER_RULE + 5)}</VPNProfile>`;
  const findings = analyzeDocument(text, { rules: { 'profile/unknown-element': 'off' } }).findings;
  assert.ok(!findings.some((f) => f.ruleId === 'profile/unknown-element' || f.ruleId === 'aovpn/finding-limit'));
});

// EAP written escaped inside <Configuration> (issue 10): analysed as EAP, findings and fixes in the document's terms.
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const EAP_WITH_DEFECTS = EAP_TLS.replace('<DifferentUsername>false</DifferentUsername>', '<DifferentUsername>false</DifferentUsername><Note>a & b</Note>').replace('nps.example.net', 'nps1.example.net; nps2.example.net');
const profileWith = (configuration: string) => userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>', configuration)));

test('EAP escaped inside <Configuration> is analysed as EAP: findings on the escaped text, fixes escaped, no stray-text error', () => {
  const text = profileWith(escapeText(EAP_WITH_DEFECTS));
  const analysis = analyzeDocument(text);
  assert.deepEqual(analysis.units.map((u) => u.kind), ['profile', 'eap']);
  const ids = analysis.findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('profile/unexpected-text'), ids.join());
  assert.equal(ids.filter((id) => id === 'profile/escaped-eap-configuration').length, 1);
  const separator = analysis.findings.find((f) => f.ruleId === 'eap/server-names-separator')!;
  assert.equal(separator.range.start, text.indexOf('nps1.example.net; ') + 'nps1.example.net;'.length);
  const ampersand = analysis.findings.find((f) => f.ruleId === 'xml/unescaped-ampersand')!;
  assert.equal(text.slice(ampersand.range.start, ampersand.range.end), '&amp;');
  // The fix writes `&amp;` into the EAP, which the escaped form spells `&amp;amp;`.
  assert.equal(ampersand.fixes?.[0].edits[0].newText, '&amp;amp;');
  const fixed = applyEdits(text, separator.fixes![0].edits);
  assert.ok(fixed.includes('nps1.example.net;nps2.example.net'));
  // A position inside the escaped EAP resolves to the EAP unit, at the same element.
  const at = unitAt(analysis, text.indexOf('DifferentUsername'))!;
  assert.equal(at.unit.kind, 'eap');
  assert.ok(at.unit.text.startsWith('DifferentUsername', at.offset));
});

test('EAP escaped inside the <Configuration> of a profile escaped in SyncML <Data>: mapped through both, fixes escaped twice', () => {
  const profile = profileWith(escapeText(EAP_WITH_DEFECTS));
  const text = `<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item><Target><LocURI>./User/Vendor/MSFT/VPNv2/Test/ProfileXML</LocURI></Target><Data>${escapeText(profile)}</Data></Item></Add></Atomic></SyncBody></SyncML>`;
  const analysis = analyzeDocument(text);
  assert.deepEqual(analysis.units.map((u) => u.kind), ['profile', 'eap']);
  const ampersand = analysis.findings.find((f) => f.ruleId === 'xml/unescaped-ampersand')!;
  assert.equal(text.slice(ampersand.range.start, ampersand.range.end), '&amp;amp;');
  assert.equal(ampersand.fixes?.[0].edits[0].newText, '&amp;amp;amp;');
  const form = analysis.findings.find((f) => f.ruleId === 'profile/escaped-eap-configuration')!;
  assert.ok(text.slice(form.range.start).startsWith('&amp;lt;EapHostConfig'));
  // Written as XML inside the escaped profile: escaped once.
  assert.ok(form.fixes![0].edits[0].newText.startsWith('&lt;EapHostConfig xmlns="'));
  const unescapedOnce = analyzeDocument(applyEdits(text, form.fixes![0].edits));
  assert.ok(!unescapedOnce.findings.some((f) => f.ruleId === 'profile/escaped-eap-configuration' || (f.ruleId.startsWith('xml/') && f.ruleId !== 'xml/unescaped-ampersand')));
});
