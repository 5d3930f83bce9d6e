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
