import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, type AnalysisOptions } from '../analysis';
import { eapDocument, tlsEapType } from '../eap/rules/examples';
import { UNUSED_SUPPRESSION_RULE } from '../rules/coreRules';
import { applyEdits, fixAllEdits } from './codeActions';
import { suppressionQuickFixes } from './suppressionActions';
import { MAX_DIRECTIVES, parseSuppressions, withoutSuppressed, Suppressions } from './suppressions';

const UNKNOWN = 'profile/unknown-element';
const LOWERCASE = 'profile/lowercase-true-required';

/** A profile with two errors of two rules on two lines. */
const body = (before = '', middle = '') =>
  `<VPNProfile>\n${before}  <Unknown>x</Unknown>\n${middle}  <AlwaysOn>True</AlwaysOn>\n  <TrustedNetworkDetection>corp.example</TrustedNetworkDetection>\n  <NativeProfile><NativeProtocolType>IKEv2</NativeProtocolType></NativeProfile>\n</VPNProfile>\n`;
const ids = (text: string, options?: AnalysisOptions) => analyzeDocument(text, options).findings.map((f) => f.ruleId);

test('the control profile reports both rules', () => {
  const found = ids(body());
  assert.ok(found.includes(UNKNOWN) && found.includes(LOWERCASE), found.join());
});

test('disable-next-line hides the named rule on the next line only', () => {
  const text = body(`  <!-- aovpn-disable-next-line ${UNKNOWN} - a vendor extension -->\n`);
  const found = ids(text);
  assert.ok(!found.includes(UNKNOWN), found.join());
  assert.ok(found.includes(LOWERCASE));
  assert.ok(!found.includes(UNUSED_SUPPRESSION_RULE.id), 'the suppression was used');
  // The same comment one line too high hides nothing, and says so.
  const misplaced = analyzeDocument(body(`  <!-- aovpn-disable-next-line ${UNKNOWN} -->\n\n`));
  assert.ok(misplaced.findings.some((f) => f.ruleId === UNKNOWN));
  const unused = misplaced.findings.find((f) => f.ruleId === UNUSED_SUPPRESSION_RULE.id);
  assert.ok(unused);
  assert.equal(unused.severity, 'hint');
  assert.equal(unused.unnecessary, true);
  assert.equal(misplaced.text.slice(unused.range.start, unused.range.end), UNKNOWN);
  assert.match(unused.message, /hides no finding of `profile\/unknown-element` on the next line/);
});

test('a list of rules, a family and no rule at all', () => {
  assert.ok(!ids(body('', `  <!-- aovpn-disable-next-line ${UNKNOWN}, ${LOWERCASE} -->\n`)).includes(LOWERCASE));
  const family = ids(body(`  <!-- aovpn-disable-next-line profile/* -->\n`));
  assert.ok(!family.includes(UNKNOWN) && family.includes(LOWERCASE));
  const all = ids(body('', `  <!-- aovpn-disable-next-line -->\n`));
  assert.ok(!all.some((id) => id.startsWith('profile/lowercase') || id.startsWith('profile/always-on')) && all.includes(UNKNOWN), all.join());
});

test('aovpn-disable hides to the end of the document, aovpn-enable ends it', () => {
  const toEnd = ids(`<!-- aovpn-disable ${LOWERCASE}, ${UNKNOWN} -->\n${body()}`);
  assert.ok(!toEnd.includes(UNKNOWN) && !toEnd.includes(LOWERCASE) && !toEnd.includes(UNUSED_SUPPRESSION_RULE.id), toEnd.join());
  const ended = ids(body(`  <!-- aovpn-disable ${UNKNOWN} -->\n`, `  <!-- aovpn-enable ${UNKNOWN} -->\n  <Unknown2/>\n`));
  assert.equal(ended.filter((id) => id === UNKNOWN).length, 1, ended.join());
  // An enable ends only the patterns it names.
  const partly = ids(body(`  <!-- aovpn-disable ${UNKNOWN}, ${LOWERCASE} -->\n`, `  <!-- aovpn-enable ${UNKNOWN} -->\n  <Unknown2/>\n`));
  assert.equal(partly.filter((id) => id === UNKNOWN).length, 1, partly.join());
  assert.ok(!partly.includes(LOWERCASE) && !partly.includes(UNUSED_SUPPRESSION_RULE.id), partly.join());
  // Before the comment nothing is hidden.
  assert.ok(ids(body('', `  <!-- aovpn-disable ${UNKNOWN} -->\n`)).includes(UNKNOWN));
});

test('an unknown rule or a rule the settings turn off', () => {
  const typo = analyzeDocument(body(`  <!-- aovpn-disable-next-line profile/unknown-elements -->\n`)).findings.find((f) => f.ruleId === UNUSED_SUPPRESSION_RULE.id);
  assert.match(typo?.message ?? '', /There is no rule `profile\/unknown-elements`/);
  const off = ids(body(`  <!-- aovpn-disable-next-line profile/connection-type -->\n`), { rules: { 'profile/connection-type': 'off' } });
  assert.ok(!off.includes(UNUSED_SUPPRESSION_RULE.id), 'nothing could have shown: nothing to report');
  // cert/ findings come from the workspace: not judged here.
  assert.ok(!ids(body(`  <!-- aovpn-disable-next-line cert/expired -->\n`)).includes(UNUSED_SUPPRESSION_RULE.id));
});

test('the unused-suppression fix removes the comment, or only the unused rule of a list', () => {
  const text = body(`  <!-- aovpn-disable-next-line profile/nothing-here -->\n`);
  const unused = analyzeDocument(text).findings.find((f) => f.ruleId === UNUSED_SUPPRESSION_RULE.id)!;
  assert.equal(unused.fixes?.[0].kind, 'suggestion');
  assert.equal(applyEdits(text, unused.fixes![0].edits), body(`  \n`));
  const listed = body(`  <!-- aovpn-disable-next-line ${LOWERCASE}, ${UNKNOWN} -->\n`);
  const one = analyzeDocument(listed).findings.find((f) => f.ruleId === UNUSED_SUPPRESSION_RULE.id)!;
  assert.equal(listed.slice(one.range.start, one.range.end), LOWERCASE);
  assert.equal(one.fixes![0].title, `Remove ${LOWERCASE} from the suppression comment`);
  assert.equal(applyEdits(listed, one.fixes![0].edits), body(`  <!-- aovpn-disable-next-line ${UNKNOWN} -->\n`));
  assert.deepEqual(
    fixAllEdits(analyzeDocument(text).findings).filter((e) => e.newText === ''),
    [],
    'never in fix-all',
  );
});

test('inlineConfig: false ignores every suppression comment', () => {
  const text = body(`  <!-- aovpn-disable-next-line ${UNKNOWN} -->\n`, '  <!-- aovpn-disable-next-line profile/nothing -->\n');
  const found = ids(text, { inlineConfig: false });
  assert.ok(found.includes(UNKNOWN) && !found.includes(UNUSED_SUPPRESSION_RULE.id));
});

test("ESLint's ` -- reason` still suppresses, and XML's ban on `--` in comments is still reported", () => {
  const found = ids(body(`  <!-- aovpn-disable-next-line ${UNKNOWN} -- reason -->\n`));
  assert.ok(!found.includes(UNKNOWN));
  assert.ok(found.includes('xml/double-hyphen-in-comment'));
});

test('a comment in escaped XML inside SyncML, in CDATA, and in a PowerShell here-string', () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const syncml = (data: string) => `<SyncML><SyncBody><Replace><Item><Data>${data}</Data></Item></Replace></SyncBody></SyncML>\n`;
  const escaped = syncml(escape(body(`  <!-- aovpn-disable-next-line ${UNKNOWN} -->\n`)));
  assert.ok(ids(syncml(escape(body()))).includes(UNKNOWN), 'control');
  assert.ok(!ids(escaped).includes(UNKNOWN), ids(escaped).join());
  const cdata = syncml(`<![CDATA[${body(`  <!-- aovpn-disable-next-line ${UNKNOWN} -->\n`)}]]>`);
  assert.ok(!ids(cdata).includes(UNKNOWN) && ids(cdata).includes(LOWERCASE));
  const script = `$xml = @'\n${body(`  <!-- aovpn-disable-next-line ${UNKNOWN} -->\n`)}'@\n`;
  const inScript = ids(script, { language: 'powershell' });
  assert.ok(!inScript.includes(UNKNOWN) && inScript.includes(LOWERCASE), inScript.join());
});

test('quick fixes: disable for this line and for this file, suggestions whose result hides the finding', () => {
  const text = body();
  const analysis = analyzeDocument(text);
  const finding = analysis.findings.find((f) => f.ruleId === UNKNOWN)!;
  const fixes = suppressionQuickFixes(analysis, analysis.findings, finding.range);
  assert.deepEqual(
    fixes.map((f) => [f.title, f.kind]),
    [
      [`Disable ${UNKNOWN} for this line`, 'suggestion'],
      [`Disable ${UNKNOWN} for this file`, 'suggestion'],
    ],
  );
  assert.equal(applyEdits(text, fixes[0].edits), body(`  <!-- aovpn-disable-next-line ${UNKNOWN} -->\n`));
  assert.equal(applyEdits(text, fixes[1].edits), `<!-- aovpn-disable ${UNKNOWN} -->\n${text}`);
  for (const fix of fixes) {
    const after = ids(applyEdits(text, fix.edits));
    assert.ok(!after.includes(UNKNOWN) && !after.includes(UNUSED_SUPPRESSION_RULE.id), after.join());
  }
  // A second rule on a line that already has a directive joins it.
  const withOne = body('', `  <!-- aovpn-disable-next-line profile/always-on-without-trusted-network -->\n`);
  const again = analyzeDocument(withOne);
  const lower = again.findings.find((f) => f.ruleId === LOWERCASE)!;
  const line = suppressionQuickFixes(again, again.findings, lower.range).find((f) => f.title === `Disable ${LOWERCASE} for this line`)!;
  assert.equal(applyEdits(withOne, line.edits), body('', `  <!-- aovpn-disable-next-line profile/always-on-without-trusted-network, ${LOWERCASE} -->\n`));
});

test('quick fixes in escaped SyncML write an escaped comment, inside the embedded profile', () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const text = `<SyncML><Data>${escape(body())}</Data></SyncML>\n`;
  const analysis = analyzeDocument(text);
  const finding = analysis.findings.find((f) => f.ruleId === UNKNOWN)!;
  const fixes = suppressionQuickFixes(analysis, analysis.findings, finding.range);
  assert.equal(fixes.length, 2);
  for (const fix of fixes) {
    assert.match(fix.edits[0].newText, /^&lt;!-- aovpn-disable(-next-line)? profile\/unknown-element --&gt;/);
    const after = analyzeDocument(applyEdits(text, fix.edits));
    assert.equal(after.kind, 'profile', 'the profile is still found');
    assert.ok(!after.findings.some((f) => f.ruleId === UNKNOWN || f.ruleId === UNUSED_SUPPRESSION_RULE.id), fix.title);
  }
});

test('parseSuppressions: ranges of patterns, and withoutSuppressed for findings made elsewhere', () => {
  const text = '<a>\n<!-- aovpn-disable-next-line cert/expired, cert/* - because -->\n<b/>\n</a>';
  const [directive] = parseSuppressions(text);
  assert.equal(directive.kind, 'disable-next-line');
  assert.deepEqual(
    directive.patterns.map((p) => text.slice(p.range.start, p.range.end)),
    ['cert/expired', 'cert/*'],
  );
  assert.equal(text.slice(directive.covers.start, directive.covers.end), '<b/>\n');
  const at = text.indexOf('<b/>');
  const kept = withoutSuppressed(
    [
      { ruleId: 'cert/expired', range: { start: at, end: at + 4 } },
      { ruleId: 'cert/expired', range: { start: 0, end: 2 } },
    ],
    new Suppressions(parseSuppressions(text)),
  );
  assert.deepEqual(
    kept.map((f) => f.range.start),
    [0],
  );
  assert.deepEqual(parseSuppressions('<a><!-- aovpn-disabled x --></a>'), [], 'a near miss is not a directive');
});

test('hostile input: unterminated directives and thousands of them stay cheap and bounded', () => {
  const unterminated = `<VPNProfile>${'<!-- aovpn-disable x '.repeat(20_000)}</VPNProfile>`;
  assert.deepEqual(parseSuppressions(unterminated), []);
  const many = `<VPNProfile>\n${'<!-- aovpn-disable-next-line profile/x -->\n<A/>\n'.repeat(5_000)}</VPNProfile>`;
  assert.equal(parseSuppressions(many).length, MAX_DIRECTIVES);
  const analysis = analyzeDocument(many);
  assert.ok(analysis.findings.length > 0);
});

test('EAP escaped in the <Configuration> of a profile escaped in SyncML: comments escaped twice are read and written', () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const eap = eapDocument(tlsEapType({ serverNames: 'nps1.example.net; nps2.example.net' })).replace(/^<\?xml[^>]*\?>\s*/, '');
  const profile = `<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.org</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <Authentication>\n      <UserMethod>Eap</UserMethod>\n      <Eap><Configuration>${escape(eap)}</Configuration></Eap>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>`;
  const text = `<SyncML><SyncBody><Add><Item><Data>${escape(profile)}</Data></Item></Add></SyncBody></SyncML>\n`;
  const analysis = analyzeDocument(text);
  const SEPARATOR = 'eap/server-names-separator';
  const finding = analysis.findings.find((f) => f.ruleId === SEPARATOR);
  assert.ok(finding, analysis.findings.map((f) => f.ruleId).join());
  const fixes = suppressionQuickFixes(analysis, analysis.findings, finding.range).filter((fix) => fix.title.includes(SEPARATOR));
  assert.ok(fixes.length > 0, 'at least the file-wide comment');
  for (const fix of fixes) {
    assert.match(fix.edits[0].newText, /^&amp;lt;!-- aovpn-disable(-next-line)? eap\/server-names-separator --&amp;gt;/, fix.title);
    const after = analyzeDocument(applyEdits(text, fix.edits));
    const ids = after.findings.map((f) => f.ruleId);
    assert.ok(!ids.includes(SEPARATOR) && !ids.includes(UNUSED_SUPPRESSION_RULE.id) && !ids.some((id) => id.startsWith('xml/')), `${fix.title}: ${ids.join()}`);
  }
});

test('quick fixes in a PowerShell here-string write the comment inside the string', () => {
  const script = `$xml = @'\n${body()}'@\nWrite-Output $xml\n`;
  const analysis = analyzeDocument(script, { language: 'powershell' });
  const finding = analysis.findings.find((f) => f.ruleId === UNKNOWN)!;
  const fixes = suppressionQuickFixes(analysis, analysis.findings, finding.range).filter((f) => f.title.includes(UNKNOWN));
  assert.deepEqual(
    fixes.map((f) => f.title),
    [`Disable ${UNKNOWN} for this line`, `Disable ${UNKNOWN} for this file`],
  );
  for (const fix of fixes) {
    const fixed = applyEdits(script, fix.edits);
    assert.ok(fixed.startsWith("$xml = @'\n") && fixed.endsWith("'@\nWrite-Output $xml\n"), 'the script around is unchanged');
    const after = ids(fixed, { language: 'powershell' });
    assert.ok(!after.includes(UNKNOWN) && !after.includes(UNUSED_SUPPRESSION_RULE.id) && after.includes(LOWERCASE), `${fix.title}: ${after.join()}`);
  }
});

test('a text that only quotes the syntax (no profile analysed) gets no unused-suppression hint', () => {
  assert.deepEqual(ids('Notes: write <!-- aovpn-disable-next-line profile/foo --> above the line.\n'), []);
});
