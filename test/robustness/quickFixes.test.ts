// Every quick fix offered anywhere in the corpus (samples, fixtures, crafted broken documents): applying it
// leaves the XML at least as well-formed as before, removes the finding it was offered for, changes nothing outside
// its edits; fix-all does the same for all preferred fixes at once, and a second fix-all pass changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analysis';
import { applyEdits, fixAll } from '../../server/src/core/features/codeActions';
import type { Finding, TextEdit, TextRange } from '../../server/src/core/types';
import { corpus, type CorpusDocument } from './corpus';
import { checkEdits } from './languageService';

const xmlErrors = (findings: readonly Finding[]) => findings.filter((f) => f.ruleId.startsWith('xml/')).length;

/** Applies non-overlapping edits by rebuilding the text from the untouched segments and the new texts. */
function rebuild(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.range.start) + edit.newText;
    at = edit.range.end;
  }
  return out + text.slice(at);
}

/** Where an offset of the old text ends up after the edits (inside a replaced range: clamped into the new text). */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const edit of edits) {
    if (edit.range.end <= offset && !(edit.range.start === edit.range.end && edit.range.start === offset)) {
      delta += edit.newText.length - (edit.range.end - edit.range.start);
    } else if (edit.range.start < offset) {
      return edit.range.start + delta + Math.min(offset - edit.range.start, edit.newText.length);
    }
  }
  return offset + delta;
}

function mapRange(range: TextRange, edits: readonly TextEdit[]): TextRange {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  return { start: mapOffset(range.start, sorted), end: mapOffset(range.end, sorted) };
}

/**
 * Two ranges are at the same place when they share characters, or when an empty one sits strictly inside the other
 * (or both are the same point). A deletion leaves an empty place: what starts there is the next construct.
 */
const samePlace = (a: TextRange, b: TextRange) =>
  a.start === a.end && b.start === b.end
    ? a.start === b.start
    : a.start === a.end
      ? b.start < a.start && a.start < b.end
      : b.start === b.end
        ? a.start < b.start && b.start < a.end
        : a.start < b.end && b.start < a.end;

export interface Checked {
  fixes: number;
  findings: number;
  problems: string[];
}

export function checkDocument(source: CorpusDocument, checked: Checked): void {
  const text = source.text;
  const analysis = analyzeDocument(text);
  const before = xmlErrors(analysis.findings);
  analysis.findings.forEach((finding, index) => {
    if (!finding.fixes?.length) return;
    checked.findings++;
    for (const fix of finding.fixes) {
      checked.fixes++;
      const where = `${source.name}: ${finding.ruleId} at ${finding.range.start}-${finding.range.end} ("${text.slice(finding.range.start, finding.range.end).slice(0, 40)}"), fix "${fix.title}"`;
      checkEdits(fix.edits, text.length, where);
      const after = applyEdits(text, fix.edits);
      // Nothing changes outside the edits' ranges: the result is the untouched segments plus the new texts.
      assert.equal(after, rebuild(text, fix.edits), `${where}: the text changed outside the edits`);
      assert.notEqual(after, text, `${where}: the fix changes nothing`);
      const findingsAfter = analyzeDocument(after).findings;
      const errorsAfter = xmlErrors(findingsAfter);
      if (errorsAfter > before) {
        checked.problems.push(
          `${where}: XML errors ${before} -> ${errorsAfter}: ${findingsAfter
            .filter((f) => f.ruleId.startsWith('xml/'))
            .map((f) => `${f.ruleId}@${f.range.start}`)
            .join(', ')}`,
        );
      }
      // The finding is gone from its place: no more findings of its rule there than other findings of the rule
      // that move there.
      const place = mapRange(finding.range, fix.edits);
      const same = (f: Finding) => f.ruleId === finding.ruleId;
      const others = analysis.findings.filter((f, i) => i !== index && same(f) && samePlace(mapRange(f.range, fix.edits), place)).length;
      const remaining = findingsAfter.filter((f) => same(f) && samePlace(f.range, place));
      if (remaining.length > others) {
        checked.problems.push(`${where}: still reported after the fix at ${place.start}-${place.end}: ${remaining.map((f) => f.message).join(' | ')}`);
      }
    }
  });
}

export function checkFixAll(source: CorpusDocument, problems: string[]): number {
  const text = source.text;
  const analyse = (t: string) => analyzeDocument(t).findings;
  const findings = analyse(text);
  // Fix-all as --fix and source.fixAll.aovpn run it: rounds of safe fixes until none is left.
  const { edits, text: once, applied } = fixAll(text, findings, analyse);
  if (edits.length === 0) return 0;
  checkEdits(edits, text.length, `${source.name}: fix-all`);
  assert.equal(once, applyEdits(text, edits), `${source.name}: fix-all's edits do not give its text`);
  assert.equal(once, rebuild(text, edits), `${source.name}: fix-all changed text outside its edits`);
  const findingsOnce = analyse(once);
  if (xmlErrors(findingsOnce) > xmlErrors(findings)) problems.push(`${source.name}: fix-all raised the XML errors from ${xmlErrors(findings)} to ${xmlErrors(findingsOnce)}`);
  const again = fixAll(once, findingsOnce, analyse);
  if (again.text !== once) {
    problems.push(
      `${source.name}: a second fix-all still changes the text: ${again.edits.map((e) => `${JSON.stringify(once.slice(e.range.start, e.range.end))} -> ${JSON.stringify(e.newText)}`).join('; ')}`,
    );
  }
  return applied;
}

test('quick fixes: every fix in the corpus keeps the XML well-formed, removes its finding and edits only its ranges', () => {
  const checked: Checked = { fixes: 0, findings: 0, problems: [] };
  for (const source of corpus()) checkDocument(source, checked);
  assert.ok(checked.fixes >= 20, `only ${checked.fixes} fixes in the corpus`);
  assert.deepEqual(checked.problems, [], `${checked.problems.length} of ${checked.fixes} fixes misbehave:\n${checked.problems.join('\n')}`);
});

test('quick fixes: fix-all is safe and idempotent on every corpus document', () => {
  const problems: string[] = [];
  let edits = 0;
  for (const source of corpus()) edits += checkFixAll(source, problems);
  assert.ok(edits >= 10, `only ${edits} fix-all edits in the corpus`);
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('quick fixes: a child added to a self-closing parent goes inside it', () => {
  for (const name of ['crafted/self-closing-authentication', 'crafted/self-closing-native-profile']) {
    const text = corpus().find((d) => d.name === name)!.text;
    const inserting = analyzeDocument(text).findings.filter((f) => f.ruleId === 'profile/device-tunnel-authentication' || f.ruleId === 'profile/routing-policy-missing');
    assert.ok(inserting.length > 0, `${name}: a rule offers to add a child element`);
    for (const finding of inserting) {
      for (const fix of finding.fixes ?? []) {
        const after = applyEdits(text, fix.edits);
        const added = /<(MachineMethod|RoutingPolicyType)>[^<]*<\/\1>/.exec(fix.edits[0].newText)![0];
        const parent = finding.ruleId === 'profile/device-tunnel-authentication' ? 'Authentication' : 'NativeProfile';
        assert.match(after, new RegExp(`<${parent}\\s*>\\s*${added.replace(/[/]/g, '\\/')}\\s*</${parent}>`), `${name}: ${fix.title}\n${after}`);
        assert.equal(xmlErrors(analyzeDocument(after).findings), 0, `${name}: ${fix.title} leaves well-formed XML`);
      }
    }
  }
});

test('quick fixes: end tags are inserted only where they close their element; no &lt; fix for a < that cut a tag short', () => {
  const fixesOf = (name: string) => analyzeDocument(corpus().find((d) => d.name === name)!.text).findings.filter((f) => f.ruleId === 'xml/unclosed-element');
  const inComment = fixesOf('crafted/ends-in-comment');
  assert.deepEqual(
    inComment.map((f) => f.fixes?.length ?? 0),
    [0, 0],
    'the document ends inside a comment',
  );
  // Each unclosed element's fix also closes what is still open inside it, innermost first, so that `</Eap>` closes
  // the outer <Eap> and not the inner one of the same name.
  const nested = fixesOf('crafted/nested-same-name-unclosed');
  const eap = nested.filter((f) => f.message.startsWith('`<Eap>`'));
  assert.deepEqual(
    eap.map((f) => f.fixes![0].edits[0].newText),
    ['</Eap></Config></EapHostConfig></Configuration></Eap>', '</Eap>'],
  );
  const escapes = analyzeDocument(corpus().find((d) => d.name === 'crafted/lt-after-unfinished-tag')!.text).findings.filter((f) => f.ruleId === 'xml/unescaped-less-than');
  assert.deepEqual(
    escapes.map((f) => f.fixes?.length ?? 0),
    [0, 0, 1],
    'only the < in text gets the &lt; fix',
  );
});

test('quick fixes: the Conditional Access EKU block is not appended inside an unclosed last child', () => {
  const profile = (serverValidation: string) => `<VPNProfile>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <Authentication>
      <UserMethod>Eap</UserMethod>
      <Eap><Configuration>
        <EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
          <EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type><VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId><VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType><AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId></EapMethod>
          <Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
            <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">
              <Type>13</Type>
              <EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1">
                <CredentialsSource><CertificateStore><SimpleCertSelection>true</SimpleCertSelection></CertificateStore></CredentialsSource>
                ${serverValidation}
              </EapType>
            </Eap>
          </Config>
        </EapHostConfig>
      </Configuration></Eap>
    </Authentication>
  </NativeProfile>
  <DeviceCompliance><Enabled>true</Enabled></DeviceCompliance>
</VPNProfile>`;
  const validation =
    '<ServerValidation><DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation><ServerNames>nps.contoso.com</ServerNames><TrustedRootCA>5a89fecb5b043b050c5d1e8afc7f2a767d9d0cc4</TrustedRootCA>';
  const finding = (text: string) => analyzeDocument(text).findings.find((f) => f.ruleId === 'eap/conditional-access-eku-missing')!;
  const closed = profile(`${validation}</ServerValidation>`);
  const fixed = applyEdits(closed, finding(closed).fixes![0].edits);
  assert.equal(finding(fixed), undefined, 'the fix adds the EKU requirement');
  assert.match(fixed, /<\/ServerValidation>\s*<TLSExtensions /, 'after the last child, not inside it');
  assert.ok(finding(profile(validation)), 'still reported with ServerValidation unclosed');
  assert.equal(finding(profile(validation)).fixes, undefined, 'but without a fix that would land inside <ServerValidation>');
});
