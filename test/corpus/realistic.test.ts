// Our own realistic corpus (test/corpus/realistic, see its README): documents in the shapes administrators publish,
// each with a sidecar `<name>.expected.json` that lists the error and warning findings that are right for it. Every
// document must produce exactly those, apart from the known deviations below; a fixed deviation fails the test
// until its entry is removed, so the lists only shrink.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/core/analysis';
import { languageOfFile } from '../../server/src/core/documents/powershell';
import { allRules } from '../../server/src/core/rules/registry';
import { decodeText } from '../../server/src/core/text/encoding';
import { LineIndex } from '../../server/src/core/text/lineIndex';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'realistic');
const SIDECAR_SUFFIX = '.expected.json';

interface ExpectedFinding {
  readonly ruleId: string;
  /** 1-based line of the finding's start. */
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly reason: string;
  readonly source: string;
  /** The rule does not exist yet; the ID is the one proposed for it. */
  readonly proposedRule?: boolean;
}

interface Sidecar {
  readonly description: string;
  readonly valid: boolean;
  readonly defects?: readonly { readonly defect: string; readonly why: string; readonly source: string }[];
  readonly expected: readonly ExpectedFinding[];
  readonly notes?: string;
}

interface Located {
  readonly ruleId: string;
  readonly line: number;
}

/**
 * Why a group of error/warning findings is wrong, with the source that says so. None is left (see the README for
 * the patterns removed); a new false alarm gets its pattern here with its first entry below.
 */
const FALSE_ALARM_PATTERNS: Readonly<Record<string, { readonly reason: string; readonly source: string }>> = {};

type PatternId = keyof typeof FALSE_ALARM_PATTERNS;

/** Error/warning findings the product reports today that are wrong. */
const KNOWN_FALSE_ALARMS: readonly (Located & { readonly file: string; readonly pattern: PatternId })[] = [];

/** Expected findings the product does not report today. */
const KNOWN_MISSES: readonly (Located & { readonly file: string; readonly gap: string })[] = [];

function corpusDocuments(): string[] {
  return fs
    .readdirSync(CORPUS)
    .filter((name) => !name.startsWith('.') && !name.endsWith(SIDECAR_SUFFIX) && name !== 'README.md')
    .sort();
}

function sidecarName(document: string): string {
  return document.replace(/\.[^.]+$/, '') + SIDECAR_SUFFIX;
}

function readSidecar(document: string): Sidecar {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, sidecarName(document)), 'utf8')) as Sidecar;
}

interface ReportedFinding extends Located {
  readonly severity: string;
  readonly message: string;
}

function analyse(document: string): { kind: string; reported: ReportedFinding[] } {
  const { text } = decodeText(fs.readFileSync(path.join(CORPUS, document)));
  const lines = new LineIndex(text);
  // As the CLI does: a PowerShell script is analysed as a script, its profiles found in its string literals.
  const analysis = analyzeDocument(text, { language: languageOfFile(document) });
  const reported = analysis.findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({ ruleId: f.ruleId, line: lines.positionAt(f.range.start).line + 1, severity: f.severity, message: f.message }));
  return { kind: analysis.kind, reported };
}

const key = (item: Located): string => `${item.ruleId}@${item.line}`;

/** Items of `from` left after taking out one match for each item of `take` (a multiset difference). */
function minus<T extends Located>(from: readonly T[], take: readonly Located[]): T[] {
  const left = [...from];
  for (const item of take) {
    const at = left.findIndex((candidate) => key(candidate) === key(item));
    if (at !== -1) left.splice(at, 1);
  }
  return left;
}

const DOCUMENTS = corpusDocuments();
const RULE_IDS = new Set(allRules().map((rule) => rule.id));

test('the realistic corpus has 30+ documents, most of them valid, each with a sidecar', () => {
  assert.ok(DOCUMENTS.length >= 30, `found ${DOCUMENTS.length} documents`);
  const sidecars = fs
    .readdirSync(CORPUS)
    .filter((name) => name.endsWith(SIDECAR_SUFFIX))
    .sort();
  assert.deepEqual(sidecars, DOCUMENTS.map(sidecarName).sort(), 'one sidecar per document and no orphan sidecar');
  const valid = DOCUMENTS.filter((document) => readSidecar(document).valid).length;
  assert.ok(valid > DOCUMENTS.length / 2, `${valid} of ${DOCUMENTS.length} documents are valid`);
  assert.ok(DOCUMENTS.length - valid >= 10, 'at least ten documents carry real defects');
});

test('every sidecar is complete: valid documents expect nothing, every defect and finding has a reason and a source', () => {
  for (const document of DOCUMENTS) {
    const sidecar = readSidecar(document);
    assert.ok(sidecar.description.trim(), `${document}: description`);
    if (sidecar.valid) {
      assert.deepEqual(sidecar.expected, [], `${document}: a valid document expects no error or warning`);
      assert.equal(sidecar.defects, undefined, `${document}: a valid document lists no defect`);
      continue;
    }
    assert.ok(sidecar.defects?.length, `${document}: a defective document names its defects`);
    assert.ok(sidecar.expected.length, `${document}: a defective document expects at least one finding`);
    for (const defect of sidecar.defects ?? []) {
      assert.ok(defect.defect.trim() && defect.why.trim() && /https:\/\//.test(defect.source), `${document}: defect ${defect.defect}`);
    }
    for (const finding of sidecar.expected) {
      const where = `${document}: ${key(finding)}`;
      assert.ok(finding.severity === 'error' || finding.severity === 'warning', `${where}: severity`);
      assert.ok(Number.isInteger(finding.line) && finding.line >= 1, `${where}: line`);
      assert.ok(finding.reason.trim() && /https:\/\//.test(finding.source), `${where}: reason and source`);
      if (finding.proposedRule) assert.ok(!RULE_IDS.has(finding.ruleId), `${where}: the rule exists now; drop "proposedRule"`);
      else assert.ok(RULE_IDS.has(finding.ruleId), `${where}: no such rule (mark a rule that does not exist yet "proposedRule")`);
    }
  }
});

test('the known lists name corpus documents and do not contradict the sidecars', () => {
  for (const entry of [...KNOWN_FALSE_ALARMS, ...KNOWN_MISSES]) assert.ok(DOCUMENTS.includes(entry.file), `${entry.file} is in the corpus`);
  for (const entry of KNOWN_FALSE_ALARMS) {
    const expected = readSidecar(entry.file).expected;
    assert.ok(!expected.some((finding) => key(finding) === key(entry)), `${entry.file}: ${key(entry)} is both expected and a known false alarm`);
  }
  for (const pattern of Object.keys(FALSE_ALARM_PATTERNS)) {
    assert.ok(
      KNOWN_FALSE_ALARMS.some((entry) => entry.pattern === pattern),
      `no known false alarm of pattern ${pattern} is left: remove the pattern`,
    );
  }
  for (const entry of KNOWN_MISSES) {
    const expected = readSidecar(entry.file).expected;
    assert.ok(
      expected.some((finding) => key(finding) === key(entry)),
      `${entry.file}: known miss ${key(entry)} is not in the sidecar`,
    );
  }
});

for (const document of DOCUMENTS) {
  test(`${document}: exactly the error and warning findings of its sidecar (known deviations aside)`, () => {
    const sidecar = readSidecar(document);
    const { kind, reported } = analyse(document);
    const problems: string[] = [];
    // Standalone EAP configurations are named NN-eap-…; every other document holds a profile.
    const expectedKind = /^\d+-eap-/.test(document) ? 'eap' : 'profile';
    if (kind !== expectedKind) problems.push(`recognised as ${kind}, not ${expectedKind}`);

    const unexpected = minus(reported, sidecar.expected);
    const missing = minus(sidecar.expected, reported);
    const knownFalseAlarms = KNOWN_FALSE_ALARMS.filter((entry) => entry.file === document);
    const knownMisses = KNOWN_MISSES.filter((entry) => entry.file === document);

    for (const finding of minus(unexpected, knownFalseAlarms)) {
      problems.push(`unexpected ${finding.severity} ${finding.ruleId} at line ${finding.line}: ${finding.message}`);
    }
    for (const entry of minus(knownFalseAlarms, unexpected)) {
      problems.push(`known false alarm ${entry.ruleId} at line ${entry.line} (${entry.pattern}) no longer happens: remove it from KNOWN_FALSE_ALARMS`);
    }
    for (const finding of minus(missing, knownMisses)) {
      problems.push(`missing ${finding.severity} ${finding.ruleId} at line ${finding.line}: ${finding.reason} (${finding.source})`);
    }
    for (const entry of minus(knownMisses, missing)) {
      problems.push(`known miss ${entry.ruleId} at line ${entry.line} is reported now: remove it from KNOWN_MISSES`);
    }
    assert.ok(problems.length === 0, `${document}:\n  ${problems.join('\n  ')}`);
  });
}
