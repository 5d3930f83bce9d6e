// Text from a document, a log, a certificate or a file name, made safe to print. A terminal obeys control
// characters (ESC starts sequences that set the title, clear the screen or move the cursor; CR rewrites the line;
// LF forges a new line), and bidirectional controls or invisible characters make text read differently from what it
// is. Each such character is shown as an escape instead, so what is printed is what the input holds.

// C0 and C1 controls and DEL (Cc), format characters (Cf: bidirectional embeddings, overrides, isolates and marks,
// zero-width space/joiners, word joiner, U+FEFF, soft hyphen, tag characters…), line and paragraph separators,
// lone surrogates, and the Hangul fillers and the combining grapheme joiner, which render as nothing.
const INVISIBLE_CLASS = '[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\u034f\\u115f\\u1160\\u3164\\uffa0]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'gu');

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One character as an escape: `\n`, `\x1b`, `\u202e`, `\u{e0041}`. */
function escapeCharacter(character: string): string {
  const named = NAMED[character];
  if (named) return named;
  const code = character.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

/**
 * `text` with every control, bidirectional, invisible and line-breaking character shown as an escape (`\x1b`,
 * `\u202e`, `\n`), so that it prints on one line, as itself, and cannot move the cursor or reorder what follows.
 * Backslashes are left alone: a literal `\x1b` in the input is harmless text.
 */
export function terminalText(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, escapeCharacter) : text;
}

/** `text` cut into runs of plain text and escapes, for renderers that show escapes differently (the certificate viewer). */
export function visibleParts(text: string): { readonly text: string; readonly escaped: boolean }[] {
  const parts: { text: string; escaped: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(INVISIBLE_ALL)) {
    if (match.index! > last) parts.push({ text: text.slice(last, match.index), escaped: false });
    parts.push({ text: escapeCharacter(match[0]), escaped: true });
    last = match.index! + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), escaped: false });
  return parts;
}

/** Whether `text` holds a character that `terminalText` would show as an escape. */
export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text);
}
