// Hovers put the essentials (value, default, minimum Windows) right under the title, before the prose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { hoverAt } from './hover';

const PROFILE = '<VPNProfile>\n  <RememberCredentials>true</RememberCredentials>\n  <NativeProfile>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n</VPNProfile>\n';

test('element hover: title, then value / default / minimum Windows, then the summary and the rest', () => {
  const analysis = analyzeDocument(PROFILE);
  const markdown = hoverAt(analysis, PROFILE.indexOf('RoutingPolicyType') + 2)!.markdown;
  const paragraphs = markdown.split('\n\n');
  assert.match(paragraphs[0], /^\*\*RoutingPolicyType\*\*/);
  assert.match(paragraphs[1], /^Value: `SplitTunnel`, `ForceTunnel`/);
  assert.match(paragraphs[1], /Minimum Windows: /);
  const unit = analysis.units[0];
  const element = unit.root.child('NativeProfile')!.child('RoutingPolicyType')!;
  assert.equal(paragraphs[2], unit.specs.specOf(element)!.summary, 'the prose follows the essentials');
  assert.ok(markdown.indexOf('- `SplitTunnel` —') > markdown.indexOf(paragraphs[2]), 'the per-value list after the prose');
  assert.match(paragraphs[paragraphs.length - 1], /^\[Documentation\]\(https:/);
});

test('a boolean element with a default shows it among the essentials', () => {
  const analysis = analyzeDocument(PROFILE);
  const paragraphs = hoverAt(analysis, PROFILE.indexOf('RememberCredentials') + 2)!.markdown.split('\n\n');
  assert.equal(paragraphs[1], 'Value: `true` or `false` — exactly lowercase `true`  \nDefault: `false`  \nMinimum Windows: Windows 10 1511 (10.0.10586)  ');
  assert.equal(paragraphs[2], 'Whether Windows caches the credentials used to connect.');
});

test('a read-only node says so among the essentials', () => {
  const text = '<VPNProfile>\n  <DomainNameInformation>\n    <DomainName>.corp.example</DomainName>\n    <DomainNameType>Suffix</DomainNameType>\n  </DomainNameInformation>\n</VPNProfile>\n';
  const paragraphs = hoverAt(analyzeDocument(text), text.indexOf('DomainNameType') + 2)!.markdown.split('\n\n');
  assert.match(paragraphs[1], /Read only \(Get\) in the CSP/);
  assert.ok(!paragraphs.slice(2).some((p) => p.includes('Read only (Get)')), 'once');
});
