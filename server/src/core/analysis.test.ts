import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, limitFindings, MAX_FINDINGS_PER_DOCUMENT, MAX_FINDINGS_PER_RULE } from './analysis';
import type { Finding } from './types';
import { MAX_ANALYSED_EMBEDDED_BLOCKS, MAX_TREE_ELEMENTS } from './limits';
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
const EAP_WITH_DEFECTS = EAP_TLS.replace('<DifferentUsername>false</DifferentUsername>', '<DifferentUsername>false</DifferentUsername><Note>a & b</Note>').replace(
  'nps.example.net',
  'nps1.example.net; nps2.example.net',
);
const profileWith = (configuration: string) => userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>', configuration)));

test('EAP escaped inside <Configuration> is analysed as EAP: findings on the escaped text, fixes escaped, no stray-text error', () => {
  const text = profileWith(escapeText(EAP_WITH_DEFECTS));
  const analysis = analyzeDocument(text);
  assert.deepEqual(
    analysis.units.map((u) => u.kind),
    ['profile', 'eap'],
  );
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
  assert.deepEqual(
    analysis.units.map((u) => u.kind),
    ['profile', 'eap'],
  );
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

test('well-formedness errors the parser only counted are in the note of their rule', () => {
  const text = `<VPNProfile>${'&'.repeat(MAX_FINDINGS_PER_RULE + 250)}</VPNProfile>`;
  const findings = analyzeDocument(text).findings;
  assert.equal(findings.filter((f) => f.ruleId === 'xml/unescaped-ampersand').length, MAX_FINDINGS_PER_RULE);
  const notes = findings.filter((f) => f.ruleId === 'aovpn/finding-limit');
  assert.deepEqual(
    notes.map((n) => n.message),
    ['`xml/unescaped-ampersand` found 250 more problems in this document after this one; only the first 1,000 are listed.'],
  );
  assert.equal(notes[0].range.start, text.indexOf('&') + MAX_FINDINGS_PER_RULE - 1, 'on the last one listed');
  assert.ok(!analyzeDocument(text, { rules: { 'xml/unescaped-ampersand': 'off' } }).findings.some((f) => f.ruleId === 'aovpn/finding-limit'));
});

test('one document lists at most MAX_FINDINGS_PER_DOCUMENT findings, the first in document order, then one note', () => {
  // Seven rules with 1,000 findings each (and more): past the document limit.
  const blocks = [
    '&'.repeat(1200),
    '<'.repeat(1200),
    '&bogus;'.repeat(1200),
    '<Unknown>x</Unknown>'.repeat(1200),
    '<AlwaysOn>maybe</AlwaysOn>'.repeat(1200),
    '<alwayson>true</alwayson>'.repeat(1200),
    '</stray>'.repeat(1200),
  ];
  const text = `<VPNProfile>${blocks.join('')}</VPNProfile>`;
  const findings = analyzeDocument(text).findings;
  const notes = findings.filter((f) => f.ruleId === 'aovpn/finding-limit');
  const listed = findings.filter((f) => f.ruleId !== 'aovpn/finding-limit');
  assert.equal(listed.length, MAX_FINDINGS_PER_DOCUMENT);
  const starts = findings.map((f) => f.range.start);
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
    'in document order',
  );
  const documentNote = notes.find((n) => n.message.startsWith('This document has'));
  assert.ok(documentNote, notes.map((n) => n.message).join('\n'));
  assert.equal(documentNote.range.start, listed[listed.length - 1].range.start, 'after the last one listed');
  // The rules whose findings all come after the cut are counted in the document note only.
  for (const ruleId of ['profile/element-name-case', 'xml/unexpected-end-tag']) {
    assert.ok(!findings.some((f) => f.ruleId === ruleId || f.message.includes(ruleId)), ruleId);
  }
  const more = Number(/has ([\d,]+) more findings/.exec(documentNote.message)![1].replace(/,/g, ''));
  assert.ok(more >= 2 * 1200 + 4 * 200, documentNote.message);
  // A rule cut by the document limit says how many of its findings are listed.
  const cut = notes.find((n) => n.message.startsWith('`profile/duplicate-element`'));
  const listedDuplicates = listed.filter((f) => f.ruleId === 'profile/duplicate-element').length;
  assert.ok(listedDuplicates > 0 && listedDuplicates < MAX_FINDINGS_PER_RULE);
  assert.match(cut?.message ?? '', new RegExp(`only the first ${listedDuplicates} are listed\\.$`));
});

const FORMAT_LIST_BLOCK = 'ProfileXML : <VPNProfile><AlwaysOn>True</AlwaysOn></VPNProfile>\n';

test('embedded profiles: the first MAX_ANALYSED_EMBEDDED_BLOCKS are analysed, the others checked for well-formedness', () => {
  const extra = 30;
  const text = FORMAT_LIST_BLOCK.repeat(MAX_ANALYSED_EMBEDDED_BLOCKS) + 'ProfileXML : <VPNProfile><AlwaysOn>True</AlwaysOn>\n'.repeat(extra);
  const analysis = analyzeDocument(text);
  assert.equal(analysis.kind, 'profile');
  assert.equal(analysis.units.length, MAX_ANALYSED_EMBEDDED_BLOCKS);
  const count = (ruleId: string) => analysis.findings.filter((f) => f.ruleId === ruleId).length;
  assert.equal(count('profile/lowercase-true-required'), MAX_ANALYSED_EMBEDDED_BLOCKS, 'rules ran on the analysed blocks only');
  assert.equal(count('xml/unclosed-element'), extra, 'the others are still checked for well-formedness');
  const notes = analysis.findings.filter((f) => f.ruleId === 'aovpn/size-limit');
  assert.equal(notes.length, 1);
  assert.equal(notes[0].range.start, text.indexOf('<VPNProfile', MAX_ANALYSED_EMBEDDED_BLOCKS * FORMAT_LIST_BLOCK.length) + 1, 'on the first block not analysed');
  assert.match(notes[0].message, /holds 130 profiles or EAP configurations: the first 100 were analysed in full; from this one on, the other 30 were only checked for well-formedness/);
  // Up to the limit there is no note.
  assert.ok(!analyzeDocument(FORMAT_LIST_BLOCK.repeat(MAX_ANALYSED_EMBEDDED_BLOCKS)).findings.some((f) => f.ruleId === 'aovpn/size-limit'));
});

test('embedded profiles past the size guard: well-formedness of every block, one unit, one note', () => {
  const text = FORMAT_LIST_BLOCK.repeat(50) + 'ProfileXML : <VPNProfile><AlwaysOn>\n'.repeat(20);
  const analysis = analyzeDocument(text, { maxAnalysisSize: 100 });
  assert.equal(analysis.limited, true);
  assert.equal(analysis.units.length, 1);
  assert.equal(analysis.units[0].root.children.length, 0, 'no element tree is kept');
  assert.deepEqual([...new Set(analysis.findings.map((f) => f.ruleId))].sort(), ['aovpn/size-limit', 'xml/unclosed-element']);
  assert.equal(analysis.findings.filter((f) => f.ruleId === 'xml/unclosed-element').length, 40);
});

test('profiles inside SyncML, as elements or escaped text: the first MAX_ANALYSED_EMBEDDED_BLOCKS are analysed', () => {
  const profile = '<VPNProfile><AlwaysOn>True</AlwaysOn></VPNProfile>';
  const escaped = profile.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const data of [profile, escaped, `<![CDATA[${profile}]]>`]) {
    const text = `<SyncML>${`<Item><Data>${data}</Data></Item>`.repeat(MAX_ANALYSED_EMBEDDED_BLOCKS + 7)}</SyncML>`;
    const analysis = analyzeDocument(text);
    assert.equal(analysis.units.length, MAX_ANALYSED_EMBEDDED_BLOCKS);
    assert.equal(analysis.findings.filter((f) => f.ruleId === 'profile/lowercase-true-required').length, MAX_ANALYSED_EMBEDDED_BLOCKS);
    const notes = analysis.findings.filter((f) => f.ruleId === 'aovpn/size-limit');
    assert.equal(notes.length, 1, data);
    assert.match(notes[0].message, /the first 100 were analysed in full; from this one on, the other 7/);
  }
});

test('a profile nested in another document is found below any depth, and not inside another profile', () => {
  const depth = 30_000;
  const text = `<SyncML>${'<a>'.repeat(depth)}<VPNProfile><x><VPNProfile/></x></VPNProfile>${'</a>'.repeat(depth)}${'<VPNProfile>'.repeat(depth)}</SyncML>`;
  const analysis = analyzeDocument(text);
  const roots = analysis.units.filter((u) => u.kind === 'profile').map((u) => u.root.start);
  assert.deepEqual(roots, [text.indexOf('<VPNProfile>'), text.lastIndexOf('</a>') + 4]);
});

test('more than MAX_TREE_ELEMENTS elements: well-formedness only, with a note, like past the size guard', () => {
  const text = `<VPNProfile><AlwaysOn>True</AlwaysOn>${'<a/>'.repeat(MAX_TREE_ELEMENTS)}&</VPNProfile>`;
  const analysis = analyzeDocument(text);
  assert.equal(analysis.limited, true);
  assert.deepEqual(
    analysis.findings.map((f) => f.ruleId),
    ['aovpn/size-limit', 'xml/unescaped-ampersand'],
  );
  assert.match(analysis.findings[0].message, /This document has 200,002 elements, more than the 200,000 the analysis keeps: only well-formedness was checked/);
  assert.equal(analysis.units[0].root.children.length, 0, 'no tree is kept');
  // Embedded profiles share the budget: the block that would pass it, and those after it, are only checked for
  // well-formedness.
  const block = `ProfileXML : <VPNProfile><AlwaysOn>True</AlwaysOn>${'<a/>'.repeat(MAX_TREE_ELEMENTS / 4)}</VPNProfile>\n`;
  const blocks = analyzeDocument(block.repeat(6));
  assert.equal(blocks.units.length, 3);
  assert.equal(blocks.findings.filter((f) => f.ruleId === 'profile/lowercase-true-required').length, 3);
  assert.match(blocks.findings.find((f) => f.ruleId === 'aovpn/size-limit')!.message, /holds 6 profiles .* the first 3 were analysed in full; from this one on, the other 3/);
});

test('limitFindings applies the same limits to findings made outside the analysis', () => {
  const finding = (ruleId: string, start: number): Finding => ({ ruleId, severity: 'warning', message: 'm', range: { start, end: start + 1 } });
  const many = [...Array.from({ length: MAX_FINDINGS_PER_RULE + 30 }, (_, i) => finding('cert/a', 10 * i)), ...Array.from({ length: 5 }, (_, i) => finding('cert/b', 10 * i + 5))];
  const limited = limitFindings(many);
  assert.equal(limited.filter((f) => f.ruleId === 'cert/a').length, MAX_FINDINGS_PER_RULE);
  assert.equal(limited.filter((f) => f.ruleId === 'cert/b').length, 5);
  assert.deepEqual(
    limited.filter((f) => f.ruleId === 'aovpn/finding-limit').map((f) => [f.message, f.range.start]),
    [['`cert/a` found 30 more problems in this document after this one; only the first 1,000 are listed.', 10 * (MAX_FINDINGS_PER_RULE - 1)]],
  );
  const spread = Array.from({ length: 8 }, (_, r) => Array.from({ length: MAX_FINDINGS_PER_RULE }, (_, i) => finding(`cert/r${r}`, 8 * i + r))).flat();
  const cut = limitFindings(spread);
  assert.equal(cut.filter((f) => f.ruleId !== 'aovpn/finding-limit').length, MAX_FINDINGS_PER_DOCUMENT);
  assert.ok(cut.some((f) => /^This document has 3,000 more findings after this one/.test(f.message)));
  assert.deepEqual(
    limitFindings([finding('cert/a', 3), finding('cert/b', 1)]).map((f) => f.ruleId),
    ['cert/b', 'cert/a'],
  );
});
