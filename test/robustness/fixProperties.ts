// The properties every fix-all must keep (issue 9), checked on the corpus and on seeded mutations of it: after
// fix-all, (1) a second fix-all changes nothing, (2) no error or XML finding is added, (3) nothing outside the edited
// ranges changed and no edit splits an entity or a character reference, (4) the result parses at least as well as
// before, (5) a file `xmllint --noout` accepted is still accepted. Used by fixProperties.test.ts (a few thousand
// documents in `npm test`) and scripts/fix-properties.mjs (`npm run test:fix-properties`, more documents).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDocument, type Analysis } from '../../server/src/core/analysis';
import { languageOfFile } from '../../server/src/core/documents/powershell';
import { fixAll } from '../../server/src/core/features/codeActions';
import { decodeText, encodeText, type TextEncoding } from '../../server/src/core/text/encoding';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { parseXml } from '../../server/src/core/xml/parser';
import { CRAFTED, REPO_ROOT, SHARED, prng } from './corpus';

export interface FixDocument {
  readonly name: string;
  readonly text: string;
  /** How the file was read, so that xmllint sees the same bytes the CLI would write. */
  readonly encoding?: TextEncoding;
  readonly language?: 'powershell';
}

// ---- the corpus ----------------------------------------------------------------------------------------------

function readFolder(folder: string, pattern: RegExp, label: string): FixDocument[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((file) => pattern.test(file))
    .sort()
    .map((file) => {
      const decoded = decodeText(fs.readFileSync(path.join(folder, file)));
      return { name: `${label}/${file}`, text: decoded.text, encoding: decoded.encoding, language: languageOfFile(file) };
    });
}

/**
 * Every document the fix properties run on: examples/, test/fixtures, test/corpus/realistic and the public samples
 * in ../shared/reference when they are there (each folder is skipped when absent), and the crafted broken documents.
 */
export function fixCorpus(): FixDocument[] {
  const documents = /\.(xml|txt|ps1)$/i;
  return [
    ...readFolder(path.join(REPO_ROOT, 'examples'), /\.xml$/i, 'examples'),
    ...readFolder(path.join(REPO_ROOT, 'test', 'fixtures', 'profiles'), /\.xml$/i, 'fixtures'),
    ...readFolder(path.join(REPO_ROOT, 'test', 'corpus', 'realistic'), documents, 'realistic'),
    ...readFolder(path.join(SHARED, 'reference', 'samples'), /\.(xml|txt)$/i, 'samples'),
    ...readFolder(path.join(SHARED, 'reference', 'eap'), /\.xml$/i, 'eap'),
    ...CRAFTED,
  ];
}

// ---- seeded mutations ----------------------------------------------------------------------------------------

type Random = () => number;
type Mutation = (text: string, random: Random) => string | undefined;

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)];

/** Start tags, end tags and values, in the document's plain form or escaped (`&lt;Name&gt;`, SyncML, WMI output). */
const START_TAG = /<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>|&lt;([A-Za-z_][\w.:-]*)(?:\s(?:(?!&[lg]t;)[^<>])*)?&gt;/g;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>|&lt;\/([A-Za-z_][\w.:-]*)\s*&gt;/g;
const VALUE = />([^<>\s][^<>]*?)<\/|&gt;((?:(?!&[lg]t;)[^<>\s])(?:(?!&[lg]t;)[^<>])*?)&lt;\//g;

function matches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && found.length < 5000; m = pattern.exec(text)) found.push(m);
  return found;
}

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

/** Values administrators write in the wrong case, spelling or strength, and values of other elements. */
const VALUES = [
  'AES',
  'aes',
  'DES',
  'AES128',
  'aes256',
  'GCMAES128',
  'AES_GCM',
  'SHA',
  'sha256',
  'SHA1',
  'MD5',
  'ECP',
  'Group14',
  'group24',
  'PFS',
  'True',
  'TRUE',
  'False',
  'yes',
  'treu',
  '1',
  '0',
  'ikev2',
  'Ikev2',
  'IKE',
  'sstp',
  'Automatic',
  'splittunnel',
  'ForceTunnell',
  'Split',
  'Certificate',
  'certificate',
  'Eap',
  'EAP',
  'Machine',
  'Device',
  'ipv4',
  'IPv4',
  'Ipv6',
  'Domain',
  'Trigger',
  '13',
  '25',
  '99',
  '10.0.0.0',
  '010.1.2.3',
  '10.0.0.1/8',
  'vpn.example.net',
  'vpn .example.net',
  'a..b',
  '5a 89 fe cb 5b 04 3b 05 0c 5d 1e 8a fc 7f 2a 76 7d 9d 0c c4',
  '5a89fecb 5b043b05',
  'nps1.example.net; nps2.example.net',
  'nps1.example.net,nps2.example.net',
  'system',
  '80, 443',
  '443-80',
  '',
  'True&amp;',
  'A&B',
  'x &#x20; y',
  '&#65;ES',
  'AES&#x20;',
  '<![CDATA[True]]>',
  'on',
  'off',
];

const FRAGMENTS = [
  '<',
  '>',
  '/>',
  '</',
  '"',
  '&',
  '&amp;',
  '&lt;',
  '&gt;',
  '&#x20;',
  '&#65;',
  '&nbsp;',
  ']]>',
  '<!--',
  '-->',
  ' ',
  '\t',
  '\r\n',
  '\n',
  '<Route>',
  '</Route>',
  '<NativeProfile>',
  '</NativeProfile>',
  '<Address>10.0.0.0</Address>',
  '<AlwaysOn>True</AlwaysOn>',
  '<DomainNameInformation><DomainName>.corp.example.net</DomainName><DnsServers>10.0.0.1</DnsServers></DomainNameInformation>',
  '&lt;Route&gt;',
  '&lt;/Route&gt;',
  '&amp;lt;',
  'xmlns="urn:x"',
  ' xml ns="urn:x"',
  '<Eap>',
  '</Eap>',
  '<TrustedRootCA>',
  '\u00a0',
  '\u200e',
];

const MUTATIONS: Readonly<Record<string, Mutation>> = {
  'insert fragment': (text, random) => {
    const at = Math.floor(random() * (text.length + 1));
    return splice(text, at, at, pick(FRAGMENTS, random));
  },
  'delete span': (text, random) => {
    const start = Math.floor(random() * text.length);
    return splice(text, start, Math.min(text.length, start + 1 + Math.floor(random() * 30)), '');
  },
  'duplicate span': (text, random) => {
    const start = Math.floor(random() * text.length);
    const at = Math.floor(random() * (text.length + 1));
    return splice(text, at, at, text.slice(start, Math.min(text.length, start + Math.floor(random() * 200))));
  },
  truncate: (text, random) => text.slice(0, Math.floor(text.length * (0.3 + 0.7 * random()))),
  // A stray start tag: the same start tag again before itself, or before a later sibling.
  'stray start tag': (text, random) => {
    const tags = matches(text, START_TAG);
    if (!tags.length) return undefined;
    const tag = pick(tags, random);
    const later = tags.filter((t) => t.index > tag.index);
    const at = random() < 0.5 || !later.length ? tag.index : pick(later, random).index;
    return splice(text, at, at, tag[0]);
  },
  'remove end tag': (text, random) => {
    const tags = matches(text, END_TAG);
    if (!tags.length) return undefined;
    const tag = pick(tags, random);
    return splice(text, tag.index, tag.index + tag[0].length, '');
  },
  'remove start tag': (text, random) => {
    const tags = matches(text, START_TAG);
    if (!tags.length) return undefined;
    const tag = pick(tags, random);
    return splice(text, tag.index, tag.index + tag[0].length, '');
  },
  'rename a tag': (text, random) => {
    const tags = [...matches(text, START_TAG), ...matches(text, END_TAG)];
    if (!tags.length) return undefined;
    const tag = pick(tags, random);
    const name = tag[1] ?? tag[2];
    const nameAt = tag.index + tag[0].indexOf(name);
    const renamed = random() < 0.5 ? name.toLowerCase() : random() < 0.5 ? name.slice(0, -1) : name + 's';
    return splice(text, nameAt, nameAt + name.length, renamed);
  },
  'change value case': (text, random) => {
    const values = matches(text, VALUE);
    if (!values.length) return undefined;
    const value = pick(values, random);
    const raw = value[1] ?? value[2];
    const at = value.index + value[0].indexOf(raw);
    const r = random();
    const changed = r < 0.33 ? raw.toUpperCase() : r < 0.66 ? raw.toLowerCase() : raw[0].toUpperCase() + raw.slice(1).toLowerCase();
    return splice(text, at, at + raw.length, changed);
  },
  'replace value': (text, random) => {
    const values = matches(text, VALUE);
    if (!values.length) return undefined;
    const value = pick(values, random);
    const raw = value[1] ?? value[2];
    const at = value.index + value[0].indexOf(raw);
    let replacement = pick(VALUES, random);
    // In escaped XML a value's markup is escaped too.
    if (value[2] !== undefined) replacement = replacement.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return splice(text, at, at + raw.length, replacement);
  },
  'space in a list': (text, random) => {
    const separators = matches(text, /[,;](?=\S)/g);
    if (!separators.length) return undefined;
    const at = pick(separators, random).index + 1;
    return splice(text, at, at, ' ');
  },
  'reference in a value': (text, random) => {
    const values = matches(text, VALUE);
    if (!values.length) return undefined;
    const value = pick(values, random);
    const raw = value[1] ?? value[2];
    const i = value.index + value[0].indexOf(raw) + Math.floor(random() * raw.length);
    const char = text[i];
    if (!/[A-Za-z0-9 ]/.test(char)) return undefined;
    const reference = random() < 0.5 ? `&#x${char.charCodeAt(0).toString(16)};` : `&#${char.charCodeAt(0)};`;
    return splice(text, i, i + 1, value[2] !== undefined ? reference.replace(/&/g, '&amp;') : reference);
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

export interface MutatedDocument extends FixDocument {
  readonly mutations: readonly string[];
}

/** `count` mutated documents, the same for the same seed: each a corpus document with one to three mutations. */
export function* mutatedDocuments(corpus: readonly FixDocument[], count: number, seed = 9): Generator<MutatedDocument> {
  const random = prng(seed);
  for (let n = 0; n < count; n++) {
    const source = corpus[n % corpus.length];
    let text = source.text;
    const applied: string[] = [];
    const steps = 1 + Math.floor(random() * 3);
    for (let s = 0; s < steps; s++) {
      const name = pick(MUTATION_NAMES, random);
      const mutated = MUTATIONS[name](text, random);
      if (mutated !== undefined && mutated !== text) {
        text = mutated;
        applied.push(name);
      }
    }
    yield { ...source, name: `${source.name}#${n}`, text, mutations: applied };
  }
}

// ---- the properties ------------------------------------------------------------------------------------------

export type PropertyName = 'idempotent' | 'no-added-error' | 'edits-in-place' | 'parses-as-well' | 'xmllint';

export interface Violation {
  readonly document: string;
  readonly property: PropertyName;
  readonly detail: string;
}

export interface FixRun {
  readonly document: FixDocument;
  readonly fixed: string;
  readonly edits: readonly TextEdit[];
  readonly violations: Violation[];
  /** Error findings (and XML findings of any severity) before and after. */
  readonly errorsBefore: number;
  readonly errorsAfter: number;
  /** Safe fixes fix-all held back because they would have added an error. */
  readonly withheld: number;
}

const counted = (f: Finding) => f.severity === 'error' || f.ruleId.startsWith('xml/');

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (counted(f)) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/** Text rebuilt from the untouched segments and the new texts: what "changing only the edited ranges" means. */
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

const REFERENCE = /&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z_][\w.-]*);/g;

/** An offset strictly inside an entity or character reference of the source (`&a|mp;`). */
function referenceSplitAt(text: string, offset: number): string | undefined {
  const from = Math.max(0, offset - 12);
  REFERENCE.lastIndex = from;
  for (let m = REFERENCE.exec(text); m && m.index < offset; m = REFERENCE.exec(text)) {
    if (m.index < offset && offset < m.index + m[0].length) return m[0];
  }
  return undefined;
}

function parseErrors(text: string): number {
  return parseXml(text).errors.length;
}

/** Whether the analysis found a profile or EAP configuration, and how many elements its units hold. */
function recognised(analysis: Analysis): number {
  return analysis.units.length;
}

/** Runs fix-all on one document and checks properties 1 to 4 (xmllint runs in batches: see checkXmllint). */
export function runFixAll(document: FixDocument): FixRun {
  const violations: Violation[] = [];
  const fail = (property: PropertyName, detail: string) => violations.push({ document: document.name, property, detail });
  const analyse = (text: string) => analyzeDocument(text, document.language ? { language: document.language } : {});
  const text = document.text;
  const before = analyse(text);
  // Fix-all as `--fix` and the editor's fix-all run it.
  const { edits, text: fixed, withheld } = fixAll(text, before.findings, (t) => analyse(t).findings);
  const errorsBefore = before.findings.filter(counted).length;
  if (!edits.length) return { document, fixed, edits, violations, errorsBefore, errorsAfter: errorsBefore, withheld };
  const after = analyse(fixed);
  const errorsAfter = after.findings.filter(counted).length;

  // (1) idempotent
  const again = fixAll(fixed, after.findings, (t) => analyse(t).findings);
  if (again.text !== fixed) {
    const shown = again.edits
      .slice(0, 3)
      .map(
        (e) =>
          `${JSON.stringify(fixed.slice(e.range.start, e.range.end))}@${e.range.start} -> ${JSON.stringify(e.newText)} (${after.findings.find((f) => f.fixes?.some((x) => x.edits.some((y) => y.range.start === e.range.start)))?.ruleId})`,
      );
    fail('idempotent', `a second fix-all still edits: ${shown.join('; ')}`);
  }
  // (2) no error or XML finding added, rule by rule
  const countsBefore = countByRule(before.findings);
  for (const [ruleId, n] of countByRule(after.findings)) {
    if (n > (countsBefore.get(ruleId) ?? 0)) fail('no-added-error', `${ruleId}: ${countsBefore.get(ruleId) ?? 0} -> ${n}`);
  }
  // (3) only the edited ranges change, and no edit boundary falls inside a reference
  if (fixed !== rebuild(text, edits)) fail('edits-in-place', 'the text changed outside the edits');
  for (const edit of edits) {
    for (const offset of [edit.range.start, edit.range.end]) {
      const split = referenceSplitAt(text, offset);
      if (split) fail('edits-in-place', `an edit at ${offset} splits ${split}`);
    }
  }
  // (4) parses at least as well: no more well-formedness errors in the file, the same units recognised
  if (!document.language && parseErrors(fixed) > parseErrors(text)) fail('parses-as-well', `parser errors ${parseErrors(text)} -> ${parseErrors(fixed)}`);
  if (recognised(after) < recognised(before)) fail('parses-as-well', `units ${recognised(before)} -> ${recognised(after)}`);
  return { document, fixed, edits, violations, errorsBefore, errorsAfter, withheld };
}

// ---- (5) xmllint ---------------------------------------------------------------------------------------------

export const XMLLINT_AVAILABLE = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;

/** The documents xmllint rejects, among the texts given (written as the CLI would write them). */
function rejectedByXmllint(texts: readonly { text: string; encoding?: TextEncoding }[]): Set<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-fix-properties-'));
  try {
    const files: string[] = [];
    const skipped = new Set<number>();
    texts.forEach((t, i) => {
      const file = path.join(dir, `${i}.xml`);
      const encoded = t.encoding ? encodeText(t.text, t.encoding) : { ok: true as const, bytes: new TextEncoder().encode(t.text) };
      if (!encoded.ok) skipped.add(i);
      fs.writeFileSync(file, encoded.ok ? encoded.bytes : new Uint8Array());
      files.push(file);
    });
    const rejected = new Set<number>(skipped);
    // One xmllint per batch: it names each failing file at the start of its messages.
    for (let from = 0; from < files.length; from += 200) {
      const batch = files.slice(from, from + 200);
      const result = spawnSync('xmllint', ['--noout', '--nonet', ...batch], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      for (const line of (result.stderr ?? '').split('\n')) {
        const m = /^(.*?\/(\d+)\.xml):\d+:/.exec(line);
        if (m) rejected.add(Number(m[2]));
      }
    }
    return rejected;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** (5): every XML document xmllint accepted before fix-all is still accepted after it. */
export function checkXmllint(runs: readonly FixRun[]): Violation[] {
  const changed = runs.filter((r) => r.edits.length && !r.document.language && /^\s*(\uFEFF)?\s*</.test(r.document.text));
  if (!changed.length) return [];
  const rejectedBefore = rejectedByXmllint(changed.map((r) => ({ text: r.document.text, encoding: r.document.encoding })));
  const accepted = changed.filter((_, i) => !rejectedBefore.has(i));
  const rejectedAfter = rejectedByXmllint(accepted.map((r) => ({ text: r.fixed, encoding: r.document.encoding })));
  return accepted.filter((_, i) => rejectedAfter.has(i)).map((r) => ({ document: r.document.name, property: 'xmllint' as const, detail: 'xmllint accepted it before fix-all and rejects it after' }));
}

// ---- figures -------------------------------------------------------------------------------------------------

export interface Figures {
  documents: number;
  /** Documents where fix-all had at least one edit. */
  fixed: number;
  notIdempotent: number;
  /** Documents where fix-all raised the number of error and XML findings. */
  errorIncrease: number;
  /** Documents where fix-all held back a safe fix that would have added an error (its guard at work). */
  withheld: number;
  violations: Violation[];
}

export function measure(documents: Iterable<FixDocument>, options: { xmllint: boolean }): Figures {
  const figures: Figures = { documents: 0, fixed: 0, notIdempotent: 0, errorIncrease: 0, withheld: 0, violations: [] };
  let batch: FixRun[] = [];
  const flush = () => {
    if (options.xmllint) figures.violations.push(...checkXmllint(batch));
    batch = [];
  };
  for (const document of documents) {
    const run = runFixAll(document);
    figures.documents++;
    if (run.edits.length) figures.fixed++;
    if (run.violations.some((v) => v.property === 'idempotent')) figures.notIdempotent++;
    if (run.errorsAfter > run.errorsBefore) figures.errorIncrease++;
    if (run.withheld) figures.withheld++;
    figures.violations.push(...run.violations);
    if (run.edits.length) batch.push(run);
    if (batch.length >= 400) flush();
  }
  flush();
  return figures;
}

export function describeFigures(f: Figures): string {
  const share = (n: number, of: number) => `${n} (${of ? ((100 * n) / of).toFixed(2) : '0.00'}%)`;
  const byProperty = new Map<string, number>();
  for (const v of f.violations) byProperty.set(v.property, (byProperty.get(v.property) ?? 0) + 1);
  return [
    `${f.documents} documents, fix-all edited ${f.fixed}`,
    `not idempotent: ${share(f.notIdempotent, f.fixed)} of the fixed documents, ${share(f.notIdempotent, f.documents)} of all`,
    `error count increased: ${share(f.errorIncrease, f.fixed)} of the fixed documents, ${share(f.errorIncrease, f.documents)} of all`,
    `a safe fix held back because it would add an error: ${share(f.withheld, f.documents)} of all`,
    `violations by property: ${[...byProperty].map(([p, n]) => `${p} ${n}`).join(', ') || 'none'}`,
  ].join('\n');
}
