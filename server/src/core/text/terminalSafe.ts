// Text from documents and file names, made safe to print: control, bidirectional and other invisible characters
// are shown as escapes (`\x1b`, `\u202e`), so that the terminal shows what the input holds and obeys nothing in it.
// (The output-safety work adds the same function as core/text/terminal.ts `terminalText`; this one can then go.)
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

export function terminalSafe(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/**
 * `JSON.stringify(value, null, 2)` with every control, bidirectional and invisible character written as a `\uXXXX`
 * escape (JSON.stringify leaves C1 controls, bidirectional overrides and line separators raw): the same data, safe
 * to print.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (c) => (c === '\n' ? c : [...c].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')));
}
