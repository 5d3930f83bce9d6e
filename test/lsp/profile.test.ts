// ProfileXML and EAP XML through the real server: rule diagnostics with related information, hover,
// completion, quick fixes and fix-all, and per-rule settings pulled from the client.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, positionOf } from './harness';

const DEVICE_TUNNEL = `<VPNProfile>
  <AlwaysOn>True</AlwaysOn>
  <DeviceTunnel>true</DeviceTunnel>
  <NativeProfile>
    <Servers>vpn.example.org</Servers>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
</VPNProfile>
`;

let client: LspTestClient;
before(async () => {
  // profile/element-order is opt-in: the client setting switches it on.
  client = await LspTestClient.start({ configuration: { rules: { 'profile/element-order': 'information' }, validationDelay: 0 } });
});
after(async () => {
  await client.shutdown();
});

test('device tunnel with force tunnel: an error on the routing policy, related to the DeviceTunnel element', async () => {
  const uri = 'file:///work/device.xml';
  await client.open(uri, DEVICE_TUNNEL);
  const diagnostics = await client.diagnostics(uri, 1);
  const force = diagnostics.find((d) => d.code === 'profile/device-tunnel-force-tunnel');
  assert.ok(force, JSON.stringify(diagnostics.map((d) => d.code)));
  assert.equal(force.severity, 1);
  assert.deepEqual(force.range.start, positionOf(DEVICE_TUNNEL, 'ForceTunnel'));
  assert.ok(force.relatedInformation?.some((r) => r.location.range.start.line === 2));
  const lower = diagnostics.find((d) => d.code === 'profile/lowercase-true-required');
  assert.ok(lower);
  assert.deepEqual(lower.range, { start: positionOf(DEVICE_TUNNEL, 'True'), end: positionOf(DEVICE_TUNNEL, 'True', 4) });
  assert.ok(!diagnostics.some((d) => d.code === 'profile/element-order'), 'the profile is in XSD order');
});

test('an opt-in rule switched on by the client setting reports with the severity it gives', async () => {
  const uri = 'file:///work/order.xml';
  const text = '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.org</Servers>\n  </NativeProfile>\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>\n';
  await client.open(uri, text);
  const order = (await client.diagnostics(uri, 1)).find((d) => d.code === 'profile/element-order');
  assert.ok(order, 'reported once switched on');
  assert.equal(order.severity, 3);
  assert.deepEqual(order.range.start, positionOf(text, 'AlwaysOn'));
  assert.match(String(order.message), /any order/);
});

test('the quick fix switching the device tunnel to SplitTunnel is a suggestion, not preferred', async () => {
  const uri = 'file:///work/device.xml';
  const position = positionOf(DEVICE_TUNNEL, 'ForceTunnel', 2);
  const actions = await client.request<{ title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: position, end: position },
    context: { diagnostics: [], only: ['quickfix'] },
  });
  const split = actions.find((a) => /SplitTunnel/.test(a.title));
  assert.ok(split, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(split.isPreferred, false);
  assert.deepEqual(split.edit.changes[uri], [{ range: { start: positionOf(DEVICE_TUNNEL, 'ForceTunnel'), end: positionOf(DEVICE_TUNNEL, 'ForceTunnel', 11) }, newText: 'SplitTunnel' }]);
  assert.ok(actions.every((a) => a.kind === 'quickfix'));
});

test('fix-all applies the safe fix (lowercase true) and leaves the tunnel type to a person', async () => {
  const uri = 'file:///work/device.xml';
  const actions = await client.request<{ kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.equal(actions.length, 1);
  const texts = actions[0].edit.changes[uri].map((e) => e.newText).sort();
  assert.deepEqual(texts, ['true']);
});

test('hover and completion on a profile', async () => {
  const uri = 'file:///work/device.xml';
  const hover = await client.hover(uri, positionOf(DEVICE_TUNNEL, '<DeviceTunnel>', 2));
  assert.match(hover!.contents.value, /\*\*DeviceTunnel\*\*/);
  const completion = await client.request<{ items: { label: string; textEdit: { newText: string } }[] }>('textDocument/completion', {
    textDocument: { uri },
    position: positionOf(DEVICE_TUNNEL, 'ForceTunnel', 1),
  });
  assert.deepEqual(completion.items.map((i) => i.label).sort(), ['ForceTunnel', 'SplitTunnel']);
});

test('a standalone EAP configuration gets the EAP analysis', async () => {
  const uri = 'file:///work/eap.xml';
  const text = `<EapHostConfig xmlns="https://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type></EapMethod></EapHostConfig>`;
  await client.open(uri, text);
  const diagnostics = await client.diagnostics(uri, 1);
  const https = diagnostics.find((d) => d.code === 'eap/https-namespace');
  assert.ok(https, JSON.stringify(diagnostics.map((d) => d.code)));
  assert.equal(https.severity, 1);
});

test('documents over the size limit are only checked for well-formedness', async () => {
  const small = await LspTestClient.start({ settings: { maxAnalysisSize: 100 } });
  try {
    const uri = 'file:///work/big.xml';
    await small.open(uri, DEVICE_TUNNEL);
    const diagnostics = await small.diagnostics(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['aovpn/size-limit'],
    );
  } finally {
    await small.shutdown();
  }
});
