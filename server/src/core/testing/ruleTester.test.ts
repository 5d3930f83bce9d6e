// The rule tester's own helpers: every locator form, and what a module adds under catalogue rule IDs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trafficFilterApp } from '../profile/rules/traffic-filter-app';
import { schemaRuleMeta } from '../rules/schema';
import { findingsOf, locate } from './ruleTester';

const TEXT = '<A><Route>x</Route><RouteList/><Route kind="b">yy</Route></A>';

test('a string locator is its first occurrence; occurrence and after pick later ones', () => {
  assert.deepEqual(locate(TEXT, 'Route'), { start: 4, end: 9 });
  assert.deepEqual(locate(TEXT, { text: 'Route', occurrence: 1 }), { start: 13, end: 18 });
  assert.deepEqual(locate(TEXT, { text: 'Route', after: '/>' }), { start: 32, end: 37 });
});

test('a tag locator is the name in a start tag, skipping end tags and longer names', () => {
  assert.deepEqual(locate(TEXT, { tag: 'Route' }), { start: 4, end: 9 });
  assert.deepEqual(locate(TEXT, { tag: 'Route', occurrence: 1 }), { start: TEXT.indexOf('<Route kind') + 1, end: TEXT.indexOf('<Route kind') + 6 });
  assert.deepEqual(locate(TEXT, { tag: 'RouteList' }), { start: 20, end: 29 });
});

test('a content locator is the text between a start tag and its end tag', () => {
  assert.deepEqual(locate(TEXT, { content: 'Route' }), { start: 10, end: 11 });
  const second = TEXT.indexOf('yy');
  assert.deepEqual(locate(TEXT, { content: 'Route', occurrence: 1 }), { start: second, end: second + 2 });
});

test('a missing locator fails the test instead of matching elsewhere', () => {
  assert.throws(() => locate(TEXT, { tag: 'Route', occurrence: 2 }));
  assert.throws(() => locate(TEXT, { content: 'Missing' }));
});

test("findings under a catalogue rule count as the module's only when they vanish with the module off", () => {
  const profile = (app: string) => `<VPNProfile>\n  <NativeProfile><Servers>vpn.example.net</Servers></NativeProfile>\n  <TrafficFilter>\n    ${app}\n  </TrafficFilter>\n</VPNProfile>\n`;
  const missing = schemaRuleMeta('profile', 'missing-element');
  const unknown = schemaRuleMeta('profile', 'unknown-element');
  const text = profile('<App><Name>x</Name></App>');
  assert.deepEqual(findingsOf(trafficFilterApp, text), [], "nothing under the module's own ID");
  const added = findingsOf(trafficFilterApp, text, {}, [missing, unknown]);
  assert.deepEqual(
    added.map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)]),
    [
      ['profile/missing-element', 'App'],
      ['profile/unknown-element', 'Name'],
    ],
  );
  assert.deepEqual(findingsOf(trafficFilterApp, profile('<App><Id>SYSTEM</Id></App>'), {}, [missing, unknown]), []);
});
