// Analyses one document: decides what it is, parses it, runs the catalogue checks and the rules, and returns
// findings with ranges in the document's own offsets.
import { resolveSpecs, type Catalogue, type SpecResolution } from './catalogue/catalogue';
import type { ElementSpec } from './catalogue/types';
import type { XmlTextRuleContext } from './characters/rule';
import { xmlTextRules } from './characters/rules';
import type { SourceEncoding } from './characters/source';
import { repairUnclosedElements } from './catalogue/repair';
import { embeddedXmlBlocks } from './documents/embedded';
import { hasUnknownSwitch, reportOnHost, type EmbeddingHost } from './documents/host';
import { findScriptXml } from './documents/powershell';
import { IDENTITY_MAP, SegmentSourceMap, composeMaps, toOriginalRange, type SourceMap } from './documents/sourceMap';
import { eapCatalogue } from './eap/catalogue';
import { escapedEapConfiguration, isEscapedText } from './eap/embedding';
import { createEapModel, describeHostProfile, type EapModel } from './eap/model';
import { eapRules } from './eap/rules';
import { profileCatalogue } from './profile/catalogue';
import { scriptDeployment, syncmlDeployment, type DeploymentScope } from './profile/deployment';
import { createProfileModel, type ProfileModel } from './profile/model';
import { profileRules } from './profile/rules';
import { effectiveSeverity, isRuleEnabled, type Reporter, type RuleMeta, type RuleSeveritySetting } from './rules/rule';
import { checkSchema, schemaRules } from './rules/schema';
import { xmlRuleFor, xmlRules } from './rules/xmlRules';
import { FINDING_LIMIT_RULE, INTERNAL_ERROR_RULE, SIZE_LIMIT_RULE, UNUSED_SUPPRESSION_RULE, coreRules } from './rules/coreRules';
import { isRulePattern, parseSuppressions, patternMatches, Suppressions } from './features/suppressions';
import { valueRules } from './rules/valueRules';
import { MAX_ANALYSED_EMBEDDED_BLOCKS, MAX_FINDINGS_PER_DOCUMENT, MAX_FINDINGS_PER_RULE, MAX_TREE_ELEMENTS } from './limits';
import type { Finding, Fix, TextEdit, TextRange } from './types';
import { editSplitsMarkup, escapeXmlText } from './xml/edits';
import { XmlElement, type XmlDocument } from './xml/model';
import { parseXml } from './xml/parser';
import { findAll, walkElements } from './xml/query';
import { codeSpan } from './text/markdown';
import type { WindowsVersion } from './windows/versions';

export type DocumentKind = 'profile' | 'eap' | 'other';

export interface AnalysisOptions {
  /** Severity per rule ID, or `off`. */
  readonly rules?: Readonly<Record<string, RuleSeveritySetting>>;
  /** Documents longer than this (characters) are only checked for well-formedness. */
  readonly maxAnalysisSize?: number;
  /** `powershell`: the document is a script; profiles are looked for in its string literals. */
  readonly language?: 'powershell';
  /** False: suppression comments (`<!-- aovpn-disable… -->`) are ignored (`aovpn check --no-inline-config`). */
  readonly inlineConfig?: boolean;
  /** The oldest Windows the profiles must apply on (setting `aovpn.targetWindows`, `--target-windows`). */
  readonly targetWindows?: WindowsVersion;
  /**
   * How the document's bytes were decoded, when the caller read them (the CLI): the encoding check then compares
   * the XML declaration with the bytes. An editor gives text only.
   */
  readonly source?: SourceEncoding;
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
  /**
   * How many times text inserted by a fix must be escaped: 1 for escaped XML, 2 for EAP escaped inside the
   * `<Configuration>` of a profile that is itself escaped (SyncML `<Data>`). Undefined: 1 when `escaped`, else 0.
   */
  readonly escapeDepth?: number;
  /** EAP written as escaped text inside this ProfileXML `<Configuration>` element (of the profile unit before it). */
  readonly escapedIn?: XmlElement;
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
  /** The document's suppression comments (undefined with `inlineConfig: false`), for findings made elsewhere. */
  readonly suppressions?: Suppressions;
}

const ROOTS = new Set(['VPNProfile', 'EapHostConfig']);
const EMBEDDED_ROOT = /<(VPNProfile|EapHostConfig)[\s>/]|&lt;(VPNProfile|EapHostConfig)[\s&]/;

export function analyzeDocument(text: string, options: AnalysisOptions = {}): Analysis {
  const suppressions = options.inlineConfig === false ? undefined : new Suppressions(parseSuppressions(text));
  const collector = new FindingCollector(text, options.rules ?? {}, suppressions?.directives.length ? suppressions : undefined);
  const maxSize = options.maxAnalysisSize ?? DEFAULT_MAX_ANALYSIS_SIZE;
  const tooLong = text.length > maxSize;
  /** Only well-formedness is checked: past the size guard, or when the tree would hold too many elements. */
  let limited = tooLong;
  let elements = 0;
  const trees: ParsedTree[] = [];
  const blocks = new EmbeddedBlocks(collector);

  /** Blocks cut out of a text (PowerShell output, a script's strings): each is parsed and dropped before the next. */
  const addBlocks = (found: Iterable<{ readonly text: string; readonly map: SourceMap; readonly host?: EmbeddingHost }>, deployment?: DeploymentScope): void => {
    for (const block of found) {
      const full = !limited && blocks.canAnalyse();
      const xml = parseXml(block.text, { tree: full, maxElements: blocks.elementBudget });
      if (!xml.root || !ROOTS.has(xml.root.localName)) continue;
      const tree: ParsedTree = { xml, text: block.text, map: block.map, roots: [xml.root], escaped: false, host: block.host, deployment };
      if (full && blocks.accept(tree)) trees.push(tree);
      else if (limited && trees.length === 0)
        trees.push(tree); // its root carries the size note
      else blocks.checkWellFormedness(tree);
    }
  };

  if (options.language === 'powershell') {
    // A script (which may well start with `<#`): profiles are in its string literals.
    addBlocks(findScriptXml(text), scriptDeployment(text));
  } else if (startsLikeXml(text)) {
    // Past the size guard only well-formedness is checked: no element tree, so memory does not grow with the
    // document (a 20 MB profile kept 300 MB of tree in the server for nothing).
    const xml = parseXml(text, { tree: !limited, maxElements: MAX_TREE_ELEMENTS });
    if (xml.partial) {
      limited = true;
      elements = xml.elementCount;
      // Nothing is analysed: keep what the size guard keeps, the root without its (partial) tree.
      if (xml.root) xml.root.children = [];
    }
    blocks.spend(xml.elementCount);
    const root = xml.root;
    // Without a tree, a profile inside another document (SyncML) is recognised by its text.
    const roots = !root ? [] : ROOTS.has(root.localName) ? [root] : limited ? (EMBEDDED_ROOT.test(text) ? [root] : []) : blocks.nestedRoots(root, text);
    if (roots.length) trees.push({ xml, text, map: IDENTITY_MAP, roots, escaped: false });
    // `<Data>&lt;VPNProfile&gt;…</Data>` or `<Data><![CDATA[<VPNProfile>…]]></Data>` in SyncML.
    if (root && !ROOTS.has(root.localName) && !limited) trees.push(...findTextualEmbeddings(root, blocks));
  } else {
    // PowerShell output, logs: each embedded block is parsed and dropped before the next (there can be a million).
    addBlocks(embeddedXmlBlocks(text));
  }

  const units: AnalysisUnit[] = [];
  for (const tree of trees) {
    addXmlErrors(tree, collector);
    const treeUnits = units.length;
    for (const root of tree.roots) {
      const deployment = tree.deployment ?? (root.parent ? syncmlDeployment(root, true) : undefined);
      for (const unit of buildUnits(tree.xml, tree.text, tree.map, root, tree.escaped, deployment)) {
        // Escaped EAP inside <Configuration> is written escaped once more than the tree it sits in.
        const host = unit.escapedIn ? escapedWithin(tree.host) : tree.host;
        const placed: AnalysisUnit = host ? { ...unit, host } : unit;
        units.push(placed);
        // EAP escaped inside <Configuration> was parsed on its own: its well-formedness is reported here.
        if (placed.escapedIn && !limited)
          addXmlErrors({ xml: placed.xml, text: placed.text, map: placed.map, roots: [placed.root], escaped: true, escapeDepth: escapeDepthOf(placed), host: placed.host }, collector);
      }
    }
    runTextRules(tree, units.slice(treeUnits), text, !limited, options.source, collector);
  }

  if (limited && units.length) {
    const first = units[0];
    collector.add(SIZE_LIMIT_RULE, layerOf(first), {
      range: first.root.nameRange,
      message: tooLong
        ? `This document has ${text.length.toLocaleString('en-US')} characters, more than the analysis limit (${maxSize.toLocaleString('en-US')}; setting \`aovpn.maxAnalysisSize\`): only well-formedness was checked.`
        : `This document has ${elements.toLocaleString('en-US')} elements, more than the ${MAX_TREE_ELEMENTS.toLocaleString('en-US')} the analysis keeps: only well-formedness was checked.`,
    });
  } else {
    for (const unit of units) {
      const unknownSwitch = unit.host !== undefined && unit.kind === 'profile' && hasUnknownSwitch(unit.host, unit.root, unit.map, unit.specs.specOf);
      runChecks(unit, hostedCollector(collector, unit.host, unit.xml.root, unknownSwitch), options.targetWindows);
    }
    blocks.reportSkipped();
  }

  // Only where a profile or EAP configuration was analysed: a note or a log that quotes the syntax is not judged.
  if (!limited && units.length) collector.reportUnusedSuppressions();
  const kind: DocumentKind = units.length ? units[0].kind : 'other';
  return { text, kind, units, findings: collector.sorted(), limited, suppressions };
}

function addXmlErrors(tree: ParsedTree, collector: Collector): void {
  const collect = hostedCollector(collector, tree.host, tree.xml.root);
  const layer = layerOf(tree);
  for (const error of tree.xml.errors) {
    collect.add(xmlRuleFor(error.code), layer, {
      range: error.range,
      message: error.message,
      related: error.related,
      fixes: error.fix || error.alternatives ? [...(error.fix ? [error.fix] : []), ...(error.alternatives ?? [])] : undefined,
    });
  }
  for (const [code, count] of tree.xml.omittedErrors) collector.countMore(xmlRuleFor(code), count);
}

/**
 * Profiles and EAP configurations embedded in one document (PowerShell output, SyncML): the first
 * MAX_ANALYSED_EMBEDDED_BLOCKS, with MAX_TREE_ELEMENTS elements in all, are analysed in full; the others are only
 * checked for well-formedness, one at a time, and one note says so. A transcript with a million
 * `ProfileXML : <VPNProfile>` lines took 13 s and 3 GB.
 */
class EmbeddedBlocks {
  private analysed = 0;
  private elements = 0;
  private skipped = 0;
  private firstSkipped: { layer: Layer; range: TextRange } | undefined;

  constructor(private readonly collector: Collector) {}

  /** Whether the next block may be analysed in full. */
  canAnalyse(): boolean {
    return this.analysed < MAX_ANALYSED_EMBEDDED_BLOCKS && this.elements < MAX_TREE_ELEMENTS;
  }

  /** Elements the next block's tree may hold. */
  get elementBudget(): number {
    return Math.max(0, MAX_TREE_ELEMENTS - this.elements);
  }

  /** Counts elements kept in a tree outside the blocks (the document around them). */
  spend(elements: number): void {
    this.elements += elements;
  }

  /** A block parsed with a tree: analysed in full, unless its tree had to stop (then no more blocks are). */
  accept(tree: ParsedTree): boolean {
    if (tree.xml.partial) {
      this.elements = MAX_TREE_ELEMENTS;
      return false;
    }
    this.analysed++;
    this.elements += tree.xml.elementCount;
    return true;
  }

  /** Reports a skipped block's well-formedness errors; nothing of it is kept. */
  checkWellFormedness(tree: ParsedTree): void {
    addXmlErrors(tree, this.collector);
    this.skip(layerOf(tree), tree.roots[0].nameRange);
  }

  private skip(layer: Layer, range: TextRange): void {
    this.skipped++;
    this.firstSkipped ??= { layer, range };
  }

  /** The outermost VPNProfile elements inside another XML document, such as the `<Data>` of a SyncML command. */
  nestedRoots(root: XmlElement, text: string): XmlElement[] {
    const found: XmlElement[] = [];
    // Not below a VPNProfile already found: looking through every element's ancestors was quadratic on deep
    // documents.
    const stack: XmlElement[] = [root];
    while (stack.length) {
      const element = stack.pop()!;
      if (element.localName === 'VPNProfile') {
        // Its elements are the document's, already counted.
        if (this.analysed < MAX_ANALYSED_EMBEDDED_BLOCKS) {
          this.analysed++;
          found.push(element);
        } else this.skip({ text, map: IDENTITY_MAP }, element.nameRange); // its well-formedness errors are the document's
        continue;
      }
      const children = element.children;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child instanceof XmlElement) stack.push(child);
      }
    }
    return found;
  }

  reportSkipped(): void {
    if (!this.firstSkipped) return;
    const total = this.analysed + this.skipped;
    this.collector.add(SIZE_LIMIT_RULE, this.firstSkipped.layer, {
      range: this.firstSkipped.range,
      message: `This document holds ${total.toLocaleString('en-US')} profiles or EAP configurations: the first ${this.analysed.toLocaleString('en-US')} were analysed in full; from this one on, the other ${this.skipped.toLocaleString('en-US')} were only checked for well-formedness.`,
    });
  }
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
  /** How many times fixes must be escaped, when not once per `escaped` (EAP escaped inside an escaped profile). */
  readonly escapeDepth?: number;
  readonly host?: EmbeddingHost;
  /** Where the document around deploys the profiles of this tree, when it says so. */
  readonly deployment?: DeploymentScope;
}

/** Profiles or EAP configurations written as text or CDATA inside another XML document. */
function findTextualEmbeddings(root: XmlElement, blocks: EmbeddedBlocks): ParsedTree[] {
  const found: ParsedTree[] = [];
  for (const element of walkElements(root)) {
    if (element.hasChildElements) continue;
    const value = element.text;
    if (!/^<(VPNProfile|EapHostConfig)[\s>]/.test(value.trimmed)) continue;
    const { text, map } = decodedText(element);
    const full = blocks.canAnalyse();
    const xml = parseXml(text, { tree: full, maxElements: blocks.elementBudget });
    const escaped = isEscapedText(element);
    if (!xml.root || !ROOTS.has(xml.root.localName)) continue;
    const tree: ParsedTree = { xml, text, map, roots: [xml.root], escaped, host: escaped ? ESCAPED_XML_HOST : CDATA_HOST, deployment: syncmlDeployment(element, false) };
    if (full && blocks.accept(tree)) found.push(tree);
    else blocks.checkWellFormedness(tree);
  }
  return found;
}

/**
 * The trimmed, decoded text of an element and the exact map from its offsets to the text it was parsed from: the
 * runs of the outer text (plain characters, references, CDATA), a reference mapping only as a whole.
 */
function decodedText(element: XmlElement): { text: string; map: SegmentSourceMap } {
  const value = element.text;
  const start = value.raw.indexOf(value.trimmed);
  const text = value.trimmed;
  const map = new SegmentSourceMap();
  for (const run of value.runs()) {
    const from = Math.max(run.index, start);
    const to = Math.min(run.index + run.length, start + text.length);
    if (to <= from) continue;
    if (run.length === run.sourceLength) map.add(from - start, run.source + (from - run.index), to - from);
    else map.add(from - start, run.source, to - from, run.sourceLength);
  }
  return { text, map };
}

/** How many times text inserted into this unit must be escaped (0 for XML written as XML). */
export function escapeDepthOf(unit: AnalysisUnit): number {
  return unit.escapeDepth ?? (unit.escaped ? 1 : 0);
}

/** XML written escaped in the text of another XML document: inserted text is escaped the same way. */
const ESCAPED_XML_HOST: EmbeddingHost = { placeholders: [], encode: (_range, text) => escapeXmlText(text) };
/** XML in a CDATA section (or plain text) of another document: inserted text must not end the section. */
const CDATA_HOST: EmbeddingHost = { placeholders: [], encode: (_range, text) => (text.includes(']]>') ? undefined : text) };

/** XML escaped once more inside a layer written by `outer` (escaped EAP in `<Configuration>`). */
function escapedWithin(outer: EmbeddingHost | undefined): EmbeddingHost {
  if (!outer) return ESCAPED_XML_HOST;
  return { placeholders: outer.placeholders, encode: (range, text) => outer.encode(range, escapeXmlText(text)) };
}

/** Whether the parser closed some element implicitly: only then can the catalogue's structure repair change anything. */
function hasUnclosedElements(xml: XmlDocument): boolean {
  return xml.omittedErrors.has('xml/unclosed-element') || xml.errors.some((error) => error.code === 'xml/unclosed-element');
}

function buildUnits(xml: XmlDocument, text: string, map: SourceMap, root: XmlElement, escaped: boolean, deployment: DeploymentScope | undefined): AnalysisUnit[] {
  // The repair walks the whole tree against the catalogue; a document without unclosed elements needs none of it.
  const repair = hasUnclosedElements(xml) ? repairUnclosedElements : () => {};
  if (root.localName === 'EapHostConfig') {
    repair(root, eapCatalogue);
    const specs = resolveSpecs(root, eapCatalogue);
    const eap = createEapModel(root, text, specs);
    return [{ kind: 'eap', text, xml, root, map, catalogue: eapCatalogue, specs, eap, escaped }];
  }
  repair(root, profileCatalogue);
  const specs = resolveSpecs(root, profileCatalogue);
  const eapUnits: AnalysisUnit[] = [];
  for (const { host, element } of specs.embedded) {
    if (element.localName !== 'EapHostConfig') continue;
    repair(element, eapCatalogue);
    const eapSpecs = resolveSpecs(element, eapCatalogue);
    const eap = createEapModel(element, text, eapSpecs, describeHostProfile(root, host));
    eapUnits.push({ kind: 'eap', text, xml, root: element, map, catalogue: eapCatalogue, specs: eapSpecs, eap, escaped });
  }
  for (const configuration of findAll(root, 'NativeProfile/Authentication/Eap/Configuration')) {
    if (!specs.specOf(configuration)?.embeds || !escapedEapConfiguration(configuration)) continue;
    const decoded = decodedText(configuration);
    const eapXml = parseXml(decoded.text, { maxElements: MAX_TREE_ELEMENTS });
    const element = eapXml.root;
    if (!element || element.localName !== 'EapHostConfig') continue;
    repairUnclosedElements(element, eapCatalogue);
    const eapSpecs = resolveSpecs(element, eapCatalogue);
    const eap = createEapModel(element, decoded.text, eapSpecs, describeHostProfile(root, configuration));
    const depth = (escaped ? 1 : 0) + 1;
    eapUnits.push({
      kind: 'eap',
      text: decoded.text,
      xml: eapXml,
      root: element,
      map: composeMaps(decoded.map, map),
      catalogue: eapCatalogue,
      specs: eapSpecs,
      eap,
      escaped: true,
      escapeDepth: depth,
      escapedIn: configuration,
    });
  }
  const profile = createProfileModel(
    root,
    text,
    specs,
    eapUnits.map((u) => u.eap!),
    deployment,
  );
  return [{ kind: 'profile', text, xml, root, map, catalogue: profileCatalogue, specs, profile, escaped }, ...eapUnits];
}

/**
 * The character and encoding rules, once per parsed text (a profile and the EAP configuration inside it are one
 * text), with each element's spec from whichever unit describes it.
 */
function runTextRules(tree: ParsedTree, units: readonly AnalysisUnit[], documentText: string, hasTree: boolean, source: SourceEncoding | undefined, collector: Collector): void {
  const specOf = (element: XmlElement): ElementSpec | undefined => {
    for (const unit of units) {
      const spec = unit.specs.specOf(element);
      if (spec) return spec;
    }
    return undefined;
  };
  const collect = hostedCollector(collector, tree.host, tree.xml.root);
  const layer = layerOf(tree);
  const standalone = tree.map === IDENTITY_MAP && !tree.escaped && !tree.host && tree.text === documentText;
  for (const rule of xmlTextRules) {
    if (!collector.enabled(rule)) continue;
    const context: XmlTextRuleContext = {
      text: tree.text,
      xml: tree.xml,
      hasTree,
      specOf,
      standalone,
      source: standalone ? source : undefined,
      report: (report) => collect.add(rule, layer, report),
    };
    try {
      rule.check!(context);
    } catch (error) {
      const root = tree.xml.root;
      collector.add(INTERNAL_ERROR_RULE, layer, {
        range: root ? root.nameRange : { start: 0, end: 0 },
        message: `Internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}. Other checks still ran; please report this.`,
      });
    }
  }
}

function runChecks(unit: AnalysisUnit, collector: Collector, target: WindowsVersion | undefined): void {
  const layer = layerOf(unit);
  const catalogue: Reporter = { report: (rule, report) => collector.add(rule, layer, report) };
  guarded(unit, collector, () => checkSchema(unit.root, unit.catalogue, unit.specs, unit.text, catalogue));
  const profile = unit.profile;
  if (profile) {
    for (const rule of profileRules) {
      if (rule.check && collector.enabled(rule)) guarded(unit, collector, () => rule.check!({ profile, catalogue, target, report: (report) => catalogue.report(rule, report) }), rule);
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
  /** Counts findings of `rule` that were found and dropped before they reached the collector. */
  countMore(rule: RuleMeta, count: number): void;
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
    countMore: (rule, count) => inner.countMore(rule, count),
  };
}

export { MAX_FINDINGS_PER_DOCUMENT, MAX_FINDINGS_PER_RULE };

/**
 * Keeps the first MAX_FINDINGS_PER_RULE findings of each rule, as they are reported, and of those the first
 * MAX_FINDINGS_PER_DOCUMENT in document order; notes count the rest (see limits.ts).
 */
class FindingCollector implements Collector {
  private readonly findings: Finding[] = [];
  /** Findings of each rule, counted whether kept or not. */
  private readonly perRule = new Map<string, number>();

  constructor(
    /** The document's text: suppression comments live in it. */
    private readonly text: string,
    private readonly settings: Readonly<Record<string, RuleSeveritySetting>>,
    private readonly suppressions?: Suppressions,
  ) {}

  enabled(rule: RuleMeta): boolean {
    return isRuleEnabled(rule, this.settings);
  }

  countMore(rule: RuleMeta, count: number): void {
    if (count > 0 && effectiveSeverity(rule, this.settings)) this.perRule.set(rule.id, (this.perRule.get(rule.id) ?? 0) + count);
  }

  add(rule: RuleMeta, layer: Layer, report: Parameters<Reporter['report']>[1]): void {
    const map = layer.map;
    const severity = effectiveSeverity(rule, this.settings, report.severity);
    if (!severity) return;
    const mapRange = (r: TextRange): TextRange => toOriginalRange(map, r);
    const range = mapRange(report.range);
    // Suppressed findings are dropped before they count towards any limit.
    if (this.suppressions && rule !== UNUSED_SUPPRESSION_RULE && this.suppressions.suppresses(rule.id, range.start)) return;
    const count = (this.perRule.get(rule.id) ?? 0) + 1;
    this.perRule.set(rule.id, count);
    if (count > MAX_FINDINGS_PER_RULE) return;
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
      range,
      related: report.related?.map((r) => ({ range: mapRange(r.range), message: r.message })),
      fixes: fixes.length ? fixes : undefined,
      docUrl: rule.docUrl || undefined,
      unnecessary: report.unnecessary,
    });
  }

  sorted(): Finding[] {
    return listWithinLimits(this.findings, this.perRule);
  }

  /**
   * A hint for each pattern of a suppression comment that hid nothing. Not for `cert/` rules (their findings come
   * from the workspace, after this analysis) nor for rules the settings turn off (nothing of theirs could show).
   */
  reportUnusedSuppressions(): void {
    if (!this.suppressions) return;
    for (const { directive, pattern } of this.suppressions.unused()) {
      const name = pattern.pattern;
      if (name.startsWith('cert/')) continue;
      const known = knownRules().filter((rule) => patternMatches(name, rule.id));
      let message: string;
      if (!isRulePattern(name) || (known.length === 0 && name !== '')) {
        message = `There is no rule ${codeSpan(name)}: this suppression hides nothing. A rule ID is written \`family/name\` (\`aovpn rules\` lists them) or \`family/*\` for a whole family.`;
      } else {
        if (!known.some((rule) => isRuleEnabled(rule, this.settings))) continue;
        const what = name === '' ? 'no finding' : `no finding of ${codeSpan(name)}`;
        message =
          directive.kind === 'disable-next-line'
            ? `This suppression hides ${what} on the next line: remove it, or move it above the line it is meant for.`
            : `This suppression hides ${what}: remove it if the problem is gone.`;
      }
      const removal = directive.patterns.length === 1 ? directive.range : removalOfPattern(directive, pattern.range);
      this.add(
        UNUSED_SUPPRESSION_RULE,
        { text: this.text, map: IDENTITY_MAP },
        {
          range: pattern.range,
          message,
          unnecessary: true,
          fixes: [
            { title: directive.patterns.length === 1 ? 'Remove the suppression comment' : `Remove ${name} from the suppression comment`, kind: 'suggestion', edits: [{ range: removal, newText: '' }] },
          ],
        },
      );
    }
  }
}

/** Every rule the analysis itself can report (cert/ rules are the workspace's). */
let known: readonly RuleMeta[] | undefined;
function knownRules(): readonly RuleMeta[] {
  return (known ??= [...xmlRules, ...xmlTextRules, ...schemaRules, ...valueRules, ...profileRules, ...eapRules, ...coreRules]);
}

/** The range that removes one pattern from a list (with the comma that joins it to a neighbour). */
function removalOfPattern(directive: { readonly patterns: readonly { readonly range: TextRange }[] }, range: TextRange): TextRange {
  const index = directive.patterns.findIndex((p) => p.range.start === range.start);
  const next = directive.patterns[index + 1];
  if (next) return { start: range.start, end: next.range.start };
  const previous = directive.patterns[index - 1];
  return previous ? { start: previous.range.end, end: range.end } : range;
}

/**
 * The limits of analyzeDocument for findings made elsewhere (the workspace's certificate cross-references): the
 * first MAX_FINDINGS_PER_RULE of each rule as given, of those the first MAX_FINDINGS_PER_DOCUMENT in document
 * order, and notes that count the rest.
 */
export function limitFindings(findings: readonly Finding[]): Finding[] {
  const perRule = new Map<string, number>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const count = (perRule.get(finding.ruleId) ?? 0) + 1;
    perRule.set(finding.ruleId, count);
    if (count <= MAX_FINDINGS_PER_RULE) kept.push(finding);
  }
  return listWithinLimits(kept, perRule);
}

/** `kept` (at most MAX_FINDINGS_PER_RULE per rule; sorted in place) cut to the document limit, with notes. */
function listWithinLimits(kept: Finding[], perRule: ReadonlyMap<string, number>): Finding[] {
  const byPosition = (a: Finding, b: Finding) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId);
  const listed = kept.sort(byPosition);
  let found = 0;
  for (const count of perRule.values()) found += count;
  const cutAt = listed.length > MAX_FINDINGS_PER_DOCUMENT ? listed[MAX_FINDINGS_PER_DOCUMENT - 1] : undefined;
  if (cutAt) listed.length = MAX_FINDINGS_PER_DOCUMENT;
  // Per rule: how many are listed, and the last of them (where the rule's note goes).
  const listedPerRule = new Map<string, { count: number; last: Finding }>();
  for (const finding of listed) {
    const entry = listedPerRule.get(finding.ruleId);
    if (entry) {
      entry.count++;
      entry.last = finding;
    } else listedPerRule.set(finding.ruleId, { count: 1, last: finding });
  }
  const notes: Finding[] = [];
  const note = (message: string, range: TextRange) => notes.push({ ruleId: FINDING_LIMIT_RULE.id, severity: FINDING_LIMIT_RULE.defaultSeverity, message, range });
  for (const [ruleId, count] of perRule) {
    const entry = listedPerRule.get(ruleId);
    if (!entry || count <= entry.count) continue;
    note(
      `\`${ruleId}\` found ${(count - entry.count).toLocaleString('en-US')} more problems in this document after this one; only the first ${entry.count.toLocaleString('en-US')} are listed.`,
      entry.last.range,
    );
  }
  if (cutAt) {
    note(
      `This document has ${(found - listed.length).toLocaleString('en-US')} more findings after this one; only the first ${MAX_FINDINGS_PER_DOCUMENT.toLocaleString('en-US')} in document order are listed.`,
      cutAt.range,
    );
  }
  return notes.length ? listed.concat(notes).sort(byPosition) : listed;
}

/** A fix is only as trusted as its rule declares: a `safe` fix from a rule that does not declare safe fixes is a suggestion. */
function declaredKind(rule: RuleMeta, fix: Fix): Fix['kind'] {
  return fix.kind === 'safe' && rule.fixKinds && !rule.fixKinds.includes('safe') ? 'suggestion' : fix.kind;
}
