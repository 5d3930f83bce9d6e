// Drives the core's language service the way the server does for one document version: analysis, then hover,
// completion, quick fixes, fix-all, symbols, folding and inlay hints at given offsets; checks that every range stays
// inside the document and that nothing takes longer than a bound proportional to the input.
import assert from 'node:assert/strict';
import { analyzeDocument, type Analysis, type AnalysisOptions } from '../../server/src/core/analysis';
import type { OutlineSymbol } from '../../server/src/core/features/outline';
import { fixAllAnalysisBudget } from '../../server/src/core/features/codeActions';
import { getLanguageService } from '../../server/src/core/service';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from '../../server/src/core/settings';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { assertRange } from './corpus';

/**
 * Hang detection, not speed targets (those are in `npm run bench`): bounds proportional to the input, 5 to 1000
 * times the typical figures so that a loaded 2-core machine passes, yet anything quadratic in the document size
 * (the defects these tests found took 10 s to 8 minutes) fails on the larger inputs.
 */
export const ANALYSIS_BOUND = (length: number) => 2000 + length * 0.008;
export const FEATURE_BOUND = (length: number) => 1000 + length * 0.002;

function timed<T>(what: string, bound: number, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  assert.ok(elapsed <= bound, `${what} took ${elapsed.toFixed(0)} ms, more than the bound of ${bound.toFixed(0)} ms`);
  return result;
}

export function checkEdits(edits: readonly TextEdit[], length: number, what: string): void {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  sorted.forEach((edit, i) => {
    assertRange(edit.range, length, `${what} edit ${i}`);
    assert.equal(typeof edit.newText, 'string', `${what} edit ${i}: newText`);
    if (i > 0) assert.ok(sorted[i - 1].range.end <= edit.range.start, `${what}: edits overlap: ${JSON.stringify(sorted[i - 1].range)} and ${JSON.stringify(edit.range)}`);
  });
}

export function analyse(text: string, what: string, options?: AnalysisOptions): Analysis {
  const analysis = timed(`${what}: analysis of ${text.length} characters`, ANALYSIS_BOUND(text.length), () => analyzeDocument(text, options));
  checkFindings(analysis.findings, text.length, what);
  return analysis;
}

function checkFindings(findings: readonly Finding[], length: number, what: string): void {
  for (const finding of findings) {
    const label = `${what}: ${finding.ruleId}`;
    assertRange(finding.range, length, label);
    assert.ok(finding.message.length > 0, `${label}: empty message`);
    for (const related of finding.related ?? []) assertRange(related.range, length, `${label} related`);
    for (const fix of finding.fixes ?? []) checkEdits(fix.edits, length, `${label} fix "${fix.title}"`);
  }
}

function checkSymbols(symbols: readonly OutlineSymbol[], length: number, what: string, depth = 0): void {
  for (const symbol of symbols) {
    assertRange(symbol.range, length, `${what}: symbol ${symbol.name}`);
    assertRange(symbol.selectionRange, length, `${what}: symbol ${symbol.name} selection`);
    if (depth < 200) checkSymbols(symbol.children ?? [], length, what, depth + 1);
  }
}

/** Every feature of the server on one document version, at the given offsets. */
export function exercise(text: string, offsets: readonly number[], what: string, options?: AnalysisOptions): Analysis {
  const length = text.length;
  const bound = FEATURE_BOUND(length);
  const service = getLanguageService();
  const settings: DocumentSettings = {
    ...DEFAULT_DOCUMENT_SETTINGS,
    rules: options?.rules ?? {},
    maxAnalysisSize: options?.maxAnalysisSize ?? DEFAULT_DOCUMENT_SETTINGS.maxAnalysisSize,
    codes: { inlayHints: true },
  };
  const document = { uri: 'file:///exercise', version: 1, languageId: options?.language ?? 'xml', getText: () => text };
  const analysis = timed(`${what}: analysis of ${length} characters`, ANALYSIS_BOUND(length), () => service.analysis(document, settings));
  checkFindings(
    timed(`${what}: findings with the workspace's`, bound, () => service.findings(document, settings)),
    length,
    what,
  );
  for (const offset of offsets) {
    const at = `${what} @${offset}`;
    const hover = timed(`${at}: hover`, bound, () => service.hover(document, offset, settings));
    if (hover) {
      assertRange(hover.range, length, `${at}: hover`);
      assert.ok(hover.markdown.length > 0, `${at}: empty hover`);
    }
    const completions = timed(`${at}: completion`, bound, () => service.completion(document, offset, settings));
    for (const entry of completions) {
      assertRange(entry.replace, length, `${at}: completion ${entry.label}`);
      assert.ok(entry.label.length > 0, `${at}: completion without label`);
    }
    const fixes = timed(`${at}: quick fixes`, bound, () => service.quickFixes(document, { start: offset, end: offset }, settings));
    for (const fix of fixes) checkEdits(fix.edits, length, `${at}: quick fix "${fix.title}"`);
  }
  // Fix-all verifies its rounds by analysing again, within a budget of analyses: bounded by that many analyses.
  const fixAllBound = bound + fixAllAnalysisBudget(length) * ANALYSIS_BOUND(length);
  checkEdits(
    timed(`${what}: fix-all`, fixAllBound, () => service.fixAll(document, settings)),
    length,
    `${what}: fix-all`,
  );
  checkSymbols(
    timed(`${what}: symbols`, bound, () => service.documentSymbols(document, settings)),
    length,
    what,
  );
  for (const range of timed(`${what}: folding`, bound, () => service.foldingRanges(document, settings))) assertRange(range, length, `${what}: folding range`);
  for (const hint of timed(`${what}: inlay hints`, bound, () => service.inlayHints(document, { start: 0, end: length }, settings))) {
    assert.ok(hint.offset >= 0 && hint.offset <= length, `${what}: inlay hint at ${hint.offset}`);
  }
  return analysis;
}
