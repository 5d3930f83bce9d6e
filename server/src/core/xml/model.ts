// The XML tree the rules, hovers and fixes work on. Every node knows its exact source offsets.
import type { FixKind, TextRange } from '../types';

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

export type XmlNode = XmlElement | XmlText | XmlComment | XmlCData | XmlProcessingInstruction | XmlDoctype;

export class XmlText {
  /** On the prototype, not in every text node. */
  get kind(): 'text' {
    return 'text';
  }
  /**
   * For text containing references: pairs of (decoded index, source offset) at every point where the
   * decoded text and the source stop running in step. Absent when the text is a plain source slice.
   */
  readonly segments: readonly number[] | undefined;
  private decoded: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    decoded?: string,
    segments?: number[],
  ) {
    this.decoded = decoded;
    this.segments = segments;
  }

  /** Text with entity and character references decoded. */
  get value(): string {
    return (this.decoded ??= this.source.slice(this.start, this.end));
  }

  /** Source offset of the decoded character at `index` (index may equal value.length). */
  sourceOffset(index: number): number {
    const segments = this.segments;
    if (!segments) return this.start + index;
    if (index >= this.value.length) return this.end;
    // The last pair whose decoded index is <= index (binary search: escaped XML has thousands of pairs, and
    // callers map every character).
    let low = 0;
    let high = segments.length / 2;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (segments[2 * mid] > index) high = mid;
      else low = mid + 1;
    }
    if (low === 0) return this.start + index;
    return segments[2 * low - 1] + (index - segments[2 * low - 2]);
  }

  /** The decoded text as runs of source characters: plain runs, and one run per reference. */
  runs(): TextRun[] {
    const value = this.value;
    const segments = this.segments;
    if (!segments) return [{ index: 0, length: value.length, source: this.start, sourceLength: this.end - this.start, piece: 0, cdata: false }];
    const runs: TextRun[] = [];
    let index = 0;
    let source = this.start;
    for (let k = 0; k <= segments.length; k += 2) {
      const nextIndex = k < segments.length ? segments[k] : value.length;
      const nextSource = k < segments.length ? segments[k + 1] : this.end;
      if (nextIndex > index || nextSource > source) runs.push({ index, length: nextIndex - index, source, sourceLength: nextSource - source, piece: 0, cdata: false });
      index = nextIndex;
      source = nextSource;
    }
    return runs;
  }
}

/**
 * Decoded characters [index, index + length) written as the source characters [source, source + sourceLength):
 * the same characters when the lengths are equal, else one reference (`&amp;`, `&#x20;`) that maps only as a whole.
 */
export interface TextRun {
  readonly index: number;
  readonly length: number;
  readonly source: number;
  readonly sourceLength: number;
  /** Which text or CDATA child of the element the run is in (an edit must stay in one). */
  readonly piece: number;
  /** The run is inside a CDATA section (text there is written as is, without references). */
  readonly cdata: boolean;
}

export interface XmlCData {
  readonly kind: 'cdata';
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly valueStart: number;
}

export interface XmlComment {
  readonly kind: 'comment';
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

export interface XmlProcessingInstruction {
  readonly kind: 'pi';
  readonly start: number;
  readonly end: number;
  readonly target: string;
}

export interface XmlDoctype {
  readonly kind: 'doctype';
  readonly start: number;
  readonly end: number;
}

/** A name split at its first colon: `p:kind` is prefix `p`, local name `kind`; `kind` has prefix ''. */
export interface QualifiedName {
  readonly prefix: string;
  readonly localName: string;
}

export function splitQualifiedName(name: string): QualifiedName {
  const colon = name.indexOf(':');
  return colon > 0 ? { prefix: name.slice(0, colon), localName: name.slice(colon + 1) } : { prefix: '', localName: name };
}

export class XmlAttribute {
  readonly prefix: string;
  readonly localName: string;

  constructor(
    readonly name: string,
    private readonly nameStart: number,
    private readonly nameEnd: number,
    /** Decoded value, or undefined when the attribute has no value at all (`Enabled` or `Enabled=`). */
    readonly value: string | undefined,
    private readonly valueStart: number,
    private readonly valueEnd: number,
    private readonly rangeEnd: number,
    split: QualifiedName = splitQualifiedName(name),
  ) {
    this.prefix = split.prefix;
    this.localName = split.localName;
  }

  get nameRange(): TextRange {
    return { start: this.nameStart, end: this.nameEnd };
  }

  /** Range of the value between its quotes; undefined when there is no value. */
  get valueRange(): TextRange | undefined {
    return this.value === undefined ? undefined : { start: this.valueStart, end: this.valueEnd };
  }

  /** From the first character of the name to the closing quote. */
  get range(): TextRange {
    return { start: this.nameStart, end: this.rangeEnd };
  }
}

export class XmlCloseTag {
  constructor(
    readonly name: string,
    readonly start: number,
    readonly end: number,
    private readonly nameStart: number,
  ) {}

  get nameRange(): TextRange {
    return { start: this.nameStart, end: this.nameStart + this.name.length };
  }
}

/** A decoded text value with a way back to source offsets. */
export interface TextValue {
  /** Decoded text of the element's text and CDATA children, comments left out, not trimmed. */
  readonly raw: string;
  /** `raw` without leading and trailing whitespace. */
  readonly trimmed: string;
  /** Source range of `trimmed`; an empty range at the content start when there is no text. */
  readonly range: TextRange;
  /** Source offset of the character at `index` in `raw` (index may equal raw.length). */
  offsetAt(index: number): number;
  /** `raw` as runs of source characters, in order; empty when there is no text (see xml/edits.ts). */
  runs(): readonly TextRun[];
}

const NO_ATTRIBUTES: readonly XmlAttribute[] = Object.freeze([]);
/** Shared by all childless elements; the parser replaces it with a one-slot array on the first child. */
export const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);

// The element's yes/no facts, as bits of one field: a profile has thousands of elements, each kept while it is
// analysed (six booleans were 48 of the bytes every element costs the garbage collector).
const SELF_CLOSING = 1;
const HAS_CHILD_ELEMENTS = 2;
const CLOSED = 4;
const IMPLICITLY_CLOSED = 8;
const CUT_SHORT = 16;
const UNFINISHED = 32;

export class XmlElement {
  name: string;
  prefix: string;
  localName: string;
  namespaceUri = '';
  start: number;
  end: number;
  /** Offset just after the start tag's `>` (or where the unfinished start tag stopped). */
  startTagEnd = -1;
  private flags = 0;

  /** On the prototype, not in every element. */
  get kind(): 'element' {
    return 'element';
  }

  private flag(bit: number, on: boolean): void {
    this.flags = on ? this.flags | bit : this.flags & ~bit;
  }

  get selfClosing(): boolean {
    return (this.flags & SELF_CLOSING) !== 0;
  }
  set selfClosing(on: boolean) {
    this.flag(SELF_CLOSING, on);
  }
  /** Set while parsing: the element has at least one child element. */
  get hasChildElements(): boolean {
    return (this.flags & HAS_CHILD_ELEMENTS) !== 0;
  }
  set hasChildElements(on: boolean) {
    this.flag(HAS_CHILD_ELEMENTS, on);
  }
  /** True when the element ends with its own matching end tag or is self-closing. */
  get closed(): boolean {
    return (this.flags & CLOSED) !== 0;
  }
  set closed(on: boolean) {
    this.flag(CLOSED, on);
  }
  /** Never closed: an ancestor's end tag or the end of the document ended it (its extent is a guess). */
  get implicitlyClosed(): boolean {
    return (this.flags & IMPLICITLY_CLOSED) !== 0;
  }
  set implicitlyClosed(on: boolean) {
    this.flag(IMPLICITLY_CLOSED, on);
  }
  /** Implicitly closed by the end of the document (the document may have been cut short inside it). */
  get cutShort(): boolean {
    return (this.flags & CUT_SHORT) !== 0;
  }
  set cutShort(on: boolean) {
    this.flag(CUT_SHORT, on);
  }
  /** Its start tag was never finished with `>` (typically still being typed). */
  get unfinished(): boolean {
    return (this.flags & UNFINISHED) !== 0;
  }
  set unfinished(on: boolean) {
    this.flag(UNFINISHED, on);
  }

  closeTag: XmlCloseTag | undefined;
  attributes: readonly XmlAttribute[] = NO_ATTRIBUTES;
  /** Child nodes in document order; whitespace between child elements is not kept. */
  children: XmlNode[] = NO_CHILDREN as XmlNode[];
  parent: XmlElement | undefined;
  /** Namespace declarations made on this element: prefix ('' for the default) -> URI. */
  namespaceDeclarations: Map<string, string> | undefined;
  private cachedText: TextValue | undefined;
  /**
   * Left by the catalogue's spec resolution (core/catalogue): the resolution that matched this element and the spec
   * it found. A field, not a Map entry per element: resolution runs on every keystroke over thousands of elements.
   */
  resolvedBy: object | undefined = undefined;
  resolvedSpec: unknown = undefined;

  constructor(name: string, start: number, parent: XmlElement | undefined, split: QualifiedName = splitQualifiedName(name)) {
    this.name = name;
    this.prefix = split.prefix;
    this.localName = split.localName;
    this.start = start;
    this.end = start;
    this.parent = parent;
  }

  /** The element name in its start tag. */
  get nameRange(): TextRange {
    return { start: this.start + 1, end: this.start + 1 + this.name.length };
  }

  get contentStart(): number {
    return this.startTagEnd;
  }

  get contentEnd(): number {
    return this.closeTag ? this.closeTag.start : this.selfClosing ? this.startTagEnd : this.end;
  }

  get range(): TextRange {
    return { start: this.start, end: this.end };
  }

  elements(): XmlElement[] {
    const out: XmlElement[] = [];
    for (const child of this.children) if (child instanceof XmlElement) out.push(child);
    return out;
  }

  /** First child element with this local name. */
  child(localName: string): XmlElement | undefined {
    for (const child of this.children) if (child instanceof XmlElement && child.localName === localName) return child;
    return undefined;
  }

  childrenNamed(localName: string): XmlElement[] {
    const out: XmlElement[] = [];
    for (const child of this.children) if (child instanceof XmlElement && child.localName === localName) out.push(child);
    return out;
  }

  attribute(name: string): XmlAttribute | undefined {
    return this.attributes.find((a) => a.name === name);
  }

  /** Decoded text content (text and CDATA children; comments skipped; nested elements skipped). */
  get text(): TextValue {
    return (this.cachedText ??= buildTextValue(this));
  }

  /** Ancestors from the parent up to the document root. */
  *ancestors(): Iterable<XmlElement> {
    for (let e = this.parent; e; e = e.parent) yield e;
  }

  /** Local-name path from the root, e.g. VPNProfile/NativeProfile/Servers. */
  get path(): string {
    const names: string[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- a walk up the parents starts here
    for (let e: XmlElement | undefined = this; e; e = e.parent) names.push(e.localName);
    return names.reverse().join('/');
  }

  lookupNamespace(prefix: string): string | undefined {
    if (prefix === 'xml') return XML_NAMESPACE;
    if (prefix === 'xmlns') return XMLNS_NAMESPACE;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- a walk up the parents starts here
    for (let e: XmlElement | undefined = this; e; e = e.parent) {
      const uri = e.namespaceDeclarations?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return prefix === '' ? '' : undefined;
  }
}

/**
 * Every well-formedness problem the parser reports. Each code is the ID of a rule of the XML family
 * (rules/xmlRules.ts maps every code to its rule object, so a code without a rule does not compile).
 */
export type XmlErrorCode =
  | 'xml/attribute-without-value'
  | 'xml/cdata-end-in-text'
  | 'xml/double-hyphen-in-comment'
  | 'xml/duplicate-attribute'
  | 'xml/empty-namespace-prefix-binding'
  | 'xml/invalid-character-reference'
  | 'xml/malformed-markup'
  | 'xml/mismatched-end-tag'
  | 'xml/misplaced-declaration'
  | 'xml/misplaced-doctype'
  | 'xml/missing-quote'
  | 'xml/missing-space-before-attribute'
  | 'xml/missing-space-between-attributes'
  | 'xml/multiple-roots'
  | 'xml/space-in-end-tag'
  | 'xml/split-xmlns'
  | 'xml/text-outside-root'
  | 'xml/typographic-quotes'
  | 'xml/unclosed-cdata'
  | 'xml/unclosed-comment'
  | 'xml/unclosed-element'
  | 'xml/unclosed-end-tag'
  | 'xml/unclosed-processing-instruction'
  | 'xml/unclosed-start-tag'
  | 'xml/undeclared-prefix'
  | 'xml/unescaped-ampersand'
  | 'xml/unescaped-less-than'
  | 'xml/unexpected-character'
  | 'xml/unexpected-end-tag'
  | 'xml/unknown-entity'
  | 'xml/unquoted-attribute-value'
  | 'xml/whitespace-before-declaration';

export interface XmlSyntaxError {
  readonly code: XmlErrorCode;
  readonly message: string;
  readonly range: TextRange;
  readonly related?: { range: TextRange; message: string }[];
  /** `safe`: one right answer (fix-all applies it); `suggestion`: a person decides (see rules/xmlRules.ts). */
  readonly fix?: { title: string; edits: { range: TextRange; newText: string }[]; kind: FixKind };
  /** Other repairs a person may choose instead of `fix` (never safe). */
  readonly alternatives?: readonly { title: string; edits: { range: TextRange; newText: string }[]; kind: 'suggestion' }[];
}

export interface XmlDocument {
  readonly text: string;
  readonly children: XmlNode[];
  /** The first top-level element. */
  readonly root: XmlElement | undefined;
  /** Well-formedness errors in document order: the first ones of each code (see ParseOptions.maxErrorsPerCode). */
  readonly errors: XmlSyntaxError[];
  /** How many more errors of each code were found and not kept in `errors`. */
  readonly omittedErrors: ReadonlyMap<XmlErrorCode, number>;
  /** Number of elements, for size-dependent decisions. */
  readonly elementCount: number;
  /** The tree holds only the first elements (ParseOptions.maxElements); the rest was only checked for well-formedness. */
  readonly partial: boolean;
}

function buildTextValue(element: XmlElement): TextValue {
  let only: XmlText | XmlCData | undefined;
  let count = 0;
  for (const child of element.children) {
    if (child.kind === 'text' || child.kind === 'cdata') {
      only = child;
      count++;
    }
  }
  if (count === 0) return new EmptyText(element.contentStart);
  if (count === 1 && (only!.kind === 'cdata' || !only!.segments)) {
    // The common case: one plain text or CDATA child, a straight slice of the source.
    return new SliceText(only!.value, only!.kind === 'cdata' ? only!.valueStart : only!.start, only!.kind === 'cdata');
  }
  return new PiecewiseText(element);
}

class EmptyText implements TextValue {
  readonly raw = '';
  readonly trimmed = '';
  readonly range: TextRange;
  constructor(private readonly at: number) {
    this.range = { start: at, end: at };
  }
  offsetAt(): number {
    return this.at;
  }
  runs(): TextRun[] {
    return [];
  }
}

class SliceText implements TextValue {
  readonly trimmed: string;
  readonly range: TextRange;
  constructor(
    readonly raw: string,
    private readonly base: number,
    private readonly cdata: boolean,
  ) {
    let first = 0;
    while (first < raw.length && isXmlSpace(raw.charCodeAt(first))) first++;
    let last = raw.length;
    while (last > first && isXmlSpace(raw.charCodeAt(last - 1))) last--;
    this.trimmed = first === 0 && last === raw.length ? raw : raw.slice(first, last);
    this.range = last > first ? { start: base + first, end: base + last } : { start: base, end: base };
  }
  offsetAt(index: number): number {
    return this.base + index;
  }
  runs(): TextRun[] {
    return [{ index: 0, length: this.raw.length, source: this.base, sourceLength: this.raw.length, piece: 0, cdata: this.cdata }];
  }
}

class PiecewiseText implements TextValue {
  readonly raw: string;
  readonly trimmed: string;
  readonly range: TextRange;
  private readonly pieces: { value: string; map: (i: number) => number; runs: () => TextRun[] }[] = [];
  /** Index in `raw` where each piece starts. */
  private readonly starts: number[] = [];

  constructor(element: XmlElement) {
    for (const child of element.children) {
      if (child.kind === 'text') this.pieces.push({ value: child.value, map: textOffsetMapper(child), runs: () => child.runs() });
      else if (child.kind === 'cdata') {
        const base = child.valueStart;
        const value = child.value;
        this.pieces.push({ value, map: (i) => base + i, runs: () => [{ index: 0, length: value.length, source: base, sourceLength: value.length, piece: 0, cdata: true }] });
      }
    }
    let at = 0;
    for (const piece of this.pieces) {
      this.starts.push(at);
      at += piece.value.length;
    }
    const raw = (this.raw = this.pieces.map((p) => p.value).join(''));
    let first = 0;
    while (first < raw.length && isXmlSpace(raw.charCodeAt(first))) first++;
    let last = raw.length;
    while (last > first && isXmlSpace(raw.charCodeAt(last - 1))) last--;
    this.trimmed = raw.slice(first, last);
    const start = this.locate(last > first ? first : 0, false);
    this.range = { start, end: last > first ? this.locate(last - 1, true) : start };
  }

  offsetAt(index: number): number {
    return this.locate(index, false);
  }

  runs(): TextRun[] {
    const out: TextRun[] = [];
    this.pieces.forEach((piece, k) => {
      for (const run of piece.runs()) out.push({ ...run, index: this.starts[k] + run.index, piece: k });
    });
    return out;
  }

  /** Maps a decoded index to a source offset; `after` gives the end of the character instead of its start. */
  private locate(index: number, after: boolean): number {
    // The last piece starting at or before `index` (binary search), skipping empty pieces as the scan did.
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > index) high = mid;
      else low = mid + 1;
    }
    for (let k = Math.max(0, low - 1); k < this.pieces.length; k++) {
      const piece = this.pieces[k];
      const rest = index - starts[k];
      if (rest >= 0 && rest < piece.value.length) return after ? piece.map(rest + 1) : piece.map(rest);
    }
    const last = this.pieces[this.pieces.length - 1];
    return last.map(last.value.length);
  }
}

export function textOffsetMapper(text: XmlText): (index: number) => number {
  return (i) => text.sourceOffset(i);
}

export function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}
