import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasInvisibleCharacters, terminalText } from './terminal';

test('terminalText leaves ordinary text, accents, other scripts and backslashes alone', () => {
  for (const text of ['vpn.contoso.com', 'C:\\Users\\alice', 'Zürich Ø', 'שלום עולם', 'مرحبا', '東京', 'emoji 🔐', 'tab\\tliteral']) {
    assert.equal(terminalText(text), text);
    assert.equal(hasInvisibleCharacters(text), false);
  }
});

test('terminalText shows C0, DEL and C1 controls escaped, line breaks included', () => {
  assert.equal(terminalText('a\nb\rc\td'), 'a\\nb\\rc\\td');
  assert.equal(terminalText('\x00\x07\x08\x1b[2J\x7f'), '\\x00\\x07\\x08\\x1b[2J\\x7f');
  assert.equal(terminalText('\x1b]0;pwned\x07'), '\\x1b]0;pwned\\x07');
  // C1: CSI (U+009B) and OSC (U+009D) work without ESC on some terminals; NEL (U+0085) breaks a line.
  assert.equal(terminalText('\u009b2J\u009d0;t\u009c\u0085'), '\\x9b2J\\x9d0;t\\x9c\\x85');
});

test('terminalText shows bidirectional controls and invisible characters escaped', () => {
  const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
  for (const character of bidi) {
    const code = character.charCodeAt(0).toString(16).padStart(4, '0');
    assert.equal(terminalText(`a${character}b`), `a\\u${code}b`);
    assert.equal(hasInvisibleCharacters(character), true);
  }
  assert.equal(terminalText('zero\u200Bwidth\u200C\u200D\u2060\uFEFF\u00AD'), 'zero\\u200bwidth\\u200c\\u200d\\u2060\\ufeff\\xad');
  assert.equal(terminalText('line\u2028para\u2029'), 'line\\u2028para\\u2029');
  assert.equal(terminalText('\u3164\u115F'), '\\u3164\\u115f');
  // Tag characters (ASCII smuggling) and a lone surrogate.
  assert.equal(terminalText('x\u{E0041}\u{E007F}'), 'x\\u{e0041}\\u{e007f}');
  assert.equal(terminalText('lone\uD800'), 'lone\\ud800');
});
