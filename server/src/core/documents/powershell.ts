// ProfileXML and EAP XML inside PowerShell scripts: here-strings (`@'…'@`, `@"…"@`), quoted strings, and
// concatenations of them with variables (`'<Servers>' + $Server + '</Servers>'`, the style of Microsoft's
// MakeProfile.ps1). The XML is rebuilt as PowerShell would see it, with a source map back to the script and the
// ranges whose value is only known when the script runs.
//
// PowerShell rules followed here (Microsoft Learn):
// - about_Quoting_Rules: single-quoted strings are verbatim (`''` is one quote); double-quoted strings expand
//   `$name`, `${name}` and `$(…)`, and `""` is one quote; a here-string starts with `@'`/`@"` at the end of a line
//   and ends with `'@`/`"@` at the start of a line, quotes inside are literal, and the line break before the
//   closing mark is not part of the string.
//   https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules
// - about_Special_Characters: backtick escapes are interpreted only in double-quoted strings; `` `e `` and
//   `` `u{…} `` exist only from PowerShell 6, so their value depends on the PowerShell that runs the script.
//   https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_special_characters
// - PowerShell's tokenizer also takes the typographic quotes ‘ ’ ‚ ‛ and “ ” „ as quote characters (SpecialChars in
//   https://github.com/PowerShell/PowerShell/blob/master/src/System.Management.Automation/engine/parser/CharTraits.cs).
import type { TextRange } from '../types';
import type { EmbeddedXml } from './embedded';
import type { EmbeddingHost } from './host';
import { SegmentSourceMap, toOriginalRange } from './sourceMap';

/** File name endings of PowerShell scripts and modules, whose profiles sit in string literals. */
export const SCRIPT_EXTENSIONS: readonly string[] = ['.ps1', '.psm1'];

/** The analysis language for a file name: `powershell` for scripts, otherwise undefined (decided from the text). */
export function languageOfFile(name: string): 'powershell' | undefined {
  const lower = name.toLowerCase();
  return SCRIPT_EXTENSIONS.some((extension) => lower.endsWith(extension)) ? 'powershell' : undefined;
}

export type QuoteKind = 'literal' | 'expandable' | 'literal-here' | 'expandable-here';

export interface ScriptString {
  readonly kind: QuoteKind;
  /** The whole literal, delimiters included. */
  readonly start: number;
  readonly end: number;
  /** The characters between the delimiters (for a here-string: the lines between the opening and closing marks). */
  readonly contentStart: number;
  readonly contentEnd: number;
}

export interface ScriptXml extends EmbeddedXml {
  readonly host: EmbeddingHost;
}

const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b";
const DOUBLE_QUOTES = '"\u201c\u201d\u201e';
const isSingleQuote = (c: string | undefined) => c !== undefined && c !== '' && SINGLE_QUOTES.includes(c);
const isDoubleQuote = (c: string | undefined) => c !== undefined && c !== '' && DOUBLE_QUOTES.includes(c);
const isNameChar = (c: string | undefined) => c !== undefined && /^[\p{L}\p{N}_]$/u.test(c);

/** Every string literal of the script, in document order (comments skipped; strings inside `$(…)` included). */
export function findScriptStrings(text: string): ScriptString[] {
  const scanner = new Scanner(text);
  scanner.code(0, false);
  return scanner.strings.sort((a, b) => a.start - b.start);
}

class Scanner {
  readonly strings: ScriptString[] = [];
  /** Without `collect`, the scanner only measures (expressions and subexpressions met while decoding). */
  constructor(
    private readonly text: string,
    private readonly collect = true,
  ) {}

  /** Scans script code from `pos`; with `inParens`, stops at the `)` that closes the group and returns its index. */
  code(pos: number, inParens: boolean): number {
    const text = this.text;
    let depth = 0;
    while (pos < text.length) {
      const c = text[pos];
      if (c === '#' && (pos === 0 || /[\s;(){}|&,=]/.test(text[pos - 1]))) {
        const eol = text.indexOf('\n', pos);
        pos = eol === -1 ? text.length : eol;
      } else if (c === '<' && text[pos + 1] === '#') {
        const close = text.indexOf('#>', pos + 2);
        pos = close === -1 ? text.length : close + 2;
      } else if (c === '@' && (isSingleQuote(text[pos + 1]) || isDoubleQuote(text[pos + 1])) && hereStringOpening(text, pos + 2) !== -1) {
        pos = this.hereString(pos);
      } else if (isSingleQuote(c)) {
        pos = this.literal(pos);
      } else if (isDoubleQuote(c)) {
        pos = this.expandable(pos);
      } else if (c === '`') {
        pos += 2;
      } else if (c === '$' && text[pos + 1] === '{') {
        pos = skipBracedVariable(text, pos);
      } else if (c === '(') {
        depth++;
        pos++;
      } else if (c === ')') {
        if (inParens && depth === 0) return pos;
        depth = Math.max(0, depth - 1);
        pos++;
      } else pos++;
    }
    return text.length;
  }

  private literal(start: number): number {
    const text = this.text;
    let pos = start + 1;
    while (pos < text.length) {
      if (isSingleQuote(text[pos])) {
        if (isSingleQuote(text[pos + 1])) pos += 2;
        else break;
      } else pos++;
    }
    const end = Math.min(pos + 1, text.length);
    if (this.collect) this.strings.push({ kind: 'literal', start, end, contentStart: start + 1, contentEnd: Math.min(pos, text.length) });
    return end;
  }

  private expandable(start: number): number {
    const text = this.text;
    let pos = start + 1;
    while (pos < text.length) {
      const c = text[pos];
      if (c === '`') pos = escapeEnd(text, pos);
      else if (isDoubleQuote(c)) {
        if (isDoubleQuote(text[pos + 1])) pos += 2;
        else break;
      } else if (c === '$') pos = this.variableEnd(pos);
      else pos++;
    }
    const end = Math.min(pos + 1, text.length);
    if (this.collect) this.strings.push({ kind: 'expandable', start, end, contentStart: start + 1, contentEnd: Math.min(pos, text.length) });
    return end;
  }

  private hereString(start: number): number {
    const text = this.text;
    const expandable = isDoubleQuote(text[start + 1]);
    const isClosingQuote = expandable ? isDoubleQuote : isSingleQuote;
    const contentStart = hereStringOpening(text, start + 2);
    let contentEnd = text.length;
    let end = text.length;
    let lineStart = contentStart;
    let pos = contentStart;
    while (pos < text.length) {
      if (pos === lineStart && isClosingQuote(text[pos]) && text[pos + 1] === '@') {
        // The line break before the closing mark belongs to the mark.
        contentEnd = pos === contentStart ? contentStart : text[pos - 2] === '\r' ? pos - 2 : pos - 1;
        end = pos + 2;
        break;
      }
      const c = text[pos];
      if (expandable && c === '`') pos = escapeEnd(text, pos);
      else if (expandable && c === '$') pos = this.variableEnd(pos);
      else pos++;
      if (text[pos - 1] === '\n') lineStart = pos;
    }
    if (this.collect) this.strings.push({ kind: expandable ? 'expandable-here' : 'literal-here', start, end, contentStart, contentEnd: Math.max(contentStart, contentEnd) });
    return end;
  }

  /** The end of a `$` expansion inside an expandable string (`$` alone stays a character). */
  variableEnd(pos: number): number {
    const text = this.text;
    const next = text[pos + 1];
    if (next === '(') return Math.min(this.code(pos + 2, true) + 1, text.length);
    if (next === '{') return skipBracedVariable(text, pos);
    return simpleVariableEnd(text, pos);
  }
}

/** After `@'` or `@"`: only spaces or tabs may follow on the line; returns where the content starts, or -1. */
function hereStringOpening(text: string, pos: number): number {
  while (text[pos] === ' ' || text[pos] === '\t') pos++;
  if (text[pos] === '\r' && text[pos + 1] === '\n') return pos + 2;
  if (text[pos] === '\n') return pos + 1;
  return -1;
}

function skipBracedVariable(text: string, pos: number): number {
  let at = pos + 2;
  while (at < text.length && text[at] !== '}') at += text[at] === '`' ? 2 : 1;
  return Math.min(at + 1, text.length);
}

/** `$name`, `$env:Name`, `$script:name`, `$$`, `$?`, `$^`; returns pos + 1 when the `$` expands nothing. */
function simpleVariableEnd(text: string, pos: number): number {
  const next = text[pos + 1];
  if (next === '$' || next === '?' || next === '^') return pos + 2;
  let at = pos + 1;
  while (isNameChar(text[at])) at++;
  if (at === pos + 1) return pos + 1;
  // `$scope:name`: everything between `$` and `:` is a scope or drive qualifier.
  if (text[at] === ':' && isNameChar(text[at + 1])) {
    at++;
    while (isNameChar(text[at])) at++;
  }
  return at;
}

/** The end of a backtick escape at `pos` (`` `n ``, `` `$ ``, `` `u{263A} ``). */
function escapeEnd(text: string, pos: number): number {
  if (text[pos + 1] === 'u' && text[pos + 2] === '{') {
    const match = /^[0-9a-fA-F]{1,6}\}/.exec(text.slice(pos + 3, pos + 10));
    if (match) return pos + 3 + match[0].length;
  }
  if (text[pos + 1] === '\r' && text[pos + 2] === '\n') return pos + 3;
  return Math.min(pos + 2, text.length);
}

const ESCAPES: Readonly<Record<string, string>> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

// ---- decoding ---------------------------------------------------------------------------------------

/** A string literal (or an expression between literals) as PowerShell reads it, mapped to the script. */
interface Piece {
  /** Null for an expression operand such as `$Servers` or `(Get-Content x)`. */
  readonly literal: ScriptString | null;
  readonly start: number;
  readonly end: number;
}

/** Builds the virtual text of a concatenation, its source map and its placeholders. */
class VirtualText {
  text = '';
  /** Plain copies have equal lengths; an escape (`''`, a backtick sequence) maps its decoded text as a whole. */
  readonly segments: [virtualStart: number, originalStart: number, length: number, originalLength: number][] = [];
  readonly placeholders: TextRange[] = [];

  copy(source: string, from: number, length: number): void {
    if (length <= 0) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last[2] === last[3] && last[0] + last[2] === this.text.length && last[1] + last[2] === from) {
      last[2] += length;
      last[3] += length;
    } else this.segments.push([this.text.length, from, length, length]);
    this.text += source.slice(from, from + length);
  }

  /** `decoded` stands for the source characters [from, to). */
  substitute(decoded: string, from: number, to: number, placeholder: boolean): void {
    if (decoded.length) this.segments.push([this.text.length, from, decoded.length, to - from]);
    this.text += decoded;
    if (placeholder) this.placeholders.push({ start: from, end: to });
  }

  /** An expression: kept as written (XML-significant characters neutralised, same length) and marked as unknown. */
  expression(source: string, from: number, to: number): void {
    const shown = source.slice(from, to).replace(/[<>&"'\r\n]/g, '_');
    this.substitute(shown, from, to, true);
  }
}

function decodePiece(script: string, piece: Piece, out: VirtualText, scanner: Scanner): void {
  const literal = piece.literal;
  if (!literal) {
    out.expression(script, piece.start, piece.end);
    return;
  }
  const { kind, contentStart, contentEnd } = literal;
  if (kind === 'literal-here') {
    out.copy(script, contentStart, contentEnd - contentStart);
    return;
  }
  let run = contentStart;
  let pos = contentStart;
  const flush = (to: number) => out.copy(script, run, to - run);
  while (pos < contentEnd) {
    const c = script[pos];
    if (kind === 'literal') {
      if (isSingleQuote(c) && isSingleQuote(script[pos + 1])) {
        // `''` is one quote: mapped as a whole, so that no edit lands between the two.
        flush(pos);
        out.substitute(c, pos, pos + 2, false);
        pos += 2;
        run = pos;
      } else pos++;
      continue;
    }
    if (kind === 'expandable' && isDoubleQuote(c) && isDoubleQuote(script[pos + 1])) {
      flush(pos);
      out.substitute(c, pos, pos + 2, false);
      pos += 2;
      run = pos;
    } else if (c === '`') {
      flush(pos);
      const end = Math.min(escapeEnd(script, pos), contentEnd);
      out.substitute(decodeEscape(script.slice(pos, end)), pos, end, true);
      pos = run = end;
    } else if (c === '$') {
      const end = Math.min(scanner.variableEnd(pos), contentEnd);
      if (end === pos + 1) {
        pos++;
        continue;
      }
      flush(pos);
      out.expression(script, pos, end);
      pos = run = end;
    } else pos++;
  }
  flush(contentEnd);
}

function decodeEscape(sequence: string): string {
  const c = sequence[1] ?? '';
  if (c === 'u' && sequence.length > 2) return String.fromCodePoint(Math.min(parseInt(sequence.slice(3, -1), 16), 0x10ffff));
  return ESCAPES[c] ?? sequence.slice(1);
}

// ---- concatenations ----------------------------------------------------------------------------------

/** The literal (or literal `+ …` chain) starting at each string that is not part of an earlier chain. */
function chains(script: string, strings: readonly ScriptString[], scanner: Scanner): Piece[][] {
  const byStart = new Map(strings.map((s) => [s.start, s]));
  const consumed = new Set<ScriptString>();
  const out: Piece[][] = [];
  for (const first of strings) {
    if (consumed.has(first)) continue;
    const chain: Piece[] = [{ literal: first, start: first.start, end: first.end }];
    let pos = first.end;
    for (;;) {
      const plus = skipSpace(script, pos, false);
      if (script[plus] !== '+' || script[plus + 1] === '=' || script[plus + 1] === '+') break;
      const operandStart = skipSpace(script, plus + 1, true);
      const literal = byStart.get(operandStart);
      if (literal) {
        consumed.add(literal);
        chain.push({ literal, start: literal.start, end: literal.end });
        pos = literal.end;
        continue;
      }
      const operandEnd = expressionEnd(script, operandStart, scanner);
      if (operandEnd <= operandStart) break;
      chain.push({ literal: null, start: operandStart, end: operandEnd });
      pos = operandEnd;
    }
    // A chain that ends on an expression keeps it: the XML may continue in it.
    out.push(chain);
  }
  return out;
}

/** The `]` closing a type name or index on the same line (a bounded search: a stray `[` must not scan the script). */
function closingBracket(text: string, open: number): number {
  for (let at = open + 1; at < text.length && at < open + 256; at++) {
    if (text[at] === ']') return at;
    if (text[at] === '\n') return -1;
  }
  return -1;
}

/** Spaces, tabs and backtick line continuations; with `newlines`, line breaks too (a line may end with `+`). */
function skipSpace(text: string, pos: number, newlines: boolean): number {
  for (;;) {
    const c = text[pos];
    if (c === ' ' || c === '\t') pos++;
    else if (c === '`' && (text[pos + 1] === '\n' || (text[pos + 1] === '\r' && text[pos + 2] === '\n'))) pos += text[pos + 1] === '\r' ? 3 : 2;
    else if (newlines && (c === '\n' || c === '\r')) pos++;
    else return pos;
  }
}

/** The end of a simple operand: optional `[type]` casts, then `$var`, `${…}`, `$(…)`, `(…)` or a number, then members. */
function expressionEnd(text: string, pos: number, scanner: Scanner): number {
  let at = pos;
  while (text[at] === '[') {
    const close = closingBracket(text, at);
    if (close === -1) return pos;
    at = close + 1;
  }
  if (text[at] === '$') {
    at = scanner.variableEnd(at);
    if (at === pos + 1) return pos;
  } else if (text[at] === '(') at = scanner.code(at + 1, true) + 1;
  else if (/[0-9]/.test(text[at] ?? '')) {
    while (/[0-9A-Za-z.]/.test(text[at] ?? '')) at++;
  } else return pos;
  // Member access, calls and indexes: `.Name`, `::Name`, `(…)`, `[…]`.
  for (;;) {
    if (text[at] === '.' && isNameChar(text[at + 1])) {
      at++;
      while (isNameChar(text[at])) at++;
    } else if (text[at] === ':' && text[at + 1] === ':' && isNameChar(text[at + 2])) {
      at += 2;
      while (isNameChar(text[at])) at++;
    } else if (text[at] === '(') at = scanner.code(at + 1, true) + 1;
    else if (text[at] === '[') {
      const close = closingBracket(text, at);
      if (close === -1) break;
      at = close + 1;
    } else break;
  }
  return Math.min(at, text.length);
}

// ---- the XML blocks ----------------------------------------------------------------------------------

const ROOT = /<(VPNProfile|EapHostConfig)(?=[\s>/]|xmlns)/g;

/** Each `<VPNProfile>` or `<EapHostConfig>` in the script's strings, as PowerShell would build it. */
export function findScriptXml(script: string): ScriptXml[] {
  const strings = findScriptStrings(script);
  const scanner = new Scanner(script, false);
  const found: ScriptXml[] = [];
  for (const chain of chains(script, strings, scanner)) {
    // Cheap test first: most strings of a script hold no XML.
    if (!chain.some((p) => p.literal && /<(VPNProfile|EapHostConfig)/.test(script.slice(p.literal.contentStart, p.literal.contentEnd)))) continue;
    const virtual = new VirtualText();
    for (const piece of chain) decodePiece(script, piece, virtual, scanner);
    const host = scriptHost(script, chain, virtual.placeholders);
    ROOT.lastIndex = 0;
    let from = 0;
    for (let match = ROOT.exec(virtual.text); match; match = ROOT.exec(virtual.text)) {
      if (match.index < from) continue;
      const close = virtual.text.indexOf(`</${match[1]}>`, match.index);
      const end = close === -1 ? virtual.text.length : close + match[1].length + 3;
      const map = sliceMap(virtual.segments, match.index, end);
      found.push({ text: virtual.text.slice(match.index, end), map, ...toOriginalRange(map, { start: 0, end: end - match.index }), host });
      from = end;
      ROOT.lastIndex = end;
    }
  }
  return found;
}

/** The part [from, to) of a virtual text's segments as a map of its own (offset 0 = `from`). */
function sliceMap(segments: readonly [number, number, number, number][], from: number, to: number): SegmentSourceMap {
  const map = new SegmentSourceMap();
  for (const [virtualStart, originalStart, length, originalLength] of segments) {
    const start = Math.max(virtualStart, from);
    const end = Math.min(virtualStart + length, to);
    if (end <= start) continue;
    if (length === originalLength) map.add(start - from, originalStart + (start - virtualStart), end - start);
    // An escape cut by the slice keeps its whole document extent: it maps only as a whole.
    else map.add(start - from, originalStart, end - start, originalLength);
  }
  return map;
}

// ---- writing fixes back -------------------------------------------------------------------------------

function scriptHost(script: string, chain: readonly Piece[], placeholders: TextRange[]): EmbeddingHost {
  const host: EmbeddingHost = {
    placeholders: placeholders.sort((a, b) => a.start - b.start),
    encode(range, text) {
      const literal = chain.find((p) => p.literal && range.start >= p.literal.contentStart && range.end <= p.literal.contentEnd)?.literal;
      if (!literal) return undefined;
      for (const p of host.placeholders) if (range.start < p.end && p.start < range.end) return undefined;
      return encodeFor(literal.kind, text, script, range);
    },
  };
  return host;
}

/** `text` written inside a string of this kind so that PowerShell reads it back unchanged. */
export function encodeFor(kind: QuoteKind, text: string, script: string, range: TextRange): string | undefined {
  switch (kind) {
    case 'literal':
      return text.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q);
    case 'expandable':
      return text.replace(/[`$"\u201c\u201d\u201e]/g, (c) => '`' + c);
    case 'literal-here': {
      // A literal here-string has no escape: text that would put `'@` at the start of a line cannot be written.
      const atLineStart = script[range.start - 1] === '\n';
      if (/\n['\u2018\u2019\u201a\u201b]@/.test(text) || (atLineStart && /^['\u2018\u2019\u201a\u201b]@/.test(text))) return undefined;
      if (/\n$/.test(text) && isSingleQuote(script[range.end]) && script[range.end + 1] === '@') return undefined;
      return text;
    }
    case 'expandable-here': {
      if (/\n$/.test(text) && isDoubleQuote(script[range.end]) && script[range.end + 1] === '@') return undefined;
      return text.replace(/[`$]/g, (c) => '`' + c).replace(/(["\u201c\u201d\u201e])@/g, '`$1@');
    }
  }
}
