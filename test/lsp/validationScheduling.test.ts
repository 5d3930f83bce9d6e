// The server's adaptive debounce as an editor sees it (the policy itself is tested with a fake clock in
// server/src/validationScheduler.test.ts): with a long validationDelay a small document is still analysed at once,
// every published version is current and in order, and the last edit is always published.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, positionOf } from './harness';

let client: LspTestClient;

before(async () => {
  // A ceiling far above any analysis of the document below: a fixed debounce would wait all of it.
  client = await LspTestClient.start({ settings: { validationDelay: 5000 } });
});

after(async () => {
  await client.shutdown();
});

const PROFILE = `<VPNProfile>
  <NativeProfile>
    <Servers>vpn.example.com</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
  </NativeProfile>
  <DnsSuffix>corp.example.com</DnsSuffix>
</VPNProfile>
`;

test('a cheap document is analysed without waiting for validationDelay (5 s here)', async () => {
  const uri = 'file:///tmp/scheduling-cheap.xml';
  await client.open(uri, PROFILE);
  await client.diagnostics(uri, 1);
  const at = positionOf(PROFILE, 'SplitTunnel');
  const started = Date.now();
  await client.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 5 } }, text: 'Force' }]);
  const diagnostics = await client.diagnostics(uri, 2, 4000);
  // A generous bound, not a speed figure (that is `npm run bench`): far below the 5 s ceiling.
  assert.ok(Date.now() - started < 2500, `published after ${Date.now() - started} ms`);
  assert.ok(Array.isArray(diagnostics));
});

test('a burst of keystrokes publishes only current versions, in order, ending with the last one', async () => {
  const uri = 'file:///tmp/scheduling-burst.xml';
  await client.open(uri, PROFILE);
  await client.diagnostics(uri, 1);
  const at = positionOf(PROFILE, 'corp.example.com');
  let version = 1;
  for (let i = 0; i < 30; i++) {
    version++;
    const position = { line: at.line, character: at.character + i };
    await client.change(uri, version, [{ range: { start: position, end: position }, text: i === 12 ? '&' : 'x' }]);
  }
  const last = await client.diagnostics(uri, version, 10_000);
  // A round trip after the last publish: whatever the server had still queued for this document has arrived.
  await client.hover(uri, at);
  const versions = client.publishedVersions(uri);
  assert.ok(
    versions.every((v) => v !== undefined && v < version),
    `published after the last: ${versions.join(',')}`,
  );
  for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! > versions[i - 1]!, `out of order or repeated: ${versions.join(',')}`);
  assert.ok(
    last.some((d) => d.code === 'xml/unescaped-ampersand'),
    JSON.stringify(last),
  );
});
