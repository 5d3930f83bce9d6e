// Document text inside Markdown. Messages and hovers are Markdown; text taken from a document (a value, a name,
// a log field) must stay text: never end its code span early, never become a link, an image or HTML. Every piece
// of document text that reaches Markdown goes through one of the two functions below.
import { terminalText } from './terminal';

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * `text` as one CommonMark code span: the fence is one backtick longer than the longest run of backticks inside,
 * and a space pads each side when the text starts or ends with a backtick or a space (CommonMark strips one).
 * Line breaks become spaces: a code span shows on one line, and a line break must not forge a new line in a
 * terminal either. Other control, bidirectional and invisible characters are shown escaped (`\u202e`).
 */
export function codeSpan(text: string): string {
  const flat = terminalText(text.replace(LINE_BREAK, ' '));
  let longest = 0;
  let run = 0;
  for (let i = 0; i < flat.length; i++) {
    run = flat.charCodeAt(i) === 0x60 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && !/^ *$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${fence === '`' && flat === '' ? ' ' : ''}${pad}${fence}`;
}

// Any ASCII punctuation character may be backslash-escaped in CommonMark, and an escaped one is always literal.
// These start inline syntax anywhere in a line: emphasis, code, links, images, autolinks, HTML, entities, math, tables,
// strikethrough; `.`, `/`, `:` and `@` are escaped so that neither GFM autolinks nor linkify find a URL, a domain
// name or an e-mail address in the text.
const INLINE_SYNTAX = /[\\`*_[\]<>&!$./:@^{}|~]/g;
// These only mean something at the start of a line (list item, heading, setext underline, `1)` list item). The text
// is flattened to one line, so only its own start can be a line start.
const LINE_START_SYNTAX = /^( *)(?:([-+#=])|(\d{1,9})\))/;

/**
 * `text` as literal Markdown text outside a code span: Markdown syntax characters backslash-escaped, line breaks as
 * spaces, control, bidirectional and invisible characters shown escaped (`\u202e`). Commas, semicolons, `=`, quotes,
 * hyphens and parentheses inside the line stay as they are, so that `CN=vpn-1, O=Contoso (EU)` remains readable.
 */
export function markdownText(text: string): string {
  return terminalText(text.replace(LINE_BREAK, ' '))
    .replace(INLINE_SYNTAX, (c) => `\\${c}`)
    .replace(LINE_START_SYNTAX, (_match, indent: string, marker: string | undefined, digits: string | undefined) => (marker !== undefined ? `${indent}\\${marker}` : `${indent}${digits}\\)`));
}
