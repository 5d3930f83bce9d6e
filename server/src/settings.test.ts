import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings';

test('aovpn.targetWindows is read as --target-windows is; empty means no target', () => {
  assert.deepEqual(normalizeSettings({ targetWindows: '10 22H2' }).targetWindows, { build: 19045, label: 'Windows 10 22H2 (10.0.19045)' });
  assert.equal(normalizeSettings({ targetWindows: '' }).targetWindows, undefined);
  assert.equal(normalizeSettings({}).targetWindows, undefined);
  assert.equal(DEFAULT_SETTINGS.targetWindows, undefined);
});

test('a target that cannot be read is ignored, with the reason for the log', () => {
  const settings = normalizeSettings({ targetWindows: 'Windows 12' });
  assert.equal(settings.targetWindows, undefined);
  assert.match(settings.targetWindowsProblem ?? '', /^aovpn\.targetWindows is ignored: "Windows 12" is not/);
});

test('beside another XML validator the well-formedness rules are off; the character checks it does not make stay on', () => {
  const rules = normalizeSettings({}, DEFAULT_SETTINGS, { otherXmlValidator: true }).rules;
  assert.equal(rules['xml/unescaped-ampersand'], 'off');
  assert.equal(rules['xml/invalid-character'], 'off');
  assert.equal(rules['xml/invisible-character'], undefined);
  assert.equal(rules['xml/encoding-mismatch'], undefined);
  assert.equal(normalizeSettings({ rules: { 'xml/unescaped-ampersand': 'warning' } }, DEFAULT_SETTINGS, { otherXmlValidator: true }).rules['xml/unescaped-ampersand'], 'warning');
  assert.deepEqual(normalizeSettings({ rules: { 'xml/*': 'hint' } }, DEFAULT_SETTINGS, { otherXmlValidator: true }).rules, { 'xml/*': 'hint' });
});
