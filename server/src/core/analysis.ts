// Analyses one document: decides what it is, parses it, runs the catalogue checks and the rules, and returns
// findings with ranges in the document's own offsets.
import { resolveSpecs, type Catalogue, type SpecResolution } from './catalogue/catalogue';
import { repairUnclosedElements } from './catalogue/repair';
import { findEmbeddedXml } from './documents/embedded';
import { hasUnknownSwitch, reportOnHost, type EmbeddingHost } from './documents/host';
import { findScriptXml } from './documents/powershell';
import { IDENTITY_MAP, SegmentSourceMap, type SourceMap } from './documents/sourceMap';
import { eapCatalogue } from './eap/catalogue';
import { createEapModel, describeHostProfile, type EapModel } from './eap/model';
import { eapRules } from './eap/rules';
import { profileCatalogue } from './profile/catalogue';
import { createProfileModel, type ProfileModel } from './profile/model';
import { profileRules } from './profile/rules';
import { effectiveSeverity, isRuleEnabled, type Reporter, type RuleMeta, type RuleSeveritySetting } from './rules/rule';
import { checkSchema } from './rules/schema';
import { xmlRuleFor } from './rules/xmlRules';
import { FINDING_LIMIT_RULE, INTERNAL_ERROR_RULE, SIZE_LIMIT_RULE } from './rules/coreRules';
import type { Finding, Fix, TextEdit, TextRange } from './types';
import { editSplitsMarkup, escapeXmlText } from './xml/edits';
import type { XmlDocument, XmlElement } from './xml/model';
import { parseXml } from './xml/parser';
import { walkElements } from './xml/query';

export type DocumentKind = 'profile' | 'eap' | 'other';

export interface AnalysisOptions {
  /** Severity per rule ID, or `off`. */
  readonly rules?: Readonly<Record<string, RuleSeveritySetting>>;
  /** Documents longer than this (characters) are only checked for well-formedness. */
  readonly maxAnalysisSize?: number;
  /** `powershell`: the document is a script; profiles are looked for in its string literals. */
  readonly language?: 'powershell';
}

export const DEFAULT_MAX_ANALYSIS_SIZE = 2_000_000;

/** One XML tree analysed with one catalogue: the whole file, an embedded block, or EAP inside a profile. */
export interface AnalysisUnit {
  readonly kind: 'profile' | 'eap';
  /** The text the XML was parsed from; unit offsets index into it. */
  readonly text: string;
  readonly xml: XmlDocument;
  /** VPNProfile or EapHostConfig. */
  readonly root: XmlElement;
  /** Unit offsets -> document offsets. */
  readonly map: SourceMap;
  readonly catalogue: Catalogue;
  readonly specs: SpecResolution;
  readonly profile?: ProfileModel;
  readonly eap?: EapModel;
  /** The unit is XML escaped inside the text of another XML document. */
  readonly escaped?: boolean;
  /** The unit is built from a script's strings: placeholders and the way fixes must be written. */
  readonly host?: EmbeddingHost;
}

export interface Analysis {
  readonly text: string;
  readonly kind: DocumentKind;
  readonly units: readonly AnalysisUnit[];
  readonly findings: readonly Finding[];
  /** True when the size guard skipped the semantic analysis. */
  readonly limited: boolean;
}

const ROOTS = new Set(['VPNProfile', 'EapHostConfig']);
const EMBEDDED_ROOT = /<(VPNProfile|EapHostConfig)[\s>/]|&lt;(VPNProfile|EapHostConfig)[\s&]/;

export function analyzeDocument(text: string, options: AnalysisOptions = {}): Analysis {
  const collector = new FindingCollector(options.rules ?? {});
  const maxSize = options.maxAnalysisSize ?? DEFAULT_MAX_ANALYSIS_SIZE;
  const limited = text.length > maxSize;
  const trees: ParsedTree[] = [];

  if (options.language === 'powershell') {
    // A script (which may well start with `<#`): profiles are in its string literals.
    for (const block of findScriptXml(text)) {
      const xml = parseXml(block.text, { tree: !limited });
      if (xml.root && ROOTS.has(xml.root.localName)) trees.push({ xml, text: block.text, map: block.map, roots: [xml.root], escaped: false, host: block.host });
    }
  } else if (startsLikeXml(text)) {
    // Past the size guard only well-formedness is checked: no element tree, so memory does not grow with the
    // document (a 20 MB profile kept 300 MB of tree in the server for nothing).
    const xml = parseXml(text, { tree: !limited });
    const root = xml.root;
    // Without a tree, a profile inside another document (SyncML) is recognised by its text.
    const roots = !root ? [] : ROOTS.has(root.localName) ? [root] : limited ? (EMBEDDED_ROOT.test(text) ? [root] : []) : findNestedRoots(root);
    if (roots.length) trees.push({ xml, text, map: IDENTITY_MAP, roots, escaped: false });
    // `<Data>&lt;VPNProfile&gt;…</Data>` or `<Data><![CDATA[<VPNProfile>…]]></Data>` in SyncML.
    if (root && !ROOTS.has(root.localName) && !limited) trees.push(...findTextualEmbeddings(root));
  } else {
    for (const block of findEmbeddedXml(text)) {
      const xml = parseXml(block.text);
      if (xml.root && ROOTS.has(xml.root.localName)) trees.push({ xml, text: block.text, map: block.map, roots: [xml.root], escaped: false, host: block.host });
    }
  }

  const units: AnalysisUnit[] = [];
  for (const tree of trees) {
    const collect = hostedCollector(collector, tree.host, tree.xml.root);
    const layer = layerOf(tree);
    for (const error of tree.xml.errors) {
      collect.add(xmlRuleFor(error.code), layer, {
        range: error.range,
        message: error.message,
        related: error.related,
        fixes: error.fix ? [error.fix] : undefined,
      });
    }
    for (const root of tree.roots) units.push(...buildUnits(tree.xml, tree.text, tree.map, root, tree.escaped).map((unit) => (tree.host ? { ...unit, host: tree.host } : unit)));
  }

  if (limited && units.length) {
    const first = units[0];
    collector.add(SIZE_LIMIT_RULE, layerOf(first), {
      range: first.root.nameRange,
      message: `This document has ${text.length.toLocaleString('en-US')} characters, more than the analysis limit (${maxSize.toLocaleString('en-US')}; setting \`aovpn.maxAnalysisSize\`): only well-formedness was checked.`,
    });
  } else {
    for (const unit of units) {
      const unknownSwitch = unit.host !== undefined && unit.kind === 'profile' && hasUnknownSwitch(unit.host, unit.root, unit.map, unit.specs.specOf);
      runChecks(unit, hostedCollector(collector, unit.host, unit.xml.root, unknownSwitch));
    }
  }

  const kind: DocumentKind = units.length ? units[0].kind : 'other';
  return { text, kind, units, findings: collector.sorted(), limited };
}

function startsLikeXml(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  return text[i] === '<';
}

interface ParsedTree {
  readonly xml: XmlDocument;
  readonly text: string;
  readonly map: SourceMap;
  readonly roots: XmlElement[];
  /** The XML sits escaped (`&lt;…`) in the text of another document: fixes must insert escaped text. */
  readonly escaped: boolean;
  readonly host?: EmbeddingHost;
}

/** Profiles or EAP configurations written as text or CDATA inside another XML document. */
function findTextualEmbeddings(root: XmlElement): ParsedTree[] {
  const found: ParsedTree[] = [];
  for (const element of walkElements(root)) {
    if (element.hasChildElements) continue;
    const value = element.text;
    if (!/^<(VPNProfile|EapHostConfig)[\s>]/.test(value.trimmed)) continue;
    const start = value.raw.indexOf(value.trimmed);
    const text = value.trimmed;
    // The runs of the outer text (plain characters, references, CDATA) as the map of the embedded document.
    const map = new SegmentSourceMap();
    for (const run of value.runs()) {
      const from = Math.max(run.index, start);
      const to = Math.min(run.index + run.length, start + text.length);
      if (to <= from) continue;
      if (run.length === run.sourceLength) map.add(from - start, run.source + (from - run.index), to - from);
      else map.add(from - start, run.source, to - from, run.sourceLength);
    }
    const xml = parseXml(text);
    const escaped = element.children.some((c) => c.kind === 'text' && c.segments !== undefined);
    if (xml.root && ROOTS.has(xml.root.localName)) found.push({ xml, text, map, roots: [xml.root], escaped, host: escaped ? ESCAPED_XML_HOST : CDATA_HOST });
  }
  return found;
}

/** XML written escaped in the text of another XML document: inserted text is escaped the same way. */
const ESCAPED_XML_HOST: EmbeddingHost = { placeholders: [], encode: (_range, text) => escapeXmlText(text) };
/** XML in a CDATA section (or plain text) of another document: inserted text must not end the section. */
const CDATA_HOST: EmbeddingHost = { placeholders: [], encode: (_range, text) => (text.includes(']]>') ? undefined : text) };

/** A VPNProfile inside another XML document, such as the `<Data>` of a SyncML command. */
function findNestedRoots(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const element of walkElements(root)) {
    if (element.localName === 'VPNProfile' && ![...element.ancestors()].some((a) => a.localName === 'VPNProfile')) found.push(element);
  }
  return found;
}

function buildUnits(xml: XmlDocument, text: string, map: SourceMap, root: XmlElement, escaped: boolean): AnalysisUnit[] {
  if (root.localName === 'EapHostConfig') {
    repairUnclosedElements(root, eapCatalogue);
    const specs = resolveSpecs(root, eapCatalogue);
    const eap = createEapModel(root, text, specs);
    return [{ kind: 'eap', text, xml, root, map, catalogue: eapCatalogue, specs, eap, escaped }];
  }
  repairUnclosedElements(root, profileCatalogue);
  const specs = resolveSpecs(root, profileCatalogue);
  const eapUnits: AnalysisUnit[] = [];
  for (const { host, element } of specs.embedded) {
    if (element.localName !== 'EapHostConfig') continue;
    repairUnclosedElements(element, eapCatalogue);
    const eapSpecs = resolveSpecs(element, eapCatalogue);
    const eap = createEapModel(element, text, eapSpecs, describeHostProfile(root, host));
    eapUnits.push({ kind: 'eap', text, xml, root: element, map, catalogue: eapCatalogue, specs: eapSpecs, eap, escaped });
  }
  const profile = createProfileModel(
    root,
    text,
    specs,
    eapUnits.map((u) => u.eap!),
  );
  return [{ kind: 'profile', text, xml, root, map, catalogue: profileCatalogue, specs, profile, escaped }, ...eapUnits];
}

function runChecks(unit: AnalysisUnit, collector: Collector): void {
  const layer = layerOf(unit);
  const catalogue: Reporter = { report: (rule, report) => collector.add(rule, layer, report) };
  guarded(unit, collector, () => checkSchema(unit.root, unit.catalogue, unit.specs, unit.text, catalogue));
  const profile = unit.profile;
  if (profile) {
    for (const rule of profileRules) {
      if (rule.check && collector.enabled(rule)) guarded(unit, collector, () => rule.check!({ profile, catalogue, report: (report) => catalogue.report(rule, report) }), rule);
    }
  }
  const eap = unit.eap;
  if (eap) {
    for (const rule of eapRules) {
      if (rule.check && collector.enabled(rule)) guarded(unit, collector, () => rule.check!({ eap, report: (report) => catalogue.report(rule, report) }), rule);
    }
  }
}

/** A crash in one rule becomes one internal finding instead of taking the analysis down. */
function guarded(unit: AnalysisUnit, collector: Collector, run: () => void, rule?: RuleMeta): void {
  try {
    run();
  } catch (error) {
    collector.add(INTERNAL_ERROR_RULE, layerOf(unit), {
      range: unit.root.nameRange,
      message: `Internal error in ${rule ? `rule ${rule.id}` : 'the schema checks'}: ${error instanceof Error ? error.message : String(error)}. Other checks still ran; please report this.`,
    });
  }
}

interface Collector {
  enabled(rule: RuleMeta): boolean;
  add(rule: RuleMeta, layer: Layer, report: Parameters<Reporter['report']>[1]): void;
}

/** Where a tree's offsets land in the document, and how text inserted there must be written. */
interface Layer {
  /** The text the tree was parsed from: findings and fixes index into it. */
  readonly text: string;
  readonly map: SourceMap;
  readonly host?: EmbeddingHost;
}

function layerOf(tree: { readonly text: string; readonly map: SourceMap; readonly host?: EmbeddingHost }): Layer {
  return { text: tree.text, map: tree.map, host: tree.host };
}

/**
 * The one way a fix's edit reaches the document: checked against the text it was computed on (it must not cut a
 * reference or a CDATA or comment delimiter), mapped exactly through the layers (escaped XML, wrapped PowerShell
 * output, a script's strings: a boundary inside an escape has no document offset), and its new text written the way
 * the host writes it. Undefined when any step is not exact: the fix is then dropped, never applied approximately.
 */
export function placeEdit(layer: Layer, edit: TextEdit): TextEdit | undefined {
  if (editSplitsMarkup(layer.text, edit.range)) return undefined;
  const range = layer.map.toOriginalRange(edit.range);
  if (!range) return undefined;
  const newText = layer.host ? layer.host.encode(range, edit.newText) : edit.newText;
  return newText === undefined ? undefined : { range, newText };
}

const RULE_MODULES: ReadonlySet<RuleMeta> = new Set<RuleMeta>([...profileRules, ...eapRules]);

/**
 * In a script, findings about values the script computes are dropped and fixes are written in the script's quoting;
 * with `unknownSwitch`, the rule modules' findings too (see hasUnknownSwitch).
 */
function hostedCollector(inner: Collector, host: EmbeddingHost | undefined, root: XmlElement | undefined, unknownSwitch = false): Collector {
  if (!host || (!host.placeholders.length && !unknownSwitch)) return inner;
  return {
    enabled: (rule) => inner.enabled(rule),
    add: (rule, layer, report) => {
      if (unknownSwitch && RULE_MODULES.has(rule)) return;
      const kept = reportOnHost(host, root, layer.map, report);
      if (kept) inner.add(rule, layer, kept);
    },
  };
}

/**
 * Findings kept per rule and document. Thousands of identical findings help nobody in a Problems panel, and in a
 * huge generated file they would cost more memory than the document; past the limit one note says how many more.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

class FindingCollector implements Collector {
  private readonly findings: Finding[] = [];
  private readonly perRule = new Map<string, number>();

  constructor(private readonly settings: Readonly<Record<string, RuleSeveritySetting>>) {}

  enabled(rule: RuleMeta): boolean {
    return isRuleEnabled(rule, this.settings);
  }

  add(rule: RuleMeta, layer: Layer, report: Parameters<Reporter['report']>[1]): void {
    const map = layer.map;
    const severity = effectiveSeverity(rule, this.settings, report.severity);
    if (!severity) return;
    const count = (this.perRule.get(rule.id) ?? 0) + 1;
    this.perRule.set(rule.id, count);
    if (count > MAX_FINDINGS_PER_RULE) return;
    const mapRange = (r: TextRange): TextRange => (map === IDENTITY_MAP ? r : { start: map.toOriginal(r.start), end: map.toOriginal(r.end) });
    const fixes: Fix[] = [];
    for (const fix of report.fixes ?? []) {
      const edits: TextEdit[] = [];
      for (const edit of fix.edits) {
        const placed = placeEdit(layer, edit);
        if (!placed) break;
        edits.push(placed);
      }
      if (edits.length === fix.edits.length) fixes.push({ ...fix, kind: declaredKind(rule, fix), edits });
    }
    this.findings.push({
      ruleId: rule.id,
      severity,
      message: report.message,
      range: mapRange(report.range),
      related: report.related?.map((r) => ({ range: mapRange(r.range), message: r.message })),
      fixes: fixes.length ? fixes : undefined,
      docUrl: rule.docUrl || undefined,
      unnecessary: report.unnecessary,
    });
  }

  sorted(): Finding[] {
    for (const [ruleId, count] of this.perRule) {
      if (count <= MAX_FINDINGS_PER_RULE) continue;
      const last = [...this.findings].reverse().find((f) => f.ruleId === ruleId)!;
      this.findings.push({
        ruleId: FINDING_LIMIT_RULE.id,
        severity: FINDING_LIMIT_RULE.defaultSeverity,
        message: `\`${ruleId}\` found ${(count - MAX_FINDINGS_PER_RULE).toLocaleString('en-US')} more problems in this document after this one; only the first ${MAX_FINDINGS_PER_RULE.toLocaleString('en-US')} are listed.`,
        range: last.range,
      });
    }
    return this.findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  }
}

/** A fix is only as trusted as its rule declares: a `safe` fix from a rule that does not declare safe fixes is a suggestion. */
function declaredKind(rule: RuleMeta, fix: Fix): Fix['kind'] {
  return fix.kind === 'safe' && rule.fixKinds && !rule.fixKinds.includes('safe') ? 'suggestion' : fix.kind;
}
