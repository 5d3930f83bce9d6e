import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeSpan } from './markdown';
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
