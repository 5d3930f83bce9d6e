// Outline, folding and completion on huge documents: bounded results, and the same answers as the simple
// definitions on ordinary ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { walkElements } from '../xml/query';
import type { TextEdit } from '../types';
import { applyEdits } from './codeActions';
import { completeAt } from './completion';
import { MAX_FOLDING_RANGES, MAX_OUTLINE_SYMBOLS, documentSymbols, foldingRanges, type OutlineSymbol } from './outline';

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function countSymbols(symbols: readonly OutlineSymbol[]): number {
  let count = 0;
  const stack = [...symbols];
  while (stack.length) {
    const symbol = stack.pop()!;
    count++;
    stack.push(...symbol.children);
  }
  return count;
}

test('the outline stops at MAX_OUTLINE_SYMBOLS, keeping the upper levels whole', () => {
  const routes = 20_000; // 60,000 elements: each route and its two children
  const text = `<VPNProfile><AlwaysOn>true</AlwaysOn>${'<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'.repeat(routes)}</VPNProfile>`;
  const [profile] = documentSymbols(analyzeDocument(text));
  assert.equal(countSymbols([profile]), MAX_OUTLINE_SYMBOLS);
  assert.equal(profile.children.length, routes + 1, 'every child of the root is listed');
  assert.equal(profile.children[1].detail, '10.0.0.0/8', 'details still come from the elements');
  const withChildren = profile.children.filter((c) => c.children.length === 2).length;
  assert.equal(withChildren, (MAX_OUTLINE_SYMBOLS - 1 - (routes + 1)) / 2, 'then the next level, in document order');
  assert.ok(profile.children[1].children.length === 2 && profile.children[routes].children.length === 0);
  // An ordinary profile is not cut.
  const small = `<VPNProfile>${'<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'.repeat(100)}</VPNProfile>`;
  assert.equal(countSymbols(documentSymbols(analyzeDocument(small))), 301);
});

test('outline details: the value on one line, whitespace runs as one space, at most 60 characters', () => {
  // The definition: collapse every whitespace run of the whole value, then cut.
  const expected = (value: string) => {
    const oneLine = value.replace(/\s+/g, ' ');
    return oneLine.length > 60 ? oneLine.slice(0, 57) + '…' : oneLine;
  };
  const random = prng(7);
  const pieces = ['a', 'bc', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é', 'xyz.', '\uD83D\uDE00'];
  for (let round = 0; round < 400; round++) {
    let value = 'v';
    const length = Math.floor(random() * 90);
    for (let i = 0; i < length; i++) value += pieces[Math.floor(random() * pieces.length)];
    value += 'w';
    const [profile] = documentSymbols(analyzeDocument(`<VPNProfile><ProfileName>${value}</ProfileName></VPNProfile>`));
    assert.equal(profile.children[0].detail, expected(value), JSON.stringify(value));
  }
  const [huge] = documentSymbols(analyzeDocument(`<VPNProfile><ProfileName>a${' \n'.repeat(500_000)}b</ProfileName></VPNProfile>`));
  assert.equal(huge.children[0].detail, 'a b');
});

test('folding ranges come in document order and stop at MAX_FOLDING_RANGES', () => {
  const routes = MAX_FOLDING_RANGES + 500;
  const text = `<VPNProfile>\n${'<Route>\n<Address>10.0.0.0</Address>\n</Route>\n<!-- a\nb -->\n'.repeat(routes / 2)}</VPNProfile>\n`;
  const ranges = foldingRanges(analyzeDocument(text));
  assert.equal(ranges.length, MAX_FOLDING_RANGES);
  assert.equal(ranges[0].start, 0);
  for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i].start > ranges[i - 1].start, `range ${i} after range ${i - 1}`);
  assert.equal(ranges.filter((r) => r.kind === 'comment').length, Math.floor((MAX_FOLDING_RANGES - 1) / 2));
});

test('completion in a start tag: attribute values and names, however long the tag', () => {
  const head =
    '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Config><Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type><EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"><TLSExtensions xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2"><FilteringInfo xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV3"><ClientAuthEKUList';
  const tail = '></ClientAuthEKUList></FilteringInfo></TLSExtensions></EapType></Eap></Config></EapHostConfig>';
  // The definition, as regular expressions on what was typed since `<`.
  const expected = (typed: string, offset: number) => {
    const value = /([\w:.-]+)\s*=\s*(["'])([^"']*)$/.exec(typed);
    if (value) return value[1] === 'Enabled' ? [`value true ${offset - value[3].length}`, `value false ${offset - value[3].length}`] : [];
    if (!/\s[\w:.-]*$/.test(typed) || present) return [];
    return [`attribute Enabled ${offset - /[\w:.-]*$/.exec(typed)![0].length}`];
  };
  let present = false; // an attribute already on the element is not offered again
  const random = prng(3);
  const pieces = [' ', '\t', 'Enabled', 'En', 'x', ':', '.', '-', '=', '"', "'", 'true', '\u00a0', ' Enabled="', " Enabled = '", 'Other="'];
  for (let round = 0; round < 500; round++) {
    let typed = ' '; // after the element name
    const length = Math.floor(random() * 12);
    for (let i = 0; i < length; i++) typed += pieces[Math.floor(random() * pieces.length)];
    const text = head + typed + tail;
    const offset = head.length + typed.length;
    const analysis = analyzeDocument(text);
    const element = [...walkElements(analysis.units[0].root)].find((e) => e.localName === 'ClientAuthEKUList')!;
    present = element.attributes.some((a) => a.name === 'Enabled');
    const entries = completeAt(analysis, offset)
      .filter((e) => e.kind === 'attribute' || e.kind === 'value')
      .map((e) => `${e.kind} ${e.label} ${e.replace.start}`);
    const lt = head.lastIndexOf('<');
    // Only inside the start tag (a `>` or `<` typed ends it).
    if (!/[<>]/.test(typed)) assert.deepEqual(entries, expected(text.slice(lt, offset), offset), JSON.stringify(typed));
  }
  const longName = head + ' ' + 'x'.repeat(200_000);
  assert.deepEqual(
    completeAt(analyzeDocument(longName + tail), longName.length).map((e) => `${e.label} ${e.replace.start}`),
    [`Enabled ${head.length + 1}`],
  );
  const longValue = head + ' x'.repeat(100_000) + ' Enabled = "tr';
  assert.deepEqual(
    completeAt(analyzeDocument(longValue + '"' + tail), longValue.length).map((e) => e.label),
    ['true', 'false'],
  );
});

test('completion of child elements counts the siblings already there, among 100,000', () => {
  const text = `<VPNProfile><AlwaysOn>true</AlwaysOn>${'<Route/>'.repeat(100_000)}\n</VPNProfile>`;
  const labels = completeAt(analyzeDocument(text), text.length - '</VPNProfile>'.length).map((e) => e.label);
  assert.ok(labels.includes('Route'), 'repeatable elements are offered again');
  assert.ok(!labels.includes('AlwaysOn'), 'an element that may appear once is not offered twice');
  assert.ok(labels.includes('DnsSuffix'));
});

test('the outline of elements named like Object.prototype members: plain symbols that serialise', () => {
  const text = '<VPNProfile><constructor/><toString>x</toString><__proto__/><EapHostConfig><EapMethod><Type>constructor</Type></EapMethod></EapHostConfig></VPNProfile>';
  const [profile] = documentSymbols(analyzeDocument(text));
  assert.deepEqual(JSON.parse(JSON.stringify(profile.children.map((c) => [c.name, c.detail ?? null, c.kind]))), [
    ['constructor', null, 'setting'],
    ['toString', 'x', 'setting'],
    ['__proto__', null, 'setting'],
    ['EapHostConfig', 'EAP type constructor', 'eap'],
  ]);
});

test('applyEdits: the same text as applying the edits one by one from the end, in one pass over 16,000 edits', () => {
  const oneByOne = (text: string, edits: readonly TextEdit[]) => {
    let result = text;
    for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end)) {
      result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
    }
    return result;
  };
  const random = prng(5);
  for (let round = 0; round < 3000; round++) {
    const text = 'abcdefghij'.slice(0, 1 + Math.floor(random() * 10));
    const edits: TextEdit[] = [];
    // Non-overlapping edits, some touching, some insertions at the same point, in random order.
    for (let at = 0; at <= text.length && edits.length < 5;) {
      const start = at + Math.floor(random() * 3);
      if (start > text.length) break;
      const end = Math.min(text.length, start + Math.floor(random() * 3));
      edits.push({ range: { start, end }, newText: String.fromCharCode(65 + edits.length).repeat(Math.floor(random() * 3)) });
      at = random() < 0.4 ? end : end + 1;
    }
    edits.sort(() => random() - 0.5);
    assert.equal(applyEdits(text, edits), oneByOne(text, edits), `${text} ${JSON.stringify(edits)}`);
  }
  const big = 'x'.repeat(1_900_000);
  const edits = Array.from({ length: 16_000 }, (_, i) => ({ range: { start: i * 100, end: i * 100 + 1 }, newText: '&amp;' }));
  const fixed = applyEdits(big, edits);
  assert.equal(fixed.length, big.length + 16_000 * 4);
  assert.equal(fixed.slice(0, 6), '&amp;x');
});
