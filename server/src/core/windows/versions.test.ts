import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogueBuild, parseWindowsTarget } from './versions';

function build(input: string): number {
  const parsed = parseWindowsTarget(input);
  assert.ok(parsed.ok, `${input}: ${parsed.ok ? '' : parsed.message}`);
  return parsed.version.build;
}

test('build numbers in their usual forms', () => {
  assert.equal(build('10.0.19045'), 19045);
  assert.equal(build('10.0.19045.5737'), 19045);
  assert.equal(build('19045'), 19045);
  assert.equal(build('build 22631'), 22631);
  assert.equal(build('  10.0.26100  '), 26100);
});

test("releases map to the builds of Microsoft's release information", () => {
  assert.equal(build('10 22H2'), 19045);
  assert.equal(build('Windows 10 1809'), 17763);
  assert.equal(build('Windows 10, version 2004'), 19041);
  assert.equal(build('11 21H2'), 22000);
  assert.equal(build('11 22H2'), 22621);
  assert.equal(build('11 23H2'), 22631);
  assert.equal(build('Windows 11 23H2'), 22631);
  assert.equal(build('win11 24h2'), 26100);
  assert.equal(build('Windows 11'), 22000, 'a whole Windows is its first release');
  assert.equal(build('1909'), 18363, 'only Windows 10 has 1909');
  assert.equal(build('LTSC 2021'), 19044);
});

test('labels name the release and its build; a build off the table is named as a build', () => {
  const parsed = parseWindowsTarget('11 23H2');
  assert.deepEqual(parsed, { ok: true, version: { build: 22631, label: 'Windows 11 23H2 (10.0.22631)' } });
  const odd = parseWindowsTarget('10.0.19046');
  assert.deepEqual(odd, { ok: true, version: { build: 19046, label: 'Windows build 10.0.19046' } });
});

test('what cannot be read is refused with a message that says what to write', () => {
  const ambiguous = parseWindowsTarget('22H2');
  assert.equal(ambiguous.ok, false);
  assert.match(ambiguous.ok ? '' : ambiguous.message, /could be Windows 10 22H2 \(10\.0\.19045\) or Windows 11 22H2 \(10\.0\.22621\)/);
  for (const input of ['', 'foo', 'Windows 12 H2', '11 19H1']) {
    const parsed = parseWindowsTarget(input);
    assert.equal(parsed.ok, false, input);
    assert.match(parsed.ok ? '' : parsed.message, /10\.0\./, `${input}: the message gives an example`);
  }
  const old = parseWindowsTarget('10.0.9600');
  assert.equal(old.ok, false);
  assert.match(old.ok ? '' : old.message, /older than Windows 10/);
});

test('minimum versions as the catalogues write them', () => {
  assert.equal(catalogueBuild('Windows 10 1709 (10.0.16299)'), 16299);
  assert.equal(catalogueBuild('Windows build 10.0.20207'), 20207);
  assert.equal(catalogueBuild('Windows 11 21H2 (10.0.22000)'), 22000);
  assert.equal(catalogueBuild('Windows 7'), 0);
});
