// A small, tolerant, position-exact XML parser built for editing: it never throws, keeps the structure
// after a defect (half-typed tag, missing quote, mismatched end tag, truncated file) and reports each
// well-formedness problem at the exact characters, with a plain message and, where obvious, a fix.
import {
  XmlElement,
  XmlAttribute,
  XmlCloseTag,
  type XmlDocument,
  type XmlNode,
  type XmlErrorCode,
  type XmlSyntaxError,
  XmlText,
  NO_CHILDREN,
  XML_NAMESPACE,
  XMLNS_NAMESPACE,
  isXmlSpace,
  splitQualifiedName,
  type QualifiedName,
} from './model';
import { codeSpan } from '../text/markdown';
import { MAX_FINDINGS_PER_RULE } from '../limits';
import { similarNames } from '../text/similarity';
import { describeCharacter } from '../text/unicodeNames';

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const SEMI = 0x3b;
const HASH = 0x23;

/** Attribute names that are often glued to the element name when a space is lost. */
const GLUED_ATTRIBUTE_NAMES = ['xmlns', 'Enabled'];

export function isNameStartChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
}

export function isNameChar(c: number): boolean {
  return isNameStartChar(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0xb7;
}

/** Slots of Parser.recentNames (a power of two). */
const RECENT_NAME_SLOTS = 64;
const MAX_INTERNED_NAMES = 4096;
/** After a `<` that starts no tag: whitespace then a name and `>` or `/>`, as in `< Route>`. */
const TAG_AFTER_STRAY_CHARACTER = /^\s+[A-Za-z_][\w.:-]*\s*\/?>/;

/** Up to this many attributes on one element, duplicates are found by comparing names pairwise. */
const SMALL_ATTRIBUTE_COUNT = 16;
/** An unclosed element nested deeper than this among other unclosed elements gets no end-tag fix. */
const MAX_COMBINED_END_TAGS = 64;

// A Map: an object literal would also "know" `&constructor;` and `&toString;` from its prototype.
const PREDEFINED_ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * Typographic quotation marks that word processors and chat clients put in place of `"` and `'`: the double ones
 * (“ ” „ « ») and the single ones (‘ ’ ‚). An attribute delimited by them is not quoted at all for XML.
 */
const TYPOGRAPHIC_DOUBLE = new Set([0x201c, 0x201d, 0x201e, 0xab, 0xbb]);
const TYPOGRAPHIC_SINGLE = new Set([0x2018, 0x2019, 0x201a]);

function isTypographicQuote(c: number): boolean {
  return TYPOGRAPHIC_DOUBLE.has(c) || TYPOGRAPHIC_SINGLE.has(c);
}

export interface ParseOptions {
  /**
   * Keep the element tree (default). Without it only the top-level nodes are kept (the root has no children):
   * the well-formedness errors are the same, and memory does not grow with the document (the size guard).
   */
  readonly tree?: boolean;
  /**
   * Errors kept per error code (default MAX_FINDINGS_PER_RULE): the first ones in document order. The others are
   * only counted (XmlDocument.omittedErrors), so that a document full of raw `&` or `<` costs no memory for them.
   */
  readonly maxErrorsPerCode?: number;
  /**
   * Elements kept in the tree at most (default: all). Past them the parse goes on without a tree, as with
   * `tree: false`, and XmlDocument.partial says so: the tree holds the first ones, and later children of open
   * elements are missing from it.
   */
  readonly maxElements?: number;
}

export function parseXml(text: string, options: ParseOptions = {}): XmlDocument {
  return new Parser(text, options.tree !== false, options.maxErrorsPerCode ?? MAX_FINDINGS_PER_RULE, options.maxElements ?? Infinity).parse();
}

class Parser {
  private pos = 0;
  private readonly len: number;
  private readonly stack = new OpenStack();
  private readonly topLevel: XmlNode[] = [];
  private readonly errors: ErrorLog;
  private root: XmlElement | undefined;
  private elementCount = 0;
  /** The tree stopped at maxElements. */
  private partial = false;
  private hasInternalSubset = false;

  constructor(
    private readonly text: string,
    private tree: boolean,
    maxErrorsPerCode: number,
    private readonly maxElements: number,
  ) {
    this.len = text.length;
    this.errors = new ErrorLog(maxErrorsPerCode);
  }

  // Element and attribute names repeat thousands of times in big documents: one string (and one prefix/local-name
  // split) per distinct name keeps the tree small. Bounded, so that a document of random names cannot grow it.
  private readonly names = new Map<string, string>();
  private readonly splits = new Map<string, QualifiedName>();

  /** Names recently seen, by a hash of length and end characters: a hit is compared in place, with no new string. */
  private readonly recentNames: (string | undefined)[] = new Array<string | undefined>(RECENT_NAME_SLOTS).fill(undefined);

  private nameAt(start: number, end: number): string {
    const text = this.text;
    const length = end - start;
    if (length === 0) return '';
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (RECENT_NAME_SLOTS - 1);
    const recent = this.recentNames[slot];
    if (recent !== undefined && recent.length === length && text.startsWith(recent, start)) return recent;
    const name = this.interned(text.slice(start, end));
    this.recentNames[slot] = name;
    return name;
  }

  private interned(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    if (this.names.size < MAX_INTERNED_NAMES) this.names.set(name, name);
    return name;
  }

  private split(name: string): QualifiedName {
    let split = this.splits.get(name);
    if (split === undefined) {
      split = splitQualifiedName(name);
      if (this.splits.size < MAX_INTERNED_NAMES) this.splits.set(name, split);
    }
    return split;
  }

  parse(): XmlDocument {
    const text = this.text;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    // Where the current run of text started: a `<` that starts no tag is part of the text around it (one text
    // node, not three; a document of a million raw `<` kept a million nodes).
    let textStart = this.pos;
    while (this.pos < this.len) {
      const lt = text.indexOf('<', this.pos);
      if (lt === -1) {
        this.pos = this.len;
        break;
      }
      const next = text.charCodeAt(lt + 1);
      const markup = next === BANG || next === QUESTION || next === SLASH || isNameStartChar(next);
      if (!markup) {
        this.reportUnescapedLessThan(lt);
        this.pos = lt + 1;
        continue;
      }
      if (lt > textStart) this.addText(textStart, lt);
      this.pos = lt;
      if (next === BANG) this.parseMarkupDeclaration();
      else if (next === QUESTION) this.parseProcessingInstruction();
      else if (next === SLASH) this.parseEndTag();
      else this.parseStartTag();
      textStart = this.pos;
    }
    if (this.len > textStart) this.addText(textStart, this.len);
    // An end tag inserted at the end of the document would land inside an unclosed comment, CDATA section or
    // processing instruction there.
    this.reportAllUnclosed(this.stack.length - 1, -1, this.len, 'the document ends', !this.endsInsideMarkup);
    this.closeDownTo(0);
    return {
      text,
      children: this.topLevel,
      root: this.root,
      errors: this.errors.sorted(),
      omittedErrors: this.errors.omitted,
      elementCount: this.elementCount,
      partial: this.partial,
    };
  }

  private reportUnescapedLessThan(lt: number): void {
    if (!this.errors.accepts('xml/unescaped-less-than', lt)) {
      this.errors.count('xml/unescaped-less-than');
      return;
    }
    const isEnd = lt + 1 >= this.len;
    // `<Type xmlns="…"<>`: the `<` cut an unfinished start tag short; escaping it would not repair the tag.
    const endsBrokenTag = lt === this.unterminatedTagEnd;
    // `< Route>` may be a tag with a stray space rather than a literal `<`: escaping it is then a guess.
    const looksLikeTag = TAG_AFTER_STRAY_CHARACTER.test(this.text.slice(lt + 1, lt + 200));
    this.error(
      'xml/unescaped-less-than',
      isEnd ? 'The document ends with `<`: finish the tag or remove it.' : 'A `<` that does not start a tag must be written as `&lt;`.',
      lt,
      lt + 1,
      isEnd || endsBrokenTag ? undefined : { title: 'Replace < with &lt;', edits: [{ range: { start: lt, end: lt + 1 }, newText: '&lt;' }], kind: looksLikeTag ? 'suggestion' : 'safe' },
    );
  }

  // ---- nodes -------------------------------------------------------------------------------------

  private append(node: XmlNode): void {
    const stack = this.stack;
    const top = stack.length - 1;
    if (top < 0) {
      this.topLevel.push(node);
      return;
    }
    const parent = stack.element(top);
    if (!this.tree || !parent) {
      if (node.kind === 'element') stack.markHasChildElements(top);
      return;
    }
    const children = parent.children;
    if (node.kind === 'element') {
      // Whitespace between child elements carries no meaning; dropping it keeps big documents small.
      const previous = children[children.length - 1];
      if (previous && previous.kind === 'text' && !previous.segments && this.isBlank(previous.start, previous.end)) children.pop();
      stack.markHasChildElements(top);
    } else if (node.kind === 'text' && stack.hasChildElements(top) && !node.segments && this.isBlank(node.start, node.end)) {
      return;
    }
    if (children === NO_CHILDREN) parent.children = [node];
    // The second child makes an exact pair: push() would allocate 17 slots, copied again on close.
    else if (children.length === 1) parent.children = [children[0], node];
    else children.push(node);
  }

  private isBlank(start: number, end: number): boolean {
    const text = this.text;
    for (let i = start; i < end; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
    return true;
  }

  // Cached next positions keep searches linear: a plain indexOf from every text node would rescan the rest
  // of the document each time when the character does not occur again.
  private nextAmp = -2;
  private nextCdataEnd = -2;
  private nextLt = -2;

  private nextOccurrence(kind: 'amp' | 'cdataEnd' | 'lt', from: number): number {
    if (kind === 'amp') {
      if (this.nextAmp !== -1 && this.nextAmp < from) this.nextAmp = this.text.indexOf('&', from);
      return this.nextAmp;
    }
    if (kind === 'lt') {
      if (this.nextLt !== -1 && this.nextLt < from) this.nextLt = this.text.indexOf('<', from);
      return this.nextLt;
    }
    if (this.nextCdataEnd !== -1 && this.nextCdataEnd < from) this.nextCdataEnd = this.text.indexOf(']]>', from);
    return this.nextCdataEnd;
  }

  /** The first `char` in [from, limit), or -1: a search that never reads past where the tag must end anyway. */
  private indexBefore(char: number, from: number, limit: number): number {
    const text = this.text;
    for (let i = from; i < limit; i++) if (text.charCodeAt(i) === char) return i;
    return -1;
  }

  private addText(start: number, end: number): void {
    const text = this.text;
    const top = this.stack.length - 1;
    // Whitespace between child elements would be dropped by append(): don't allocate it in the first place.
    if (top >= 0 && this.stack.hasChildElements(top) && this.isBlank(start, end)) return;
    const amp = this.nextOccurrence('amp', start);
    let node: XmlText;
    if (amp === -1 || amp >= end) {
      node = new XmlText(text, start, end);
    } else {
      node = this.decodeText(start, end, amp);
    }
    if (this.stack.length === 0) {
      // Outside the root element only whitespace may appear.
      let i = start;
      while (i < end && isXmlSpace(text.charCodeAt(i))) i++;
      if (i < end) {
        let j = end;
        while (j > i && isXmlSpace(text.charCodeAt(j - 1))) j--;
        this.error('xml/text-outside-root', this.root ? 'Text after the root element is not allowed.' : 'Text before the root element is not allowed.', i, j);
      }
    } else {
      const closeTagEnd = this.nextOccurrence('cdataEnd', start);
      if (closeTagEnd !== -1 && closeTagEnd < end) {
        this.error('xml/cdata-end-in-text', '`]]>` may not appear in text: write `]]&gt;`.', closeTagEnd, closeTagEnd + 3, {
          title: 'Replace ]]> with ]]&gt;',
          edits: [{ range: { start: closeTagEnd, end: closeTagEnd + 3 }, newText: ']]&gt;' }],
          kind: 'safe',
        });
      }
    }
    this.append(node);
  }

  /** Decodes references in text or attribute values, reporting raw `&` and unknown entities. */
  private decodeText(start: number, end: number, firstAmp: number): XmlText {
    const { value, segments } = this.decodeReferences(start, end, firstAmp, false);
    return new XmlText(this.text, start, end, value, segments);
  }

  private decodeReferences(start: number, end: number, firstAmp: number, inAttribute: boolean): { value: string; segments: number[] } {
    const text = this.text;
    let value = '';
    const segments: number[] = [];
    // Source text up to a reference that decodes is copied in one piece: raw `&` and unknown entities stay as
    // written, and appending them one by one built a string of millions of pieces for a text full of `&`.
    let copyFrom = start;
    let i = start;
    let amp = firstAmp;
    while (i < end) {
      if (amp === -1 || amp >= end) break;
      const ref = this.readReference(amp, end);
      if (ref.kind === 'ok') {
        value += text.slice(copyFrom, amp);
        segments.push(value.length, amp);
        value += ref.value;
        segments.push(value.length, ref.end);
        copyFrom = ref.end;
      } else if (ref.kind === 'raw') {
        if (this.errors.accepts('xml/unescaped-ampersand', amp)) {
          this.error(
            'xml/unescaped-ampersand',
            inAttribute ? 'A raw `&` in an attribute value must be written as `&amp;`.' : 'A raw `&` must be written as `&amp;` (or the text wrapped in `<![CDATA[ … ]]>`).',
            amp,
            amp + 1,
            { title: 'Escape & as &amp;', edits: [{ range: { start: amp, end: amp + 1 }, newText: '&amp;' }], kind: 'safe' },
          );
        } else this.errors.count('xml/unescaped-ampersand');
      } else if (!this.hasInternalSubset) {
        if (this.errors.accepts('xml/unknown-entity', amp)) {
          this.error(
            'xml/unknown-entity',
            `Unknown entity ${codeSpan(text.slice(amp, ref.end))}: XML knows only \`&lt;\`, \`&gt;\`, \`&amp;\`, \`&quot;\`, \`&apos;\` and numeric references. Write \`&amp;\` for a literal ampersand.`,
            amp,
            ref.end,
            // The author may have meant the character an HTML entity names (`&nbsp;`): making it literal is a decision.
            { title: 'Escape & as &amp;', edits: [{ range: { start: amp, end: amp + 1 }, newText: '&amp;' }], kind: 'suggestion' },
          );
        } else this.errors.count('xml/unknown-entity');
      }
      i = ref.end;
      amp = this.nextOccurrence('amp', i);
    }
    value += text.slice(copyFrom, end);
    return { value, segments };
  }

  private readReference(amp: number, end: number): { kind: 'ok'; value: string; end: number } | { kind: 'raw' | 'unknown'; end: number } {
    const text = this.text;
    let i = amp + 1;
    if (text.charCodeAt(i) === HASH) {
      i++;
      const hex = text.charCodeAt(i) === 0x78; // x
      if (hex) i++;
      const digitsStart = i;
      while (i < end && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i++;
      if (i > digitsStart && text.charCodeAt(i) === SEMI) {
        const code = parseInt(text.slice(digitsStart, i), hex ? 16 : 10);
        if (isXmlChar(code)) return { kind: 'ok', value: String.fromCodePoint(code), end: i + 1 };
        this.error('xml/invalid-character-reference', `${codeSpan(text.slice(amp, i + 1))} is not a character XML allows.`, amp, i + 1);
        return { kind: 'ok', value: '', end: i + 1 };
      }
      return { kind: 'raw', end: amp + 1 };
    }
    if (!isNameStartChar(text.charCodeAt(i))) return { kind: 'raw', end: amp + 1 };
    while (i < end && isNameChar(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== SEMI) return { kind: 'raw', end: amp + 1 };
    const name = text.slice(amp + 1, i);
    const value = PREDEFINED_ENTITIES.get(name);
    if (value !== undefined) return { kind: 'ok', value, end: i + 1 };
    return { kind: 'unknown', end: i + 1 };
  }

  // ---- markup ------------------------------------------------------------------------------------

  private parseMarkupDeclaration(): void {
    const text = this.text;
    const start = this.pos;
    if (text.startsWith('<!--', start)) {
      const close = text.indexOf('-->', start + 4);
      const end = close === -1 ? this.len : close + 3;
      if (close === -1) {
        this.endsInsideMarkup = true;
        this.error('xml/unclosed-comment', 'This comment is never closed: add `-->`.', start, start + 4);
      } else {
        const doubleHyphen = text.indexOf('--', start + 4);
        if (doubleHyphen !== -1 && doubleHyphen < close) {
          this.error('xml/double-hyphen-in-comment', '`--` is not allowed inside a comment.', doubleHyphen, doubleHyphen + 2);
        }
      }
      this.append({ kind: 'comment', start, end, value: text.slice(start + 4, close === -1 ? this.len : close) });
      this.pos = end;
      return;
    }
    if (text.startsWith('<![CDATA[', start)) {
      const close = text.indexOf(']]>', start + 9);
      const end = close === -1 ? this.len : close + 3;
      if (close === -1) {
        this.endsInsideMarkup = true;
        this.error('xml/unclosed-cdata', 'This CDATA section is never closed: add `]]>`.', start, start + 9);
      }
      if (this.stack.length === 0) this.error('xml/text-outside-root', 'CDATA is only allowed inside an element.', start, end);
      this.append({ kind: 'cdata', start, end, value: text.slice(start + 9, close === -1 ? this.len : close), valueStart: start + 9 });
      this.pos = end;
      return;
    }
    if (text.startsWith('<!DOCTYPE', start)) {
      let i = start + 9;
      let depth = 0;
      for (; i < this.len; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5b) {
          depth++;
          this.hasInternalSubset = true;
        } else if (c === 0x5d) depth--;
        else if (c === GT && depth <= 0) break;
      }
      const end = Math.min(i + 1, this.len);
      if (i >= this.len) this.endsInsideMarkup = true;
      if (this.root || this.stack.length) this.error('xml/misplaced-doctype', 'A DOCTYPE must come before the root element.', start, end);
      this.append({ kind: 'doctype', start, end });
      this.pos = end;
      return;
    }
    const gt = text.indexOf('>', start);
    const end = gt === -1 ? this.len : gt + 1;
    if (gt === -1) this.endsInsideMarkup = true;
    this.error('xml/malformed-markup', 'Unknown markup: comments start with `<!--` and CDATA with `<![CDATA[`.', start, end);
    this.pos = end;
  }

  private parseProcessingInstruction(): void {
    const text = this.text;
    const start = this.pos;
    let i = start + 2;
    while (i < this.len && isNameChar(text.charCodeAt(i))) i++;
    const target = text.slice(start + 2, i);
    const close = text.indexOf('?>', i);
    const end = close === -1 ? this.len : close + 2;
    if (close === -1) this.endsInsideMarkup = true;
    if (close === -1) this.error('xml/unclosed-processing-instruction', `${codeSpan(`<?${target}`)} is never closed: add \`?>\`.`, start, i);
    if (target.length === 0) {
      this.error('xml/malformed-markup', 'A processing instruction needs a name after `<?`.', start, start + 2);
    } else if (target.toLowerCase() === 'xml') {
      const docStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      if (start !== docStart) {
        const onlySpaceBefore = this.root === undefined && /^[\s]*$/.test(text.slice(docStart, start));
        const onlyTopLevelSpace = onlySpaceBefore && this.topLevel.every((n) => n.kind === 'text');
        if (onlyTopLevelSpace) {
          this.error(
            'xml/whitespace-before-declaration',
            'The XML declaration `<?xml … ?>` must be the very first thing in the file; remove the whitespace before it. Strict XML parsers reject the file otherwise.',
            docStart,
            start,
            { title: 'Remove whitespace before the XML declaration', edits: [{ range: { start: docStart, end: start }, newText: '' }], kind: 'safe' },
          );
        } else {
          this.error('xml/misplaced-declaration', 'The XML declaration `<?xml … ?>` is only allowed at the very start of the file.', start, end);
        }
      }
    }
    this.append({ kind: 'pi', start, end, target });
    this.pos = end;
  }

  private parseStartTag(): void {
    const text = this.text;
    const start = this.pos;
    let i = start + 1;
    while (i < this.len && isNameChar(text.charCodeAt(i))) i++;
    let nameEnd = i;
    let name = this.nameAt(start + 1, nameEnd);
    // Most elements have no attributes: the list is made on the first one.
    let pendingAttributes: XmlAttribute[] | undefined;

    // `<EapHostConfigxmlns="…">`: a lost space glued the first attribute to the element name.
    if (text.charCodeAt(i) === EQUALS) {
      const glued = splitGluedAttribute(name);
      if (glued) {
        const attrStart = start + 1 + glued.elementName.length;
        this.error(
          'xml/missing-space-before-attribute',
          `A space is missing between the element name ${codeSpan(glued.elementName)} and the attribute ${codeSpan(glued.attributeName)}.`,
          start + 1,
          nameEnd,
          { title: `Insert a space before ${glued.attributeName}`, edits: [{ range: { start: attrStart, end: attrStart }, newText: ' ' }], kind: 'safe' },
        );
        name = glued.elementName;
        nameEnd = attrStart;
        i = attrStart;
      } else {
        this.error(
          'xml/missing-space-before-attribute',
          `${codeSpan(`${name}=`)}: the element name runs straight into \`=\`. Separate the element name from the attribute name with a space.`,
          start + 1,
          i + 1,
        );
      }
    }

    const parent = this.stack.length ? this.stack.element(this.stack.length - 1) : undefined;
    const element = new XmlElement(name, start, parent, this.split(name));
    if (++this.elementCount > this.maxElements && this.tree) {
      this.tree = false;
      this.partial = true;
    }

    // Attributes
    let terminated = false;
    for (;;) {
      const wsStart = i;
      while (i < this.len && isXmlSpace(text.charCodeAt(i))) i++;
      if (i >= this.len) break;
      const c = text.charCodeAt(i);
      if (c === GT) {
        i++;
        terminated = true;
        break;
      }
      if (c === SLASH && text.charCodeAt(i + 1) === GT) {
        i += 2;
        element.selfClosing = true;
        terminated = true;
        break;
      }
      if (c === LT) break;
      if (isNameStartChar(c)) {
        if (i === wsStart && pendingAttributes) {
          // `a="1"b="2"` has one repair; after a broken attribute (no value, no closing quote) the characters may
          // be anything but two attributes.
          const previous = pendingAttributes[pendingAttributes.length - 1];
          const afterQuote = previous.valueRange !== undefined && (text.charCodeAt(i - 1) === DQUOTE || text.charCodeAt(i - 1) === SQUOTE) && previous.range.end === i;
          this.error('xml/missing-space-between-attributes', 'Attributes must be separated by whitespace.', i, i + 1, {
            title: 'Insert a space',
            edits: [{ range: { start: i, end: i }, newText: ' ' }],
            kind: afterQuote && /^[A-Za-z_][\w.:-]*\s*=\s*["']/.test(text.slice(i, i + 200)) ? 'safe' : 'suggestion',
          });
        }
        const attribute = this.parseAttribute(i);
        (pendingAttributes ??= []).push(attribute);
        i = attribute.range.end;
        // parseAttribute may stop early at a `>` recovered from a missing quote.
        if (this.recoveredTagEnd !== -1) {
          i = this.recoveredTagEnd;
          this.recoveredTagEnd = -1;
          terminated = true;
          break;
        }
        continue;
      }
      const bad = text[i];
      if (this.errors.accepts('xml/unexpected-character', i)) this.error('xml/unexpected-character', `Unexpected ${codeSpan(bad)} in the tag ${codeSpan(`<${name}>`)}.`, i, i + 1);
      else this.errors.count('xml/unexpected-character');
      i++;
    }
    if (!terminated) {
      this.unterminatedTagEnd = i;
      this.error('xml/unclosed-start-tag', name ? `The start tag ${codeSpan(`<${name}`)} is not finished: add \`>\`.` : 'Unfinished tag.', start, Math.max(nameEnd, start + 1));
    }
    element.startTagEnd = i;
    element.unfinished = !terminated;
    element.end = i;
    if (pendingAttributes) this.applyAttributes(element, pendingAttributes);
    this.resolveNamespace(element);

    this.append(element);
    if (!this.root && this.stack.length === 0) this.root = element;
    else if (this.stack.length === 0 && this.root !== element) {
      this.error('xml/multiple-roots', `Only one root element is allowed; ${codeSpan(`<${name}>`)} is a second one.`, element.nameRange.start, element.nameRange.end);
    }
    if (element.selfClosing || !terminated) {
      // An unfinished start tag is treated as empty so that the rest of the document keeps its structure.
      element.closed = element.selfClosing;
    } else {
      this.open(element);
    }
    this.pos = i;
  }

  private recoveredTagEnd = -1;

  private parseAttribute(start: number): XmlAttribute {
    const text = this.text;
    let i = start;
    while (i < this.len && isNameChar(text.charCodeAt(i))) i++;
    const name = this.nameAt(start, i);
    let j = i;
    while (j < this.len && isXmlSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== EQUALS) {
      // `<FilteringInfo xml ns="…">`: a space slipped into `xmlns`.
      const splitXmlns = this.detectSplitXmlns(name, start, j);
      if (splitXmlns) return splitXmlns;
      this.error('xml/attribute-without-value', `The attribute ${codeSpan(name)} has no value: write ${codeSpan(`${name}="…"`)}.`, start, i);
      return new XmlAttribute(name, start, i, undefined, -1, -1, i);
    }
    j++;
    while (j < this.len && isXmlSpace(text.charCodeAt(j))) j++;
    const quote = text.charCodeAt(j);
    if (isTypographicQuote(quote)) {
      const typographic = this.parseTypographicValue(name, start, i, j);
      if (typographic) return typographic;
    }
    if (quote !== DQUOTE && quote !== SQUOTE) {
      if (text.charCodeAt(j) === GT || text.charCodeAt(j) === SLASH || j >= this.len) {
        this.error('xml/attribute-without-value', `The attribute ${codeSpan(name)} has no value: write ${codeSpan(`${name}="…"`)}.`, start, j);
        return new XmlAttribute(name, start, i, undefined, -1, -1, j);
      }
      // Unquoted value: read up to whitespace or the end of the tag.
      let k = j;
      while (k < this.len && !isXmlSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== GT && text.charCodeAt(k) !== LT) {
        if (text.charCodeAt(k) === SLASH && text.charCodeAt(k + 1) === GT) break;
        k++;
      }
      const raw = text.slice(j, k);
      this.error('xml/unquoted-attribute-value', `Attribute values must be quoted: ${codeSpan(`${name}="${raw}"`)}.`, j, k, {
        title: 'Add quotes',
        edits: [{ range: { start: j, end: k }, newText: `"${raw.replace(/"/g, '&quot;')}"` }],
        kind: 'safe',
      });
      return new XmlAttribute(name, start, i, raw, j, k, k);
    }
    const valueStart = j + 1;
    const close = text.indexOf(quote === DQUOTE ? '"' : "'", valueStart);
    // The next `<` once for all the attributes of a tag: searching from each value was quadratic on 80,000.
    const lt = this.nextOccurrence('lt', valueStart);
    if (close !== -1 && (lt === -1 || close < lt)) {
      const amp = this.nextOccurrence('amp', valueStart);
      const value = amp !== -1 && amp < close ? normalizeAttributeSpace(this.decodeReferences(valueStart, close, amp, true).value) : normalizeAttributeSpace(text.slice(valueStart, close));
      return new XmlAttribute(name, start, i, value, valueStart, close, close + 1, this.split(name));
    }
    // Missing closing quote: assume the value ends before the first `>` (or `/>`), which then ends the tag.
    const limit = lt === -1 ? this.len : lt;
    const gt = this.indexBefore(GT, valueStart, limit);
    const quoteChar = quote === DQUOTE ? '"' : "'";
    if (gt !== -1) {
      let valueEnd = gt;
      const selfClose = text.charCodeAt(gt - 1) === SLASH && gt - 1 >= valueStart;
      if (selfClose) valueEnd = gt - 1;
      // `xmlns="http://…”>`: opened with a straight quote, closed with a typographic one.
      const last = valueEnd - 1;
      if (last >= valueStart && (quote === DQUOTE ? TYPOGRAPHIC_DOUBLE : TYPOGRAPHIC_SINGLE).has(text.charCodeAt(last))) {
        this.error(
          'xml/typographic-quotes',
          `The value of ${codeSpan(name)} ends with ${describeCharacter(text.charCodeAt(last))}, a typographic quotation mark, instead of ${quoteChar}: XML does not take it as the end of the value.`,
          last,
          last + 1,
          { title: `Replace ${describeCharacter(text.charCodeAt(last))} with ${quoteChar}`, edits: [{ range: { start: last, end: last + 1 }, newText: quoteChar }], kind: 'safe' },
        );
        this.recoveredTagEnd = gt + 1;
        return new XmlAttribute(name, start, i, normalizeAttributeSpace(text.slice(valueStart, last)), valueStart, last, last + 1, this.split(name));
      }
      this.error('xml/missing-quote', `The value of ${codeSpan(name)} is missing its closing ${quoteChar}.`, j, valueEnd, {
        title: `Add the closing ${quoteChar}`,
        edits: [{ range: { start: valueEnd, end: valueEnd }, newText: quoteChar }],
        // Before `/>` the value may end in `/` (`"http://x/>`): whether the element is self-closing is a guess.
        kind: selfClose ? 'suggestion' : 'safe',
      });
      this.recoveredTagEnd = gt + 1;
      return new XmlAttribute(name, start, i, text.slice(valueStart, valueEnd), valueStart, valueEnd, valueEnd);
    }
    let valueEnd = limit;
    while (valueEnd > valueStart && isXmlSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
    this.error('xml/missing-quote', `The value of ${codeSpan(name)} is missing its closing ${quoteChar}.`, j, Math.max(valueEnd, j + 1));
    return new XmlAttribute(name, start, i, text.slice(valueStart, valueEnd), valueStart, valueEnd, valueEnd);
  }

  /**
   * `name=“value”`: a value opened with a typographic quotation mark, closed by one of the same kind (double or
   * single) or by the straight quote, before the tag ends. Undefined when nothing closes it there (then it is read
   * as an unquoted value).
   */
  private parseTypographicValue(name: string, start: number, nameEnd: number, open: number): XmlAttribute | undefined {
    const text = this.text;
    const double = TYPOGRAPHIC_DOUBLE.has(text.charCodeAt(open));
    const straight = double ? DQUOTE : SQUOTE;
    const closing = double ? TYPOGRAPHIC_DOUBLE : TYPOGRAPHIC_SINGLE;
    let close = open + 1;
    for (; close < this.len; close++) {
      const c = text.charCodeAt(close);
      if (c === GT || c === LT) return undefined;
      if (c === straight || closing.has(c)) break;
    }
    if (close >= this.len) return undefined;
    const quoteChar = double ? '"' : "'";
    const marks = [open, ...(closing.has(text.charCodeAt(close)) ? [close] : [])];
    const named = marks.map((at) => describeCharacter(text.charCodeAt(at)));
    const what = marks.length === 2 ? `${named[0] === named[1] ? `${named[0]} twice` : `${named[0]} and ${named[1]}`}, typographic quotation marks` : `${named[0]}, a typographic quotation mark`;
    this.error(
      'xml/typographic-quotes',
      `The value of ${codeSpan(name)} is delimited by ${what}: XML takes only the straight quotes " and ' as delimiters, so the value is not quoted and the document is not well-formed.`,
      open,
      open + 1,
      {
        title: `Replace the typographic quotation mark${marks.length === 2 ? 's' : ''} with ${quoteChar}`,
        edits: marks.map((at) => ({ range: { start: at, end: at + 1 }, newText: quoteChar })),
        kind: 'safe',
      },
      marks.length === 2 ? [{ range: { start: close, end: close + 1 }, message: `${named[1]} closes the value` }] : undefined,
    );
    const valueStart = open + 1;
    return new XmlAttribute(name, start, nameEnd, normalizeAttributeSpace(text.slice(valueStart, close)), valueStart, close, close + 1, this.split(name));
  }

  /** `<FilteringInfo xml ns="…">`: a space slipped into `xmlns`. Parsed as the declaration it was meant to be. */
  private detectSplitXmlns(name: string, start: number, afterSpace: number): XmlAttribute | undefined {
    const text = this.text;
    if (name !== 'xml' || !text.startsWith('ns', afterSpace)) return undefined;
    let k = afterSpace + 2;
    if (text.charCodeAt(k) === 0x3a) {
      k++;
      while (k < this.len && isNameChar(text.charCodeAt(k))) k++;
    } else if (isNameChar(text.charCodeAt(k))) return undefined;
    let e = k;
    while (e < this.len && isXmlSpace(text.charCodeAt(e))) e++;
    if (text.charCodeAt(e) !== EQUALS) return undefined;
    this.error('xml/split-xmlns', '`xml ns=` has a space inside `xmlns`, so the namespace is not declared.', start, k, {
      title: 'Join xml ns into xmlns',
      edits: [{ range: { start: start + 3, end: afterSpace }, newText: '' }],
      kind: 'safe',
    });
    const rest = this.parseAttribute(afterSpace);
    const valueRange = rest.valueRange;
    return new XmlAttribute('xml' + rest.name, start, rest.nameRange.end, rest.value, valueRange ? valueRange.start : -1, valueRange ? valueRange.end : -1, rest.range.end);
  }

  private applyAttributes(element: XmlElement, attributes: XmlAttribute[]): void {
    if (attributes.length === 0) return;
    // Comparing each attribute with every earlier one is quickest for the few attributes elements have, and
    // quadratic for many (80,000 attributes on one element took 19 s): past a handful, a set of the names seen.
    const seen = attributes.length > SMALL_ATTRIBUTE_COUNT ? new Set<string>() : undefined;
    for (let a = 0; a < attributes.length; a++) {
      const attribute = attributes[a];
      let duplicate = false;
      if (seen) {
        duplicate = seen.has(attribute.name);
        seen.add(attribute.name);
      } else {
        for (let b = 0; b < a && !duplicate; b++) duplicate = attributes[b].name === attribute.name;
      }
      if (duplicate && !this.errors.accepts('xml/duplicate-attribute', attribute.nameRange.start)) this.errors.count('xml/duplicate-attribute');
      else if (duplicate) {
        this.error('xml/duplicate-attribute', `The attribute ${codeSpan(attribute.name)} appears twice on ${codeSpan(`<${element.name}>`)}.`, attribute.nameRange.start, attribute.nameRange.end);
      }
      if (attribute.value === undefined) continue;
      if (attribute.name === 'xmlns') (element.namespaceDeclarations ??= new Map()).set('', attribute.value);
      else if (attribute.prefix === 'xmlns') {
        if (attribute.value === '') {
          this.error('xml/empty-namespace-prefix-binding', `The prefix ${codeSpan(attribute.localName)} cannot be bound to an empty namespace.`, attribute.range.start, attribute.range.end);
        }
        (element.namespaceDeclarations ??= new Map()).set(attribute.localName, attribute.value);
      }
    }
    element.attributes = attributes.length > 1 ? attributes.slice() : attributes;
  }

  // Bookkeeping of the open elements, so that nothing looks through the whole stack: per element name the depths
  // where it is open (an end tag finds the element it closes), per prefix the URIs it is bound to (namespaces
  // resolve). Scanning the stack instead was quadratic on deep documents (20,000 nested elements with a
  // namespace declaration each took 2 s; 20,000 unmatched end tags under 20,000 open elements, 15 s).
  private readonly openDepths = new Map<string, number[]>();
  private readonly bindings = new Map<string, string[]>();

  private open(element: XmlElement): void {
    const depth = this.stack.length;
    // Without a tree, open elements below the root are kept as small records (a document can nest a million deep).
    const declarations = element.namespaceDeclarations;
    if (depth > 0 && this.stack.name(depth - 1) === element.name) this.stack.markRepeat(depth - 1, element.start);
    this.stack.push(element.name, element.start, this.tree || depth === 0 ? element : undefined, declarations ? [...declarations.keys()] : undefined);
    const depths = this.openDepths.get(element.name);
    if (depths) depths.push(depth);
    else this.openDepths.set(element.name, [depth]);
    if (declarations) {
      for (const [prefix, uri] of declarations) {
        const uris = this.bindings.get(prefix);
        if (uris) uris.push(uri);
        else this.bindings.set(prefix, [uri]);
      }
    }
  }

  /** Pops open elements, innermost first, until `depth` remain. */
  private closeDownTo(depth: number): void {
    const stack = this.stack;
    while (stack.length > depth) {
      const top = stack.length - 1;
      const name = stack.name(top);
      const declaredPrefixes = stack.declaredPrefixes(top);
      stack.pop();
      // The innermost open element is the last entry of its name's and its prefixes' lists.
      const depths = this.openDepths.get(name)!;
      depths.pop();
      // An empty list stays for the next element of that name (most open and close again), unless names abound.
      if (depths.length === 0 && this.openDepths.size > MAX_INTERNED_NAMES) this.openDepths.delete(name);
      if (declaredPrefixes) {
        for (const prefix of declaredPrefixes) {
          const uris = this.bindings.get(prefix)!;
          uris.pop();
          if (uris.length === 0) this.bindings.delete(prefix);
        }
      }
    }
  }

  /** Depth of the innermost open element named `name`, or -1. */
  private innermostOpen(name: string): number {
    const depths = this.openDepths.get(name);
    return depths && depths.length ? depths[depths.length - 1] : -1;
  }

  /** What `element.lookupNamespace(prefix)` answers, for an element whose ancestors are the open elements. */
  private lookupNamespace(element: XmlElement, prefix: string): string | undefined {
    if (prefix === 'xml') return XML_NAMESPACE;
    if (prefix === 'xmlns') return XMLNS_NAMESPACE;
    const own = element.namespaceDeclarations?.get(prefix);
    if (own !== undefined) return own;
    const uris = this.bindings.get(prefix);
    if (uris) return uris[uris.length - 1];
    return prefix === '' ? '' : undefined;
  }

  private resolveNamespace(element: XmlElement): void {
    const uri = this.lookupNamespace(element, element.prefix);
    if (uri === undefined) {
      this.error(
        'xml/undeclared-prefix',
        `The prefix ${codeSpan(element.prefix)} is not declared: add ${codeSpan(`xmlns:${element.prefix}="…"`)} on this element or an ancestor.`,
        element.nameRange.start,
        element.nameRange.start + element.prefix.length,
      );
      element.namespaceUri = '';
    } else {
      element.namespaceUri = uri;
    }
    // Indexed: for-of over the shared frozen empty list allocated an iterator result per element.
    const attributes = element.attributes;
    for (let k = 0; k < attributes.length; k++) {
      const attribute = attributes[k];
      if (attribute.prefix && attribute.prefix !== 'xmlns' && this.lookupNamespace(element, attribute.prefix) === undefined) {
        this.error('xml/undeclared-prefix', `The prefix ${codeSpan(attribute.prefix)} is not declared.`, attribute.nameRange.start, attribute.nameRange.start + attribute.prefix.length);
      }
    }
  }

  private parseEndTag(): void {
    const text = this.text;
    const start = this.pos;
    let i = start + 2;
    const spaceAfterSlash = i < this.len && isXmlSpace(text.charCodeAt(i));
    while (i < this.len && isXmlSpace(text.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < this.len && isNameChar(text.charCodeAt(i))) i++;
    // Most end tags close the innermost open element: its name, compared in place, needs no new string.
    const openName = this.stack.length > 0 ? this.stack.name(this.stack.length - 1) : undefined;
    const name = openName !== undefined && openName.length === i - nameStart && text.startsWith(openName, nameStart) ? openName : this.nameAt(nameStart, i);
    const nameEnd = i;
    if (spaceAfterSlash && name) {
      this.error('xml/space-in-end-tag', `No whitespace is allowed between \`</\` and ${codeSpan(name)}.`, start, nameStart, {
        title: 'Remove the whitespace',
        edits: [{ range: { start: start + 2, end: nameStart }, newText: '' }],
        kind: 'safe',
      });
    }
    while (i < this.len && isXmlSpace(text.charCodeAt(i))) i++;
    let end: number;
    const c = text.charCodeAt(i);
    if (c === GT) end = i + 1;
    else if (c === LT || i >= this.len) {
      end = i;
      if (name) {
        // `</Servers` before `<` has one repair when it names the open element; a cut name (`</Serv`) does not.
        const namesOpen = this.stack.length > 0 && this.stack.name(this.stack.length - 1) === name;
        this.error('xml/unclosed-end-tag', `The end tag ${codeSpan(`</${name}`)} is not finished: add \`>\`.`, start, nameEnd, {
          title: 'Add >',
          edits: [{ range: { start: nameEnd, end: nameEnd }, newText: '>' }],
          kind: namesOpen ? 'safe' : 'suggestion',
        });
      } else {
        this.error('xml/unclosed-end-tag', 'An end tag needs a name: `</Name>`.', start, Math.max(i, start + 2));
      }
    } else {
      const lt = this.nextOccurrence('lt', i);
      const gt = this.indexBefore(GT, i, lt === -1 ? this.len : lt);
      if (gt !== -1) {
        this.error('xml/unexpected-character', `Only the name may appear in an end tag: remove ${codeSpan(text.slice(i, gt))}.`, i, gt);
        end = gt + 1;
      } else {
        end = lt === -1 ? this.len : lt;
        this.error('xml/unclosed-end-tag', name ? `The end tag ${codeSpan(`</${name}`)} is not finished: add \`>\`.` : 'Unfinished end tag.', start, Math.max(nameEnd, start + 2));
      }
    }
    this.pos = end;
    if (!name) return;
    const closeTag = new XmlCloseTag(name, start, end, nameStart);
    const stack = this.stack;
    const top = stack.length - 1;
    if (top < 0) {
      this.error('xml/unexpected-end-tag', `${codeSpan(`</${name}>`)} closes nothing: there is no open ${codeSpan(`<${name}>`)}.`, start, end, {
        title: `Remove </${name}>`,
        edits: [{ range: { start, end }, newText: '' }],
        // The missing piece may be a start tag rather than this end tag: a person decides.
        kind: 'suggestion',
      });
      return;
    }
    const topName = stack.name(top);
    const topElement = stack.element(top);
    if (topName === name) {
      this.closeDownTo(top);
      this.close(topElement, closeTag);
      return;
    }
    // The top does not have this name, so the innermost open element that has it lies below the top.
    const match = this.innermostOpen(name);
    if (match !== -1) {
      this.reportAllUnclosed(top, match, start, `${codeSpan(`</${name}>`)} closes its parent`, true);
      const opened = stack.element(match);
      this.closeDownTo(match);
      this.close(opened, closeTag);
      return;
    }
    if (similarNames(name, topName) || !stack.hasChildElements(top)) {
      const topNameStart = stack.start(top) + 1;
      this.error(
        'xml/mismatched-end-tag',
        `The end tag ${codeSpan(`</${name}>`)} does not match the start tag ${codeSpan(`<${topName}>`)}.`,
        nameStart,
        nameEnd,
        // The start tag may be the misspelled one: which name is right is a decision.
        { title: `Rename to </${topName}>`, edits: [{ range: { start: nameStart, end: nameEnd }, newText: topName }], kind: 'suggestion' },
        [{ range: { start: topNameStart, end: topNameStart + topName.length }, message: `${codeSpan(`<${topName}>`)} opens here` }],
        // Or the start tag is: renaming it makes the pair match too (one name for both tags, never a third tag).
        [{ title: `Rename the start tag to <${name}>`, edits: [{ range: { start: topNameStart, end: topNameStart + topName.length }, newText: name }], kind: 'suggestion' }],
      );
      this.closeDownTo(top);
      this.close(topElement, closeTag);
      if (topElement) topElement.closed = false;
      return;
    }
    this.error('xml/unexpected-end-tag', `${codeSpan(`</${name}>`)} closes nothing: there is no open ${codeSpan(`<${name}>`)}.`, start, end, {
      title: `Remove </${name}>`,
      edits: [{ range: { start, end }, newText: '' }],
      kind: 'suggestion',
    });
  }

  private close(element: XmlElement | undefined, closeTag: XmlCloseTag): void {
    if (!element) return;
    // push() left spare capacity (from the third child on); an exact copy keeps big trees small.
    if (element.children.length > 2) element.children = element.children.slice();
    element.closeTag = closeTag;
    element.closed = true;
    element.end = closeTag.end;
  }

  /**
   * Reports the open elements stack[from] down to (excluding) stack[downTo] as never closed, ending at `at`. Each
   * one's fix inserts its end tag there preceded by the end tags of the elements still open inside it, innermost
   * first: every inserted end tag then closes exactly the element it names (also when an element of the same name
   * is open inside), and fix-all needs only the outermost fix. Past MAX_COMBINED_END_TAGS levels there is no fix.
   */
  private reportAllUnclosed(from: number, downTo: number, at: number, reason: string, canInsert: boolean): void {
    let endTags = '';
    let count = 0;
    const stack = this.stack;
    for (let k = from; k > downTo; k--) {
      const name = stack.name(k);
      count++;
      // Past MAX_COMBINED_END_TAGS the end tags are not needed: don't build them for 100,000 open elements.
      const own = count <= MAX_COMBINED_END_TAGS ? `</${name}>` : '';
      endTags += own;
      const nameStart = stack.start(k) + 1;
      const repeat = stack.repeatAt(k);
      // Elements are closed innermost first, and the log keeps the first errors in document order: past `perCode`
      // of this run, the shallower ones still to come would push this one out, so it is only counted (building
      // 278,000 messages to drop them cost 1 s and 250 MB).
      const keepable = k - downTo <= this.errors.perCode && this.errors.accepts('xml/unclosed-element', nameStart);
      if (repeat !== undefined && keepable) {
        this.reportStray(k, repeat);
      } else if (keepable) {
        const title = count === 1 ? `Insert ${own}` : count <= 3 ? `Insert ${endTags}` : `Insert ${own} after the ${count - 1} end tags still missing inside it`;
        // Closing an element that holds only text has one right place when an ancestor's end tag ends it; an element
        // holding elements would take in whatever follows up to here, siblings meant to come after it included
        // (issue 9); and at the end of a document cut short, its text may be cut short too: a person decides.
        this.error(
          'xml/unclosed-element',
          `${codeSpan(`<${name}>`)} is never closed (${reason}): add ${codeSpan(`</${name}>`)}.`,
          nameStart,
          nameStart + name.length,
          canInsert && count <= MAX_COMBINED_END_TAGS
            ? { title, edits: [{ range: { start: at, end: at }, newText: endTags }], kind: stack.hasChildElements(k) || downTo < 0 ? 'suggestion' : 'safe' }
            : undefined,
        );
      } else {
        this.errors.count('xml/unclosed-element');
      }
      const element = stack.element(k);
      if (element) {
        element.end = at;
        element.implicitlyClosed = true;
        element.cutShort = downTo < 0;
      }
    }
  }

  /** The document ends inside a comment, CDATA section, processing instruction or other markup that never closes. */
  private endsInsideMarkup = false;
  /** Where the last start tag that was never finished (no `>`) stopped. */
  private unterminatedTagEnd = -1;

  /**
   * An unclosed element with a child of its own name (`<NativeProfile>…<NativeProfile>…</NativeProfile>`): the
   * element started again, so the first start tag is stray (issue 9). Its repairs are where the structure says: close
   * it right before the repeat, or delete the stray start tag; never close it at its parent's end, where it would
   * take in the siblings that follow (24 NRPT rules once). Both change the structure or delete: suggestions.
   */
  private reportStray(depth: number, repeat: number): void {
    const name = this.stack.name(depth);
    const start = this.stack.start(depth);
    const tagEnd = startTagEnd(this.text, start);
    const alternatives: NonNullable<XmlSyntaxError['alternatives']>[number][] = [
      { title: `Close the first <${name}> where the next one starts`, edits: [{ range: { start: repeat, end: repeat }, newText: `</${name}>` }], kind: 'suggestion' },
    ];
    if (tagEnd !== undefined) {
      alternatives.push({ title: `Delete the stray <${name}> start tag`, edits: [{ range: { start, end: tagEnd }, newText: '' }], kind: 'suggestion' });
    }
    this.errors.add({
      code: 'xml/unclosed-element',
      message: `${codeSpan(`<${name}>`)} is never closed, and another ${codeSpan(`<${name}>`)} starts inside it: the first start tag looks stray. Delete it, or close the first element where the next one starts.`,
      range: { start: start + 1, end: start + 1 + name.length },
      alternatives,
      related: [{ range: { start: repeat + 1, end: repeat + 1 + name.length }, message: `${codeSpan(`<${name}>`)} starts again here` }],
    });
  }

  private error(
    code: XmlErrorCode,
    message: string,
    start: number,
    end: number,
    fix?: XmlSyntaxError['fix'],
    related?: XmlSyntaxError['related'],
    alternatives?: XmlSyntaxError['alternatives'],
  ): void {
    this.errors.add({ code, message, range: { start, end: Math.max(end, start) }, fix, related, ...(alternatives ? { alternatives } : {}) });
  }
}

/** An element whose end tag has not come yet. */
/**
 * The open elements, innermost last, as parallel arrays rather than an object each: a hostile document can nest a
 * million elements deep, and an object per open element kept ~100 MB alive through the parse. The element itself
 * is kept only while a tree is built (and for the root); since building stops for good once it stops, the open
 * elements that have one are always the outermost ones.
 */
class OpenStack {
  private readonly names: string[] = [];
  /** Start offset times two, plus one when the element has child elements. */
  private readonly startsAndFlags: number[] = [];
  private readonly elements: XmlElement[] = [];
  private readonly prefixes = new Map<number, readonly string[]>();
  /** Per depth, where the first child element of the same name starts (`<A>…<A>`): a sign the outer one is stray. */
  private readonly repeats = new Map<number, number>();

  get length(): number {
    return this.names.length;
  }

  push(name: string, start: number, element: XmlElement | undefined, declaredPrefixes: readonly string[] | undefined): void {
    const depth = this.names.length;
    this.names.push(name);
    this.startsAndFlags.push(start * 2);
    if (element && this.elements.length === depth) this.elements.push(element);
    if (declaredPrefixes) this.prefixes.set(depth, declaredPrefixes);
  }

  pop(): void {
    const depth = this.names.length - 1;
    this.names.pop();
    this.startsAndFlags.pop();
    if (this.elements.length > depth) this.elements.pop();
    if (this.prefixes.size) this.prefixes.delete(depth);
    if (this.repeats.size) this.repeats.delete(depth);
  }

  /** Records that a child element of the same name starts at `at` (the first one only). */
  markRepeat(depth: number, at: number): void {
    if (!this.repeats.has(depth)) this.repeats.set(depth, at);
  }

  /** Where the first child element of the same name starts, if one does. */
  repeatAt(depth: number): number | undefined {
    return this.repeats.get(depth);
  }

  name(depth: number): string {
    return this.names[depth];
  }

  /** Offset of the `<` of the start tag. */
  start(depth: number): number {
    return this.startsAndFlags[depth] >>> 1;
  }

  element(depth: number): XmlElement | undefined {
    return this.elements[depth];
  }

  /** The prefixes it declares ('' for the default namespace), unbound when it closes. */
  declaredPrefixes(depth: number): readonly string[] | undefined {
    return this.prefixes.get(depth);
  }

  hasChildElements(depth: number): boolean {
    return (this.startsAndFlags[depth] & 1) === 1;
  }

  markHasChildElements(depth: number): void {
    this.startsAndFlags[depth] |= 1;
    const element = this.elements[depth];
    if (element) element.hasChildElements = true;
  }
}

/**
 * The errors of one parse, at most `perCode` per error code: the first ones in document order (start, then end,
 * then the order they were found), as sorting all of them and keeping the first would. A bounded max-heap per
 * code keeps them, since some are found out of order (unclosed elements are reported innermost first).
 */
class ErrorLog {
  private readonly kept = new Map<XmlErrorCode, { error: XmlSyntaxError; order: number }[]>();
  readonly omitted = new Map<XmlErrorCode, number>();
  private order = 0;

  constructor(readonly perCode: number) {}

  /** Whether an error of `code` starting at `start` would be kept (so that one that would not is never built). */
  accepts(code: XmlErrorCode, start: number): boolean {
    const heap = this.kept.get(code);
    return heap === undefined || heap.length < this.perCode || (heap.length > 0 && start <= heap[0].error.range.start);
  }

  /** Counts an error that is not kept. */
  count(code: XmlErrorCode): void {
    this.omitted.set(code, (this.omitted.get(code) ?? 0) + 1);
  }

  add(error: XmlSyntaxError): void {
    let heap = this.kept.get(error.code);
    if (!heap) this.kept.set(error.code, (heap = []));
    const entry = { error, order: this.order++ };
    if (heap.length < this.perCode) {
      heap.push(entry);
      siftUp(heap, heap.length - 1);
      return;
    }
    this.count(error.code);
    if (heap.length > 0 && later(heap[0], entry)) {
      heap[0] = entry;
      siftDown(heap, 0);
    }
  }

  sorted(): XmlSyntaxError[] {
    const all: { error: XmlSyntaxError; order: number }[] = [];
    for (const heap of this.kept.values()) for (const entry of heap) all.push(entry);
    all.sort((a, b) => (later(a, b) ? 1 : later(b, a) ? -1 : 0));
    return all.map((entry) => entry.error);
  }
}

type ErrorEntry = { error: XmlSyntaxError; order: number };

/** `a` comes after `b` in document order. */
function later(a: ErrorEntry, b: ErrorEntry): boolean {
  const ra = a.error.range;
  const rb = b.error.range;
  return ra.start !== rb.start ? ra.start > rb.start : ra.end !== rb.end ? ra.end > rb.end : a.order > b.order;
}

function siftUp(heap: ErrorEntry[], index: number): void {
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (!later(heap[index], heap[parent])) return;
    [heap[index], heap[parent]] = [heap[parent], heap[index]];
    index = parent;
  }
}

function siftDown(heap: ErrorEntry[], index: number): void {
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let largest = index;
    if (left < heap.length && later(heap[left], heap[largest])) largest = left;
    if (right < heap.length && later(heap[right], heap[largest])) largest = right;
    if (largest === index) return;
    [heap[index], heap[largest]] = [heap[largest], heap[index]];
    index = largest;
  }
}

function splitGluedAttribute(name: string): { elementName: string; attributeName: string } | undefined {
  for (const attributeName of GLUED_ATTRIBUTE_NAMES) {
    const at = name.lastIndexOf(attributeName);
    if (at > 0) {
      const rest = name.slice(at);
      if (rest === attributeName || (attributeName === 'xmlns' && rest.startsWith('xmlns:'))) {
        return { elementName: name.slice(0, at), attributeName: rest };
      }
    }
  }
  return undefined;
}

function normalizeAttributeSpace(value: string): string {
  // XML attribute-value normalisation turns tabs and line breaks into spaces.
  return /[\t\n\r]/.test(value) ? value.replace(/\r\n|[\t\n\r]/g, ' ') : value;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** The end of the start tag at `start` (after its `>`), quotes respected; undefined when it is not finished. */
function startTagEnd(text: string, start: number): number | undefined {
  let quote = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === DQUOTE || c === SQUOTE) quote = c;
    else if (c === GT) return i + 1;
    else if (c === LT) return undefined;
  }
  return undefined;
}
