// The language server stays up and consistent under what editors really do: close a document while its analysis
// runs, send versions out of order or for documents it never opened, ranges past the end, unknown methods and
// malformed params; and a crash inside one rule becomes one internal diagnostic while the others still run.
// (test/lsp/server.test.ts covers a close right after a change, one unknown request and one out-of-order version.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analysis';
import { eapRules } from '../../server/src/core/eap/rules';
import { profileRules } from '../../server/src/core/profile/rules';
import type { EapRule } from '../../server/src/core/eap/rule';
import type { ProfileRule } from '../../server/src/core/profile/rule';
import type { Finding } from '../../server/src/core/types';
import { LspTestClient } from '../lsp/harness';
import { CRAFTED, corpus } from './corpus';

let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start();
});

after(async () => {
  await client.shutdown();
});

/** Every diagnostics notification published for `uri` until none arrives for `quietMs`, oldest first. */
async function drain(uri: string, quietMs = 400): Promise<{ diagnostics: unknown[] }[]> {
  const all: { diagnostics: unknown[] }[] = [];
  for (;;) {
    try {
      all.push({ diagnostics: await client.diagnostics(uri, undefined, quietMs) });
    } catch {
      return all;
    }
  }
}

/** The server answers a request, so it is alive and has processed everything sent before. */
async function assertAlive(): Promise<void> {
  await assert.rejects(client.request('aovpn/robustnessProbe', {}), /Unhandled method|MethodNotFound|not found/i);
  assert.equal(client.exitCode, null, `the server exited\n${client.stderr.join('')}`);
}

const ROUTE = '  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n';
/** About 1.4 MB: a few hundred milliseconds of analysis, so that messages arrive while it runs. */
const BIG = `<VPNProfile>\n  <AlwaysOn>True</AlwaysOn>\n${ROUTE.repeat(20_000)}</VPNProfile>\n`;

test('server: a document closed while its analysis runs ends with no diagnostics, and nothing stale follows', async () => {
  for (const pauseMs of [0, 5, 60]) {
    const uri = `file:///robustness/closing-${pauseMs}.xml`;
    await client.open(uri, BIG);
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const hover = client.hover(uri, { line: 1, character: 4 });
    await client.close(uri);
    await hover; // answered (content or null), not lost
    await assertAlive();
    const published = await drain(uri);
    assert.ok(published.length >= 1, 'the close clears the diagnostics');
    assert.deepEqual(published[published.length - 1].diagnostics, [], `pause ${pauseMs} ms: the last word is "no diagnostics"`);
  }
});

/**
 * The versions of the diagnostics published for `uri` so far, in arrival order, without consuming them. The
 * harness keeps this list privately (its diagnostics() takes entries out of it); reading it keeps the order.
 */
function publishedVersions(uri: string): (number | undefined)[] {
  return client.publishedVersions(uri);
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('server: edits during an analysis end with the diagnostics of the last version, and nothing older after them', async () => {
  const uri = 'file:///robustness/editing.xml';
  await client.open(uri, BIG);
  const values = ['Truee', 'true', 'TRUE'];
  for (const [i, value] of values.entries()) {
    // Line 1 replaced while the analysis of the previous version may still be running.
    await client.change(uri, i + 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: `  <AlwaysOn>${value}</AlwaysOn>\n` }]);
  }
  const last = values.length + 1;
  await waitFor(`diagnostics of version ${last}`, () => publishedVersions(uri).includes(last));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const versions = publishedVersions(uri);
  assert.deepEqual(versions.slice(versions.indexOf(last) + 1), [], `published after version ${last}: ${JSON.stringify(versions)}`);
  assert.ok(
    versions.every((v, i) => i === 0 || (v ?? 0) >= (versions[i - 1] ?? 0)),
    `versions arrive in order: ${JSON.stringify(versions)}`,
  );
  const diagnostics = await client.diagnostics(uri, last);
  assert.ok(
    diagnostics.some((d) => d.code === 'profile/lowercase-true-required'),
    `the last version (TRUE) is diagnosed: ${JSON.stringify(diagnostics.map((d) => d.code))}`,
  );
  await client.close(uri);
  await drain(uri);
});

test('server: out-of-order versions, unopened documents, ranges past the end and double opens', async () => {
  const uri = 'file:///robustness/versions.xml';
  const text = CRAFTED[0].text;
  await client.open(uri, text, 'xml', 10);
  await client.diagnostics(uri, 10);
  // Versions going backwards and repeating: the server keeps applying the changes in the order they come.
  for (const version of [9, 9, 3, 11, 1]) await client.change(uri, version, [{ range: { start: { line: 2, character: 12 }, end: { line: 2, character: 12 } }, text: ' ' }]);
  await client.diagnostics(uri, 1, 10_000);
  // A change for a document that was never opened, and a change whose range lies past the end.
  await client.change('file:///robustness/never-opened.xml', 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<VPNProfile>' }]);
  await client.change(uri, 12, [{ range: { start: { line: 10_000, character: 5 }, end: { line: 20_000, character: 0 } }, text: '<!-- appended -->' }]);
  const afterPastEnd = await client.diagnostics(uri, 12, 10_000);
  assert.ok(Array.isArray(afterPastEnd));
  // Opened twice without a close, closed twice.
  await client.open(uri, '<VPNProfile><AlwaysOn>True</AlwaysOn></VPNProfile>', 'xml', 20);
  const reopened = await client.diagnostics(uri, 20, 10_000);
  assert.ok(
    reopened.some((d) => d.code === 'profile/lowercase-true-required'),
    JSON.stringify(reopened.map((d) => d.code)),
  );
  await client.close(uri);
  await client.close(uri);
  await client.close('file:///robustness/never-opened.xml');
  await assertAlive();
  await drain(uri);
});

test('server: unknown methods, malformed params and requests on unknown documents or impossible positions', async () => {
  const known = 'file:///robustness/known.xml';
  await client.open(known, CRAFTED[1].text);
  await client.diagnostics(known, 1);
  await client.connection.sendNotification('aovpn/noSuchNotification', { anything: true });
  await client.connection.sendNotification('$/noSuchNotification', null);
  await client.connection.sendNotification('$/cancelRequest', { id: 987_654 });
  await assert.rejects(client.request('workspace/noSuchRequest', { x: 1 }), /Unhandled method|MethodNotFound|not found/i);
  const requests: [string, unknown][] = [];
  for (const uri of [known, 'file:///robustness/unknown.xml', 'untitled:Untitled-1', 'not a uri']) {
    for (const position of [
      { line: 0, character: 0 },
      { line: 1_000_000, character: 3 },
      { line: -1, character: -1 },
      { line: 2, character: 1e9 },
    ]) {
      requests.push(['textDocument/hover', { textDocument: { uri }, position }]);
      requests.push(['textDocument/completion', { textDocument: { uri }, position }]);
      requests.push(['textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }]);
    }
    requests.push(['textDocument/documentSymbol', { textDocument: { uri } }]);
    requests.push(['textDocument/foldingRange', { textDocument: { uri } }]);
    requests.push(['textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 99_999, character: 0 } } }]);
  }
  // Missing or wrongly typed params.
  for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'aovpn/explainCode', 'aovpn/inspectCertificate']) {
    requests.push([method, null], [method, {}], [method, { textDocument: 42, position: 'x', uri: { nested: true }, query: ['853'] }]);
  }
  let answered = 0;
  for (const [method, params] of requests) {
    try {
      await client.request(method, params);
    } catch (error) {
      // An error response is fine; the connection must not be lost.
      assert.ok(!/connection.*(closed|disposed)/i.test(String(error)), `${method}: ${String(error)}`);
    }
    answered++;
  }
  assert.equal(answered, requests.length);
  await assertAlive();
  // Still fully working afterwards.
  await client.change(known, 2, [{ text: '<VPNProfile><AlwaysOn>True</AlwaysOn></VPNProfile>' }]);
  const diagnostics = await client.diagnostics(known, 2);
  assert.ok(diagnostics.some((d) => d.code === 'profile/lowercase-true-required'));
  const hover = await client.hover(known, { line: 0, character: 15 });
  assert.match(hover?.contents.value ?? '', /AlwaysOn/);
  await client.close(known);
});

test('core: a crashing rule becomes one aovpn/internal-error finding and every other finding is kept', () => {
  const documents = corpus().filter((d) => /^(samples|eap|fixtures|crafted)\//.test(d.name));
  const kinds = (text: string) => analyzeDocument(text).units.map((u) => u.kind);
  const profile = documents.find((d) => kinds(d.text).includes('profile') && kinds(d.text).includes('eap'));
  assert.ok(profile, 'a profile with embedded EAP in the corpus');
  const baseline = analyzeDocument(profile.text).findings;
  const eapUnits: number = analyzeDocument(profile.text).units.filter((u) => u.kind === 'eap').length;
  const key = (f: { ruleId: string; range: { start: number; end: number }; message: string }) => `${f.ruleId}@${f.range.start}-${f.range.end}:${f.message}`;

  const crashes: [string, () => never][] = [
    [
      'an Error',
      () => {
        throw new Error('boom');
      },
    ],
    [
      'a string',
      () => {
        throw 'not an error object';
      },
    ],
    [
      'a TypeError from bad data',
      () => {
        // eslint-disable-next-line @typescript-eslint/no-unused-expressions -- the property read is the crash
        (undefined as unknown as { x: { y: number } }).x.y;
        throw new Error('unreachable');
      },
    ],
  ];
  for (const [what, crash] of crashes) {
    const profileCrash: ProfileRule = { id: 'profile/robustness-crash', defaultSeverity: 'error', title: 'test', docUrl: '', check: crash };
    const eapCrash: EapRule = { id: 'eap/robustness-crash', defaultSeverity: 'error', title: 'test', docUrl: '', check: crash };
    // Partway through the lists, so that rules run before and after the crashing one.
    const profileList = profileRules as ProfileRule[];
    const eapList = eapRules as EapRule[];
    profileList.splice(profileList.length >> 1, 0, profileCrash);
    eapList.splice(eapList.length >> 1, 0, eapCrash);
    let findings: readonly Finding[];
    try {
      findings = analyzeDocument(profile.text).findings;
    } finally {
      profileList.splice(profileList.indexOf(profileCrash), 1);
      eapList.splice(eapList.indexOf(eapCrash), 1);
    }
    const internal = findings.filter((f) => f.ruleId === 'aovpn/internal-error');
    assert.equal(internal.length, 1 + eapUnits, `${what}: one internal error per analysed unit that ran the crashing rule`);
    assert.ok(
      internal.some((f) => f.message.includes('profile/robustness-crash')),
      internal.map((f) => f.message).join('\n'),
    );
    assert.ok(
      internal.some((f) => f.message.includes('eap/robustness-crash')),
      internal.map((f) => f.message).join('\n'),
    );
    for (const f of internal) assert.equal(f.severity, 'warning');
    assert.deepEqual(findings.filter((f) => f.ruleId !== 'aovpn/internal-error').map(key), baseline.map(key), `${what}: the other findings are unchanged`);
  }
  assert.ok(!profileRules.some((r) => r.id === 'profile/robustness-crash') && !eapRules.some((r) => r.id === 'eap/robustness-crash'), 'the rule lists are restored');
  assert.deepEqual(analyzeDocument(profile.text).findings.map(key), baseline.map(key));
});
