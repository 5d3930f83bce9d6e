import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analysis';
import { profileCatalogue } from './catalogue';
import { profileSnippets } from './snippets';

/** The text a snippet inserts when every placeholder keeps its default (first choice, no text for bare tab stops). */
function expand(body: string): string {
  return body
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

/** A valid user-tunnel profile with `inner` added under the named parent. */
function hostFor(parent: string, inner: string, protocol: string): string {
  const native = `<Servers>vpn.example.net</Servers>\n<RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n<NativeProtocolType>${protocol}</NativeProtocolType>\n<Authentication><MachineMethod>Certificate</MachineMethod></Authentication>`;
  if (parent === 'NativeProfile') return `<VPNProfile><TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection><NativeProfile>${native}\n${inner}</NativeProfile></VPNProfile>`;
  if (parent === 'VPNProfile') return `<VPNProfile><TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection><NativeProfile>${native}</NativeProfile>\n${inner}</VPNProfile>`;
  return inner;
}

// Placeholders that must be replaced are left invalid on purpose, so that the editor keeps pointing at them.
const DELIBERATE: Record<string, string[]> = {
  'User tunnel profile': ['profile/empty-eap-configuration'],
  'DeviceCompliance (Entra Conditional Access)': ['profile/invalid-thumbprint'],
};

test('every snippet names a catalogue parent (or the empty document)', () => {
  for (const snippet of profileSnippets) {
    assert.ok(snippet.parent === '' || profileCatalogue.byName.has(snippet.parent), `${snippet.label}: parent ${snippet.parent}`);
    assert.ok(snippet.description.length > 20, `${snippet.label}: description`);
  }
});

test('the usual blocks are offered', () => {
  const labels = profileSnippets.map((s) => s.label);
  for (const expected of ['Route', 'DomainNameInformation (NRPT rule)', 'TrafficFilter (protocol and ports)', 'Device tunnel profile', 'User tunnel profile']) {
    assert.ok(labels.includes(expected), `missing snippet ${expected}`);
  }
});

test('expanded snippets are well-formed and valid where they are inserted', () => {
  for (const snippet of profileSnippets) {
    const text = hostFor(snippet.parent, expand(snippet.body), snippet.label === 'ProtocolList' ? 'ProtocolList' : 'IKEv2');
    const analysis = analyzeDocument(text);
    assert.equal(analysis.kind, 'profile', snippet.label);
    const problems = analysis.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.ruleId !== 'profile/element-order');
    assert.deepEqual(
      problems.map((f) => f.ruleId),
      DELIBERATE[snippet.label] ?? [],
      `${snippet.label}:\n${problems.map((f) => f.message).join('\n')}`,
    );
  }
});

test('the device tunnel snippet passes every device tunnel rule', () => {
  const device = profileSnippets.find((s) => s.label === 'Device tunnel profile')!;
  const ids = analyzeDocument(expand(device.body)).findings.map((f) => f.ruleId);
  assert.deepEqual(
    ids.filter((id) => id.startsWith('profile/device-tunnel')),
    [],
  );
});
