import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analysis';
import { expandSnippet } from '../text/snippet';
import { profileCatalogue } from './catalogue';
import { profileSnippets } from './snippets';
import { profileTemplates } from './templates';

/** A valid user-tunnel profile with `inner` added under the named parent. */
function hostFor(parent: string, inner: string, protocol: string): string {
  const native = `<Servers>vpn.example.net</Servers>\n<RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n<NativeProtocolType>${protocol}</NativeProtocolType>\n<Authentication><MachineMethod>Certificate</MachineMethod></Authentication>`;
  if (parent === 'NativeProfile') return `<VPNProfile><TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection><NativeProfile>${native}\n${inner}</NativeProfile></VPNProfile>`;
  if (parent === 'VPNProfile') return `<VPNProfile><TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection><NativeProfile>${native}</NativeProfile>\n${inner}</VPNProfile>`;
  return inner;
}

const placeholders = (profile: number, eap = 0): string[] => [...Array<string>(profile).fill('profile/template-placeholder'), ...Array<string>(eap).fill('eap/template-placeholder')];

// Every finding a snippet gets with its defaults: information only, each one asserted. The placeholders are named
// until replaced; the rest is advice that holds for the block as inserted.
const INFORMATION: Record<string, readonly string[]> = {
  Route: [],
  'Route (exclusion)': ['profile/exclusion-route-split-tunnel'],
  'DomainNameInformation (NRPT rule)': placeholders(1),
  'TrafficFilter (protocol and ports)': ['profile/traffic-filter-blocks-other-traffic'],
  'TrafficFilter (app)': ['profile/traffic-filter-blocks-other-traffic'],
  ProtocolList: [],
  'CryptographySuite (practitioner baseline)': [],
  'DeviceCompliance (Entra Conditional Access)': placeholders(1),
  'Device tunnel profile': placeholders(2),
  'User tunnel (PEAP-TLS) profile': placeholders(4, 4),
  'User tunnel (EAP-TLS) profile': placeholders(4, 2),
  'User tunnel (PEAP-MSCHAPv2) profile': [...placeholders(4, 2), 'eap/crypto-binding', 'eap/password-authentication'],
  'Third-party plug-in profile': placeholders(5),
};

test('every snippet names a catalogue parent (or the empty document)', () => {
  for (const snippet of profileSnippets) {
    assert.ok(snippet.parent === '' || profileCatalogue.byName.has(snippet.parent), `${snippet.label}: parent ${snippet.parent}`);
    assert.ok(snippet.description.length > 20, `${snippet.label}: description`);
  }
});

test('the whole-profile snippets are the New Profile templates, body for body', () => {
  const roots = profileSnippets.filter((s) => s.parent === '');
  assert.deepEqual(
    roots.map((s) => s.body),
    profileTemplates.map((t) => t.body),
  );
  assert.ok(roots.every((s) => s.body.startsWith('<VPNProfile>')));
});

test('with its defaults, every snippet has no error and no warning where it is inserted, and only the listed information', () => {
  assert.deepEqual(Object.keys(INFORMATION).sort(), profileSnippets.map((s) => s.label).sort(), 'every snippet has its list');
  for (const snippet of profileSnippets) {
    const text = hostFor(snippet.parent, expandSnippet(snippet.body), snippet.label === 'ProtocolList' ? 'ProtocolList' : 'IKEv2');
    const analysis = analyzeDocument(text);
    assert.equal(analysis.kind, 'profile', snippet.label);
    const problems = analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(problems, [], `${snippet.label}:\n${problems.map((f) => `${f.ruleId}: ${f.message}`).join('\n')}`);
    assert.deepEqual(analysis.findings.map((f) => `${f.severity} ${f.ruleId}`).sort(), INFORMATION[snippet.label].map((id) => `information ${id}`).sort(), snippet.label);
  }
});

test('the device tunnel snippet passes every device tunnel rule', () => {
  const device = profileSnippets.find((s) => s.label === 'Device tunnel profile')!;
  const ids = analyzeDocument(expandSnippet(device.body)).findings.map((f) => f.ruleId);
  assert.deepEqual(
    ids.filter((id) => id.startsWith('profile/device-tunnel')),
    [],
  );
});
