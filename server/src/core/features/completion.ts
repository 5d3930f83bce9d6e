// Completion: the elements allowed at the cursor, enum and boolean values, attribute values, the matching
// end tag, and snippets for the usual blocks.
import type { Analysis, AnalysisUnit } from '../analysis';
import type { ElementSpec, Snippet, ValueSpec } from '../catalogue/types';
import { eapSnippets } from '../eap/snippets';
import { profileSnippets } from '../profile/snippets';
import { toOriginalRange } from '../documents/sourceMap';
import { expandSnippet } from '../text/snippet';
import type { TextRange } from '../types';
import { isNameChar } from '../xml/parser';
import { XmlElement } from '../xml/model';
import { elementAt } from '../xml/query';
import { attributeMarkdown, elementMarkdown } from './markdown';
import { unitAt } from './units';

export type CompletionKind = 'element' | 'value' | 'snippet' | 'attribute' | 'endTag' | 'thumbprint';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Text to insert; LSP snippet syntax when `isSnippet`. */
  readonly insertText: string;
  readonly isSnippet: boolean;
  /** Document range the insertion replaces. */
  readonly replace: TextRange;
  readonly sortText?: string;
  /** What the typed text is matched against, when not the label. */
  readonly filterText?: string;
}

const AREA_LABEL = { profile: 'ProfileXML', eap: 'EAP configuration' } as const;

export interface CompletionOptions {
  /**
   * The document is XML (not a log, text or script): before its root element exists, what is being typed (`<VPN`,
   * `user`) may start a whole-profile snippet. Any document that is empty or blank gets them.
   */
  readonly xml?: boolean;
}

export function completeAt(analysis: Analysis, documentOffset: number, options: CompletionOptions = {}): CompletionEntry[] {
  const position = unitAt(analysis, documentOffset);
  if (!position) return analysis.units.length ? [] : rootCompletions(analysis.text, documentOffset, options.xml === true);
  const { unit, offset } = position;
  const entries = completeInUnit(unit, offset);
  const host = unit.host;
  if (!host) return entries.map((e) => ({ ...e, replace: toOriginalRange(unit.map, e.replace) }));
  // Escaped XML, CDATA or a script's string: what is inserted is written the way the host writes it (`&lt;`, a
  // PowerShell backtick), or the entry is left out where it cannot be written exactly.
  const placed: CompletionEntry[] = [];
  for (const entry of entries) {
    const replace = unit.map.toOriginalRange(entry.replace);
    if (!replace) continue;
    const encode = (text: string) => host.encode(replace, text);
    const insertText = entry.isSnippet ? encodeSnippet(entry.insertText, encode) : encode(entry.insertText);
    if (insertText !== undefined) placed.push({ ...entry, replace, insertText });
  }
  return placed;
}

/**
 * A snippet whose literal text and placeholder defaults are passed through `encode`, its tab stops kept: `$1`,
 * `${1:default}`, `${1|a,b|}` and `\$`-style escapes (LSP snippet syntax). Undefined when a part cannot be encoded.
 */
export function encodeSnippet(snippet: string, encode: (text: string) => string | undefined): string | undefined {
  let out = '';
  let literal = '';
  const flush = (): boolean => {
    if (!literal) return true;
    const encoded = encode(literal);
    literal = '';
    if (encoded === undefined) return false;
    out += encoded.replace(/[\\$}]/g, (c) => '\\' + c);
    return true;
  };
  let i = 0;
  while (i < snippet.length) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      literal += snippet[i + 1];
      i += 2;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      if (!flush()) return undefined;
      const digits = /^\d+/.exec(snippet.slice(i + 1))![0];
      out += '$' + digits;
      i += 1 + digits.length;
    } else if (c === '$' && snippet[i + 1] === '{') {
      if (!flush()) return undefined;
      const head = /^\$\{(\d+)([:|]?)/.exec(snippet.slice(i));
      if (!head) return undefined;
      const close = snippet.indexOf(head[2] === '|' ? '|}' : '}', i + head[0].length);
      if (close < 0) return undefined;
      const inner = snippet.slice(i + head[0].length, close);
      const parts = head[2] === '|' ? inner.split(',').map(encode) : head[2] === ':' ? [encodeSnippet(inner, encode)] : [];
      if (parts.some((p) => p === undefined)) return undefined;
      const escaped = head[2] === '|' ? (parts as string[]).map((p) => p.replace(/[\\,|$}]/g, (ch) => '\\' + ch)) : (parts as string[]);
      out += '${' + head[1] + head[2] + escaped.join(',') + (head[2] === '|' ? '|}' : '}');
      i = close + (head[2] === '|' ? 2 : 1);
    } else {
      literal += c;
      i++;
    }
  }
  return flush() ? out : undefined;
}

/** What may come before a root element: a byte order mark, whitespace, the XML declaration and comments. */
const BEFORE_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->)[\s\S])*-->\s*)*$/;

/**
 * A document with no root element yet (empty, or a declaration, comments and the first characters typed): the
 * whole-profile and whole-EAP snippets, replacing what is being typed (`<`, `<VPN`, or a word such as `user`). A
 * document that has an element already (another XML) gets nothing.
 */
function rootCompletions(text: string, offset: number, xml: boolean): CompletionEntry[] {
  if (!xml && text.trim() !== '') return [];
  let start = offset;
  while (start > 0 && NAME_CHARACTER.test(text[start - 1])) start--;
  if (start > 0 && text[start - 1] === '<') start--;
  let end = offset;
  while (end < text.length && NAME_CHARACTER.test(text[end])) end++;
  if (text.slice(end).trim() !== '' || !BEFORE_ROOT.test(text.slice(0, start))) return [];
  const replace = { start, end };
  return [...profileSnippets, ...eapSnippets].filter((s) => s.parent === '').map((s, i) => ({ ...snippetEntry(s, replace, i), filterText: `<${/^<([\w:.-]+)/.exec(s.body)?.[1] ?? ''} ${s.label}` }));
}

function completeInUnit(unit: AnalysisUnit, offset: number): CompletionEntry[] {
  const text = unit.text;
  const lt = text.lastIndexOf('<', offset - 1);
  const gt = text.lastIndexOf('>', offset - 1);
  if (lt > gt) {
    const typed = text.slice(lt + 1, offset);
    if (typed.startsWith('/')) return endTagCompletion(unit, lt, offset);
    if (/^[\w:.-]*$/.test(typed)) {
      let nameEnd = offset;
      while (nameEnd < text.length && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
      const hasTagEnd = text.charCodeAt(nameEnd) === 0x3e || (text.charCodeAt(nameEnd) === 0x2f && text.charCodeAt(nameEnd + 1) === 0x3e);
      let parent = elementAt([unit.root], lt);
      if (parent && parent.start === lt) parent = parent.parent;
      if (!parent) return [];
      return childElementCompletions(unit, parent, { start: lt + 1, end: nameEnd }, hasTagEnd ? 'name' : 'afterLt', lt);
    }
    return attributeCompletion(unit, lt, offset);
  }
  const element = elementAt([unit.root], offset);
  if (!element) return [];
  const spec = unit.specs.specOf(element);
  if (!spec) return [];
  if (offset <= element.startTagEnd || (element.closeTag && offset > element.closeTag.start)) return [];
  if (spec.value) return valueCompletions(spec.value, element, offset);
  if (spec.children || spec.embeds) return childElementCompletions(unit, element, { start: offset, end: offset }, 'full', offset);
  return [];
}

type InsertMode = 'full' | 'afterLt' | 'name';

function childElementCompletions(unit: AnalysisUnit, parent: XmlElement, replace: TextRange, mode: InsertMode, at: number): CompletionEntry[] {
  const parentSpec = unit.specs.specOf(parent);
  if (!parentSpec) return [];
  const entries: CompletionEntry[] = [];
  // How many of each are already there (counted once: the parent may have 100,000 children).
  const present = new Map<string, number>();
  for (const sibling of parent.children) {
    if (sibling instanceof XmlElement && sibling.start !== at) present.set(sibling.localName, (present.get(sibling.localName) ?? 0) + 1);
  }
  (parentSpec.children ?? []).forEach((child, index) => {
    const count = present.get(child.spec.name) ?? 0;
    if (count >= child.max) return;
    entries.push({
      label: child.spec.name,
      kind: 'element',
      detail: child.spec.summary,
      documentation: elementMarkdown(child.spec, '', AREA_LABEL[unit.kind]),
      insertText: elementInsertText(child.spec, mode, parent, unit),
      isSnippet: mode !== 'name',
      replace,
      sortText: `${child.min > 0 && count === 0 ? 0 : 1}${String(index).padStart(3, '0')}`,
    });
  });
  if (mode !== 'name') {
    const snippets = [...profileSnippets, ...eapSnippets].filter((s) => s.parent === parentSpec.name || (parentSpec.embeds && s.parent === 'Configuration'));
    const snippetReplace = mode === 'afterLt' ? { start: replace.start - 1, end: replace.end } : replace;
    snippets.forEach((s, i) => entries.push(snippetEntry(s, snippetReplace, i)));
  }
  return entries;
}

function elementInsertText(spec: ElementSpec, mode: InsertMode, parent: XmlElement, unit: AnalysisUnit): string {
  if (mode === 'name') return spec.name;
  const open = mode === 'full' ? '<' : '';
  const namespace = spec.namespace && spec.namespace !== inheritedNamespace(parent) ? ` xmlns="${spec.namespace}"` : '';
  const body = spec.value ? valuePlaceholder(spec.value) : spec.children?.length || spec.embeds ? `\n${indentUnit(unit, parent)}$0\n` : '$0';
  return `${open}${spec.name}${namespace}>${body}</${spec.name}>`;
}

function inheritedNamespace(parent: XmlElement): string {
  return parent.lookupNamespace('') ?? '';
}

function indentUnit(unit: AnalysisUnit, parent: XmlElement): string {
  const lineStart = unit.text.lastIndexOf('\n', parent.start - 1) + 1;
  const indent = /^[ \t]*/.exec(unit.text.slice(lineStart, parent.start))![0];
  return indent.includes('\t') ? '\t' : '  ';
}

function valuePlaceholder(value: ValueSpec): string {
  if (value.kind === 'boolean') return '${1|true,false|}';
  if (value.kind === 'enum') return `\${1|${value.values.map((v) => escapeChoice(v.value)).join(',')}|}`;
  return '$1';
}

function escapeChoice(text: string): string {
  return text.replace(/[,|\\$}]/g, (c) => `\\${c}`);
}

function valueCompletions(value: ValueSpec, element: XmlElement, offset: number): CompletionEntry[] {
  const text = element.text;
  const replace = text.trimmed && offset >= text.range.start && offset <= text.range.end ? text.range : { start: offset, end: offset };
  const make = (label: string, detail: string, index: number, weak?: string): CompletionEntry => ({
    label,
    kind: 'value',
    detail: weak ? `${detail} (weak)` : detail,
    documentation: weak ? `${detail}\n\n⚠ ${weak}` : detail,
    insertText: label,
    isSnippet: false,
    replace,
    sortText: `${weak ? 1 : 0}${String(index).padStart(3, '0')}`,
  });
  if (value.kind === 'boolean') return [make('true', 'Enabled', 0), make('false', 'Disabled', 1)];
  if (value.kind === 'enum') return value.values.map((v, i) => make(v.value, v.summary, i, v.weak));
  return [];
}

function endTagCompletion(unit: AnalysisUnit, lt: number, offset: number): CompletionEntry[] {
  const element = elementAt([unit.root], lt);
  if (!element || (element.closed && element.closeTag && element.closeTag.start !== lt)) return [];
  let end = offset;
  while (end < unit.text.length && isNameChar(unit.text.charCodeAt(end))) end++;
  const hasGt = unit.text.charCodeAt(end) === 0x3e;
  return [
    {
      label: `/${element.name}`,
      kind: 'endTag',
      detail: `Close <${element.name}>`,
      insertText: hasGt ? element.name : `${element.name}>`,
      isSnippet: false,
      replace: { start: lt + 2, end },
      sortText: '0',
    },
  ];
}

function attributeCompletion(unit: AnalysisUnit, lt: number, offset: number): CompletionEntry[] {
  const element = elementAt([unit.root], lt + 1);
  if (!element || element.start !== lt) return [];
  const spec = unit.specs.specOf(element);
  if (!spec?.attributes?.length) return [];
  const inTag = unit.text.slice(lt, offset);
  const valueMatch = attributeValueBeingTyped(inTag);
  if (valueMatch) {
    const attributeSpec = spec.attributes.find((a) => a.name === valueMatch.name);
    if (!attributeSpec) return [];
    const start = offset - valueMatch.typed.length;
    let end = offset;
    while (end < unit.text.length && unit.text[end] !== valueMatch.quote && unit.text[end] !== '<' && unit.text[end] !== '>') end++;
    const values = attributeSpec.value.kind === 'boolean' ? ['true', 'false'] : attributeSpec.value.kind === 'enum' ? attributeSpec.value.values.map((v) => v.value) : [];
    return values.map((v, i) => ({ label: v, kind: 'value' as const, insertText: v, isSnippet: false, replace: { start, end }, sortText: String(i) }));
  }
  // An attribute name being typed: the name characters at the end follow whitespace.
  const nameLength = trailingNameLength(inTag, inTag.length);
  if (!WHITESPACE.test(inTag.charAt(inTag.length - nameLength - 1))) return [];
  const nameStart = offset - nameLength;
  const present = new Set(element.attributes.map((a) => a.name));
  return spec.attributes
    .filter((a) => !present.has(a.name))
    .map((a, i) => ({
      label: a.name,
      kind: 'attribute' as const,
      detail: a.summary,
      documentation: attributeMarkdown(element.localName, a),
      insertText: `${a.name}="${a.value.kind === 'boolean' ? '${1|true,false|}' : '$1'}"`,
      isSnippet: true,
      replace: { start: nameStart, end: offset },
      sortText: String(i),
    }));
}

const NAME_CHARACTER = /[\w:.-]/;
const WHITESPACE = /\s/;

/** How many name characters (`[\w:.-]`) end `text` before `end`. */
function trailingNameLength(text: string, end: number): number {
  let i = end;
  while (i > 0 && NAME_CHARACTER.test(text[i - 1])) i--;
  return end - i;
}

/**
 * `name="typed` at the end of a start tag: the attribute whose value is being typed. Read backwards from the last
 * quote; a regular expression ending in `$` retried every start position and took seconds on a long name.
 */
function attributeValueBeingTyped(inTag: string): { name: string; quote: string; typed: string } | undefined {
  const quote = Math.max(inTag.lastIndexOf('"'), inTag.lastIndexOf("'"));
  if (quote < 0) return undefined;
  let i = quote;
  while (i > 0 && WHITESPACE.test(inTag[i - 1])) i--;
  if (inTag[i - 1] !== '=') return undefined;
  i--;
  while (i > 0 && WHITESPACE.test(inTag[i - 1])) i--;
  const nameLength = trailingNameLength(inTag, i);
  if (nameLength === 0) return undefined;
  return { name: inTag.slice(i - nameLength, i), quote: inTag[quote], typed: inTag.slice(quote + 1) };
}

function snippetEntry(snippet: Snippet, replace: TextRange, index: number): CompletionEntry {
  return {
    label: snippet.label,
    kind: 'snippet',
    detail: snippet.description,
    documentation: '```xml\n' + expandSnippet(snippet.body) + '\n```',
    insertText: snippet.body,
    isSnippet: true,
    replace,
    sortText: `9${String(index).padStart(3, '0')}`,
  };
}
