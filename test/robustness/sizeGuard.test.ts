// The size guard (maxAnalysisSize): past it a document is only checked for well-formedness, with the same XML
// findings as a full analysis, one aovpn/size-limit note, and no element tree kept (memory does not grow with the
// document; the benchmark measures it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analysis';
import type { Finding } from '../../server/src/core/types';
import { corpus, prng } from './corpus';

const xmlFindings = (findings: readonly Finding[]) => findings.filter((f) => f.ruleId.startsWith('xml/')).map((f) => `${f.ruleId}@${f.range.start}-${f.range.end}`);

test('size guard: the same well-formedness findings as a full analysis, one size note, no tree', () => {
  const FRAGMENTS = ['<', '</', '&', '"', '<Route>', '</Route>', '<!--', ']]>', ' a="1" a="2"', '<p:x/>'];
  let compared = 0;
  corpus().forEach((source, index) => {
    const random = prng(0x512e + index);
    for (let k = 0; k < 30; k++) {
      let text = source.text;
      for (let m = 0; m < k % 4; m++) {
        const at = Math.floor(random() * text.length);
        text = text.slice(0, at) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] + text.slice(at + Math.floor(random() * 10));
      }
      // Text documents with embedded XML are parsed per block, and profiles inside other XML are found by their
      // text past the guard (the second test): compare documents whose root is the profile or EAP configuration.
      if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*<(VPNProfile|EapHostConfig)[\s>]/.test(text)) continue;
      const full = analyzeDocument(text, { maxAnalysisSize: Infinity });
      const limited = analyzeDocument(text, { maxAnalysisSize: 10 });
      assert.equal(limited.limited, true);
      const where = `${source.name} variant ${k}`;
      assert.deepEqual(xmlFindings(limited.findings), xmlFindings(full.findings), `${where}: XML findings`);
      const notes = limited.findings.filter((f) => f.ruleId === 'aovpn/size-limit');
      assert.equal(notes.length, full.units.length ? 1 : 0, `${where}: one size note when there is something to analyse`);
      assert.deepEqual(
        limited.findings.filter((f) => !f.ruleId.startsWith('xml/') && f.ruleId !== 'aovpn/size-limit').map((f) => f.ruleId),
        [],
        `${where}: no rule ran`,
      );
      for (const unit of limited.units) assert.equal(unit.root.children.length, 0, `${where}: no element tree is kept`);
      compared++;
    }
  });
  assert.ok(compared > 250, `${compared} documents compared`);
});

test('size guard: a big SyncML document with an embedded profile still gets its note', () => {
  const profile = `<VPNProfile><AlwaysOn>True</AlwaysOn>${'<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'.repeat(2_000)}</VPNProfile>`;
  const escaped = profile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const data of [escaped, `<![CDATA[${profile}]]>`, profile]) {
    const text = `<SyncML><SyncBody><Replace><Item><Data>${data}</Data></Item></Replace></SyncBody></SyncML>`;
    const analysis = analyzeDocument(text, { maxAnalysisSize: 1000 });
    assert.deepEqual(
      analysis.findings.map((f) => f.ruleId),
      ['aovpn/size-limit'],
    );
    assert.equal(analysis.findings[0].range.start, 1, 'on the root element name');
    assert.ok(
      analyzeDocument(text).findings.some((f) => f.ruleId === 'profile/lowercase-true-required'),
      'under the default guard it is analysed',
    );
  }
  assert.deepEqual(analyzeDocument(`<project>${'<a>x</a>'.repeat(1000)}</project>`, { maxAnalysisSize: 100 }).findings, [], 'other XML is left alone');
});
