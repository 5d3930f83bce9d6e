import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { autoCloseTagAt, linkedEditingRangesAt, tagHighlightsAt, TAG_NAME_PATTERN } from './tags';

const PROFILE = '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.org</Servers>\n    <eap:Foo xmlns:eap="urn:x"/>\n  </NativeProfile>\n</VPNProfile>\n';
const slices = (text: string, ranges: readonly { start: number; end: number }[] | undefined) => ranges?.map((r) => `${r.start}:${text.slice(r.start, r.end)}`);

test('linked editing: the start and end names of the pair, from either name and at its edges', () => {
  const analysis = analyzeDocument(PROFILE);
  const start = PROFILE.indexOf('NativeProfile');
  const end = PROFILE.lastIndexOf('NativeProfile');
  for (const at of [start, start + 3, start + 13, end, end + 13]) {
    assert.deepEqual(slices(PROFILE, linkedEditingRangesAt(analysis, at)), [`${start}:NativeProfile`, `${end}:NativeProfile`], `at ${at}`);
  }
  assert.equal(linkedEditingRangesAt(analysis, PROFILE.indexOf('vpn.example')), undefined, 'in text');
  assert.equal(linkedEditingRangesAt(analysis, PROFILE.indexOf('xmlns:eap')), undefined, 'in an attribute');
  assert.equal(linkedEditingRangesAt(analysis, PROFILE.indexOf('eap:Foo') + 2), undefined, 'self-closing: nothing to link');
  assert.ok(new RegExp(`^${TAG_NAME_PATTERN}$`).test('eap:EapHostConfig') && !new RegExp(`^${TAG_NAME_PATTERN}$`).test('a>b'));
});

test('linked editing in escaped XML inside SyncML lands on the escaped names', () => {
  const text = '<SyncML><Data>&lt;VPNProfile&gt;&lt;AlwaysOn&gt;true&lt;/AlwaysOn&gt;&lt;/VPNProfile&gt;</Data></SyncML>';
  const analysis = analyzeDocument(text);
  const at = text.indexOf('AlwaysOn');
  assert.deepEqual(slices(text, linkedEditingRangesAt(analysis, at)), [`${at}:AlwaysOn`, `${text.lastIndexOf('AlwaysOn')}:AlwaysOn`]);
  assert.deepEqual(slices(text, linkedEditingRangesAt(analysis, text.indexOf('Data') + 1)), [`${text.indexOf('Data')}:Data`, `${text.lastIndexOf('Data')}:Data`], 'the outer document too');
});

test('document highlight: both names of a pair, the one name of a self-closing element', () => {
  const analysis = analyzeDocument(PROFILE);
  assert.deepEqual(slices(PROFILE, tagHighlightsAt(analysis, PROFILE.lastIndexOf('Servers') + 1)), [`${PROFILE.indexOf('Servers')}:Servers`, `${PROFILE.lastIndexOf('Servers')}:Servers`]);
  assert.deepEqual(slices(PROFILE, tagHighlightsAt(analysis, PROFILE.indexOf('eap:Foo'))), [`${PROFILE.indexOf('eap:Foo')}:eap:Foo`]);
  assert.deepEqual(tagHighlightsAt(analysis, 0), []);
});

test('auto-close: after a start tag just finished, only when its element has no end tag', () => {
  const typed = (before: string, after = '') => autoCloseTagAt(before + after, before.length);
  assert.equal(typed('<VPNProfile>\n  <AlwaysOn>', '\n</VPNProfile>'), '</AlwaysOn>');
  assert.equal(typed('<VPNProfile>\n  <Route a="1">', '\n  <Route>x</Route>\n</VPNProfile>'), '</Route>', 'a later pair of the same name is not this one');
  assert.equal(typed('<VPNProfile>\n  <AlwaysOn>', 'true</AlwaysOn>\n</VPNProfile>'), undefined, 'already closed');
  assert.equal(typed('<VPNProfile>\n  <AlwaysOn/>'), undefined, 'self-closing');
  assert.equal(typed('<VPNProfile>\n  <!-- a -->'), undefined, 'a comment');
  assert.equal(typed('<?xml version="1.0"?>'), undefined);
  assert.equal(typed('<VPNProfile>\n  <A x=">'), undefined, 'inside an attribute value');
  assert.equal(typed('$x = "<VPNProfile>'), undefined, 'not an XML document');
});
