// Hover, completion, quick fixes, fix-all, outline and folding on real ProfileXML and EAP XML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../analysis';
import { applyEdits, fixAllEdits, quickFixes } from './codeActions';
import { completeAt } from './completion';
import { hoverAt } from './hover';
import { documentSymbols, foldingRanges } from './outline';

const FIXTURE = fs.readFileSync(path.resolve(__dirname, '../../../../../test/fixtures/profiles/user-tunnel.xml'), 'utf8');
const at = (text: string, needle: string, delta = 0) => {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, needle);
  return index + delta;
};

test('hover on an element name explains it with values, version and CSP path; the end tag hovers too', () => {
  const analysis = analyzeDocument(FIXTURE);
  const hover = hoverAt(analysis, at(FIXTURE, '<RoutingPolicyType>', 3))!;
  assert.equal(FIXTURE.slice(hover.range.start, hover.range.end), 'RoutingPolicyType');
  assert.match(hover.markdown, /\*\*RoutingPolicyType\*\*/);
  assert.match(hover.markdown, /`SplitTunnel`/);
  assert.match(hover.markdown, /CSP node: `\.\/Vendor\/MSFT\/VPNv2\/\{ProfileName\}\/NativeProfile\/RoutingPolicyType`/);
  assert.match(hover.markdown, /Minimum Windows/);
  const closing = hoverAt(analysis, at(FIXTURE, '</RoutingPolicyType>', 4))!;
  assert.equal(closing.markdown, hover.markdown);
});

test('hover on an enum value explains that value', () => {
  const analysis = analyzeDocument(FIXTURE);
  const hover = hoverAt(analysis, at(FIXTURE, 'ForceTunnel<', 3))!;
  assert.equal(FIXTURE.slice(hover.range.start, hover.range.end), 'ForceTunnel');
  assert.match(hover.markdown, /\*\*ForceTunnel\*\* · value of `RoutingPolicyType`/);
});

test('hover on any other value explains its element', () => {
  const analysis = analyzeDocument(FIXTURE);
  const hover = hoverAt(analysis, at(FIXTURE, '>gateway.example.org<', 3))!;
  assert.equal(FIXTURE.slice(hover.range.start, hover.range.end), 'gateway.example.org');
  assert.match(hover.markdown, /\*\*Servers\*\*/);
  const boolean = hoverAt(analysis, at(FIXTURE, '<AlwaysOn>true', 11))!;
  assert.match(boolean.markdown, /\*\*AlwaysOn\*\*/);
});

test('hover on a thumbprint shows its normalised forms', () => {
  const analysis = analyzeDocument(FIXTURE);
  const hover = hoverAt(analysis, at(FIXTURE, '0a 1b 2c', 4))!;
  assert.match(hover.markdown, /` 0a 1b 2c 3d 4e 5f 60 71 82 93 a4 b5 c6 d7 e8 f9 0a 1b 2c 3d {2}`/);
  assert.match(hover.markdown, /`0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D`/);
  const described = hoverAt(analysis, at(FIXTURE, '0a 1b 2c', 4), { describeThumbprint: (sha1) => `known: ${sha1.slice(0, 4)}` })!;
  assert.match(described.markdown, /known: 0a1b/);
});

test('hover on embedded EAP elements uses the EAP catalogue with the namespace', () => {
  const analysis = analyzeDocument(FIXTURE);
  const hover = hoverAt(analysis, at(FIXTURE, '<DisableUserPromptForServerValidation>', 3))!;
  assert.match(hover.markdown, /EAP configuration/);
  assert.match(hover.markdown, /MsPeapConnectionPropertiesV1/);
  const xmlns = hoverAt(analysis, at(FIXTURE, 'xmlns="http://www.microsoft.com/provisioning/EapCommon"', 2))!;
  assert.match(xmlns.markdown, /EapCommon/);
});

test('completion after `<` offers the children still allowed, with snippet bodies for values', () => {
  const offset = at(FIXTURE, '<RegisterDNS>');
  const text = FIXTURE.slice(0, offset) + '<' + FIXTURE.slice(offset);
  const items = completeAt(analyzeDocument(text), offset + 1);
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('LockDown'));
  assert.ok(labels.includes('Route'));
  assert.ok(!labels.includes('AlwaysOn'), 'AlwaysOn is already present and may appear once');
  assert.ok(!labels.includes('Servers'), 'Servers belongs to NativeProfile');
  const lockDown = items.find((i) => i.label === 'LockDown')!;
  assert.equal(lockDown.insertText, 'LockDown>${1|true,false|}</LockDown>');
  assert.deepEqual(lockDown.replace, { start: offset + 1, end: offset + 1 });
  assert.ok(items.some((i) => i.kind === 'snippet' && /route/i.test(i.label)));
});

test('completion inside an element offers whole elements; inside a value offers the allowed values', () => {
  const inNative = at(FIXTURE, '    <CryptographySuite>');
  const items = completeAt(analyzeDocument(FIXTURE), inNative);
  const disable = items.find((i) => i.label === 'DisableClassBasedDefaultRoute');
  assert.ok(disable);
  assert.equal(disable.insertText.startsWith('<DisableClassBasedDefaultRoute>'), true);
  const values = completeAt(analyzeDocument(FIXTURE), at(FIXTURE, 'ForceTunnel<', 2));
  assert.deepEqual(
    values.map((v) => v.label),
    ['SplitTunnel', 'ForceTunnel'],
  );
  const range = values[0].replace;
  assert.equal(FIXTURE.slice(range.start, range.end), 'ForceTunnel');
});

test('completion of an end tag closes the open element', () => {
  const text = '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.org</';
  const items = completeAt(analyzeDocument(text), text.length);
  assert.deepEqual(
    items.map((i) => i.insertText),
    ['Servers>'],
  );
});

test('completion in an empty document offers whole profiles and EAP configurations', () => {
  const items = completeAt(analyzeDocument(''), 0);
  assert.ok(items.length >= 2);
  assert.ok(items.every((i) => i.kind === 'snippet'));
  assert.ok(items.some((i) => /device tunnel/i.test(i.label + i.detail)));
  assert.ok(items.some((i) => /EAP-TLS|PEAP/i.test(i.label)));
});

test('completion of attribute values on EAP filtering lists', () => {
  const text =
    '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type></EapMethod><Config><Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type><EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"><TLSExtensions xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2"><FilteringInfo xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV3"><CAHashList Enabled=""></CAHashList></FilteringInfo></TLSExtensions></EapType></Eap></Config></EapHostConfig>';
  const items = completeAt(analyzeDocument(text), at(text, 'Enabled=""', 9));
  assert.deepEqual(
    items.map((i) => i.label),
    ['true', 'false'],
  );
});

test('quick fixes edit only what they name, and fix-all applies every preferred fix once', () => {
  const text = FIXTURE.replace('<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>True</AlwaysOn>').replace('corp.example.org</DnsSuffix>', 'corp&example.org</DnsSuffix>');
  const analysis = analyzeDocument(text);
  const truePos = at(text, 'True');
  const fixes = quickFixes(analysis.findings, { start: truePos, end: truePos });
  const lower = fixes.find((f) => f.findings[0].ruleId === 'profile/lowercase-true-required')!;
  assert.equal(lower.kind, 'safe');
  assert.equal(applyEdits(text, lower.edits), text.replace('<AlwaysOn>True', '<AlwaysOn>true'));
  const fixed = applyEdits(text, fixAllEdits(analysis.findings));
  assert.ok(fixed.includes('<AlwaysOn>true</AlwaysOn>'));
  assert.ok(fixed.includes('corp&amp;example.org'));
  const again = analyzeDocument(fixed);
  assert.ok(!again.findings.some((f) => f.ruleId === 'profile/lowercase-true-required' || f.ruleId === 'xml/unescaped-ampersand'));
  assert.equal(applyEdits(fixed, fixAllEdits(again.findings)), applyEdits(fixed, fixAllEdits(again.findings)));
});

test('the outline lists the profile with details that tell list entries apart', () => {
  const symbols = documentSymbols(analyzeDocument(FIXTURE));
  assert.equal(symbols.length, 1);
  const profile = symbols[0];
  assert.equal(profile.name, 'VPNProfile');
  const route = profile.children.find((c) => c.name === 'Route')!;
  assert.equal(route.detail, '198.51.100.0/24 (exclusion)');
  assert.equal(profile.children.find((c) => c.name === 'DomainNameInformation')!.detail, '.corp.example.org');
  const eap = profile.children.find((c) => c.name === 'NativeProfile')!.children.find((c) => c.name === 'Authentication')!;
  assert.ok(JSON.stringify(eap).includes('PEAP'));
});

test('folding covers multi-line elements and comments', () => {
  const ranges = foldingRanges(analyzeDocument(FIXTURE));
  const starts = ranges.map((r) => FIXTURE.slice(r.start, r.start + 12));
  assert.ok(starts.includes('<VPNProfile>'));
  assert.ok(starts.includes('<NativeProfi'));
  assert.ok(ranges.every((r) => r.end > r.start));
  const withComment = '<VPNProfile>\n  <!-- first line\n       second line -->\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>';
  const comment = foldingRanges(analyzeDocument(withComment)).find((r) => r.kind === 'comment')!;
  assert.equal(withComment.slice(comment.start, comment.end), '<!-- first line\n       second line -->');
});

test('a namespace named like an Object.prototype member is not a known namespace', () => {
  const text = '<EapHostConfig xmlns="constructor"><EapMethod/></EapHostConfig>';
  const hover = hoverAt(analyzeDocument(text), text.indexOf('constructor') + 2);
  assert.ok(hover, 'the namespace value hovers');
  assert.doesNotMatch(hover.markdown, /function|native code|\[object/);
});
