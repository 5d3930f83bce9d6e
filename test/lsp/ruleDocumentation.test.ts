// "Show documentation for RULE" through the real server: a quick-fix-kind code action with the client's command
// and the rule ID, never preferred, never an edit, never in fix-all; offered only to clients that run the command
// (VS Code declares it), and each rule it names has its page in docs/rules/. The diagnostic's codeDescription keeps
// the public source.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleById } from '../../server/src/core/rules/registry';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from '../../server/src/protocol';
import { LspTestClient, REPO_ROOT, positionOf } from './harness';

const PROFILE = `<VPNProfile>
  <AlwaysOn>True</AlwaysOn>
  <NativeProfile>
    <Servers>vpn.example.org</Servers>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <DeviceTunnel>true</DeviceTunnel>
</VPNProfile>
`;

interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: unknown;
  command?: { title: string; command: string; arguments?: unknown[] };
  diagnostics?: { code?: string; codeDescription?: { href: string } }[];
}

let vscodeLike: LspTestClient;
let plain: LspTestClient;
before(async () => {
  vscodeLike = await LspTestClient.start({ clientCommands: [SHOW_RULE_DOCUMENTATION_COMMAND] });
  plain = await LspTestClient.start();
});
after(async () => {
  await vscodeLike.shutdown();
  await plain.shutdown();
});

async function actionsAt(client: LspTestClient, uri: string, needle: string, only: string[]): Promise<Action[]> {
  const at = positionOf(PROFILE, needle, 1);
  return client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [], only } });
}

test('each finding under the cursor gets "Show documentation for RULE": the command and the rule ID, no edit, not preferred', async () => {
  const uri = 'file:///work/docs-action.xml';
  await vscodeLike.open(uri, PROFILE);
  const diagnostics = await vscodeLike.diagnostics(uri, 1);
  for (const [needle, ruleId] of [
    ['True', 'profile/lowercase-true-required'],
    ['ForceTunnel', 'profile/device-tunnel-force-tunnel'],
  ]) {
    assert.ok(
      diagnostics.some((d) => d.code === ruleId),
      ruleId,
    );
    const actions = await actionsAt(vscodeLike, uri, needle, ['quickfix']);
    const docs = actions.filter((a) => a.command?.command === SHOW_RULE_DOCUMENTATION_COMMAND);
    const action = docs.find((a) => a.title === `Show documentation for ${ruleId}`);
    assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(action.command, { title: `Show documentation for ${ruleId}`, command: SHOW_RULE_DOCUMENTATION_COMMAND, arguments: [ruleId] });
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, false);
    assert.equal(action.edit, undefined);
    // The diagnostic it belongs to still links to the public source, not to the page.
    const rule = ruleById(ruleId)!;
    assert.match(rule.docUrl, /^https:\/\//);
    assert.deepEqual(
      action.diagnostics?.map((d) => [d.code, d.codeDescription?.href]),
      [[ruleId, rule.docUrl]],
    );
    // Last in the menu, after the rule's own fixes and the suppression comments (as ESLint does).
    assert.equal(actions.indexOf(docs[0]), actions.length - docs.length);
    // The page the client opens is there.
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'docs', 'rules', ...ruleId.split('/')) + '.md'), ruleId);
  }
});

test('"Show documentation" is never part of fix-all, and clients that cannot run the command do not get it', async () => {
  const uri = 'file:///work/docs-action-fixall.xml';
  await vscodeLike.open(uri, PROFILE);
  await vscodeLike.diagnostics(uri, 1);
  const fixAll = await actionsAt(vscodeLike, uri, 'True', ['source.fixAll']);
  assert.equal(fixAll.length, 1, JSON.stringify(fixAll));
  assert.equal(fixAll[0].command, undefined);
  assert.ok(fixAll[0].edit);

  await plain.open(uri, PROFILE);
  await plain.diagnostics(uri, 1);
  const actions = await actionsAt(plain, uri, 'True', ['quickfix']);
  assert.ok(
    actions.some((a) => a.title === 'Disable profile/lowercase-true-required for this line'),
    JSON.stringify(actions.map((a) => a.title)),
  );
  assert.deepEqual(
    actions.filter((a) => a.command || a.title.startsWith('Show documentation')),
    [],
  );
});
