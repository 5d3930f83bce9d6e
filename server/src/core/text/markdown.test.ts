import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeSpan, markdownText } from './markdown';
import { plainMessage } from './plainMessage';

test('codeSpan fences document text so that backticks inside cannot end the span', () => {
  assert.equal(codeSpan('AlwaysOn'), '`AlwaysOn`');
  assert.equal(codeSpan('a`b'), '``a`b``');
  assert.equal(codeSpan('x` ![t](https://e.example/i.png) `y'), '``x` ![t](https://e.example/i.png) `y``');
  assert.equal(codeSpan('`start'), '`` `start ``');
  assert.equal(codeSpan(' both '), '`  both  `');
  assert.equal(codeSpan('two\nlines'), '`two lines`');
});

test('plainMessage quotes code spans of any fence length and keeps their text exactly', () => {
  assert.equal(plainMessage('Set `AlwaysOn` to `true`.'), "Set 'AlwaysOn' to 'true'.");
  for (const value of ['a`b', 'x` ![t](https://e.example/i.png) `y', '`start', ' both ', '``']) {
    assert.equal(plainMessage(`value ${codeSpan(value)} here`), `value '${value}' here`);
  }
  assert.equal(plainMessage('an unmatched ` backtick'), 'an unmatched ` backtick');
});

test('codeSpan shows control, bidirectional and invisible characters escaped', () => {
  assert.equal(codeSpan('evil\u202Egnp.exe'), '`evil\\u202egnp.exe`');
  assert.equal(codeSpan('a\u200Bb\uFEFF\x1b[2J'), '`a\\u200bb\\ufeff\\x1b[2J`');
  assert.equal(plainMessage(`value ${codeSpan('\u2066x\u2069')} here`), "value '\\u2066x\\u2069' here");
});

test('markdownText escapes Markdown syntax and keeps the text on one line', () => {
  assert.equal(markdownText('Contoso Root CA'), 'Contoso Root CA');
  assert.equal(markdownText('[Click here](https://e.example/x)'), '\\[Click here\\](https\\:\\/\\/e\\.example\\/x)');
  assert.equal(markdownText('![t](i.png) <b>&amp; *a* _b_ `c` | ~~s~~ $x$ {#id} ^1'), '\\!\\[t\\](i\\.png) \\<b\\>\\&amp; \\*a\\* \\_b\\_ \\`c\\` \\| \\~\\~s\\~\\~ \\$x\\$ \\{#id\\} \\^1');
  assert.equal(markdownText('user@contoso.com www.contoso.com'), 'user\\@contoso\\.com www\\.contoso\\.com');
  assert.equal(markdownText('CN=vpn-1.contoso.com, O="Contoso; Ltd" (EU) 100%?'), 'CN=vpn-1\\.contoso\\.com, O="Contoso; Ltd" (EU) 100%?');
  assert.equal(markdownText('two\nlines\r\n- three'), 'two lines - three');
  // At the start of the text, which may be the start of a line: list items, headings, setext underlines.
  assert.equal(markdownText('- item'), '\\- item');
  assert.equal(markdownText('  + item'), '  \\+ item');
  assert.equal(markdownText('# title'), '\\# title');
  assert.equal(markdownText('==='), '\\===');
  assert.equal(markdownText('1. one'), '1\\. one');
  assert.equal(markdownText('12) twelve'), '12\\) twelve');
  assert.equal(markdownText('rtl\u202Eoverride'), 'rtl\\\\u202eoverride');
});
