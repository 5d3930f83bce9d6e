import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandSnippet } from './snippet';

test('placeholders take their default, choices their first option, bare tab stops nothing', () => {
  assert.equal(expandSnippet('<A>${1:vpn.example.com}</A>$0'), '<A>vpn.example.com</A>');
  assert.equal(expandSnippet('<B>${2|false,true|}</B>'), '<B>false</B>');
  assert.equal(expandSnippet('<C>$3</C><D>${4}</D>'), '<C></C><D></D>');
  assert.equal(expandSnippet('.${1:corp.example.com} and ${1:corp.example.com}'), '.corp.example.com and corp.example.com');
});

test('nested placeholders and escapes expand to the literal text', () => {
  assert.equal(expandSnippet('${1:outer ${2:inner} end}'), 'outer inner end');
  assert.equal(expandSnippet('C:\\\\Windows \\$HOME ${1:a\\}b}'), 'C:\\Windows $HOME a}b');
  assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
});

test('a dollar that starts no tab stop stays as written', () => {
  assert.equal(expandSnippet('$ProfileXML = 1; cost: $'), '$ProfileXML = 1; cost: $');
});
