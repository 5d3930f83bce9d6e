import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';

const NATIVE =
  '<NativeProfile><Servers>vpn.example.org</Servers><RoutingPolicyType>SplitTunnel</RoutingPolicyType><NativeProtocolType>IKEv2</NativeProtocolType><Authentication><MachineMethod>Certificate</MachineMethod></Authentication></NativeProfile>';
const errors = (text: string) =>
  analyzeDocument(text)
    .findings.filter((f) => f.severity === 'error' || f.ruleId.endsWith('connection-type'))
    .map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)]);

test('an element typed but not yet closed does not swallow its following siblings', () => {
  const text = `<VPNProfile>\n  <Route>\n  ${NATIVE}\n</VPNProfile>`;
  assert.deepEqual(errors(text), [['xml/unclosed-element', 'Route']]);
  const profile = analyzeDocument(text).units[0].profile!;
  assert.equal(profile.element('NativeProfile/Servers')?.text.trimmed, 'vpn.example.org');
});

test('an unclosed value element gives back the elements after it', () => {
  const text = `<VPNProfile>\n  <AlwaysOn>true\n  ${NATIVE}\n</VPNProfile>`;
  assert.deepEqual(errors(text), [['xml/unclosed-element', 'AlwaysOn']]);
});

test('a half-typed start tag reports only its syntax error', () => {
  const text = `<VPNProfile>\n  <Rou\n  ${NATIVE}\n</VPNProfile>`;
  assert.deepEqual(errors(text), [['xml/unclosed-start-tag', '<Rou']]);
});

test('children that belong to the unclosed element stay inside it', () => {
  const text = `<VPNProfile>\n  ${NATIVE}\n  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n</VPNProfile>`;
  const analysis = analyzeDocument(text);
  const route = analysis.units[0].profile!.element('Route')!;
  assert.deepEqual(
    route.elements().map((e) => e.localName),
    ['Address', 'PrefixSize'],
  );
  assert.deepEqual(errors(text), [['xml/unclosed-element', 'Route']]);
});

test('a start tag typed twice: the empty first one is stray, the rules see one element (issue 9)', () => {
  const text = `<VPNProfile>\n  <NativeProfile>\n  ${NATIVE}\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>`;
  assert.deepEqual(errors(text), [['xml/unclosed-element', 'NativeProfile']]);
  const profile = analyzeDocument(text).units[0].profile!;
  assert.equal(profile.root.elements().filter((e) => e.localName === 'NativeProfile').length, 1);
  assert.equal(profile.element('NativeProfile/Servers')?.text.trimmed, 'vpn.example.org');
  assert.equal(profile.root.elements().filter((e) => e.localName === 'Route').length, 1);
});

test('a first element with content is kept: only an empty one is a stray start tag', () => {
  const text = `<VPNProfile>\n  <NativeProfile><Servers>a.example.org</Servers>\n  ${NATIVE}\n</VPNProfile>`;
  const profile = analyzeDocument(text).units[0].profile!;
  assert.equal(profile.root.elements().filter((e) => e.localName === 'NativeProfile').length, 2);
});
