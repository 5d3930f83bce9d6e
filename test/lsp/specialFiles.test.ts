// Special files in a workspace, through the real server: a `.cer` link to /dev/zero, FIFOs named like certificates
// and profiles. The workspace scan, watched-file events and the inspect request must refuse them (an error in the
// report), never block on them or read them without limit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, REPO_ROOT } from './harness';

const posix = process.platform !== 'win32';
const CERTS = path.join(REPO_ROOT, 'test', 'fixtures', 'certs');

let workspace: string;
let client: LspTestClient;
const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).toString();

before(async () => {
  if (!posix) return;
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-special-'));
  fs.copyFileSync(path.join(CERTS, 'root-ca.cer'), path.join(workspace, 'root-ca.cer'));
  fs.symlinkSync(path.join(CERTS, 'vpn-server.cer'), path.join(workspace, 'linked-vpn-server.cer'));
  fs.symlinkSync('/dev/zero', path.join(workspace, 'zero.cer'));
  fs.symlinkSync('/dev/zero', path.join(workspace, 'zero.xml'));
  for (const name of ['pipe.cer', 'pipe.xml']) assert.equal(spawnSync('mkfifo', [path.join(workspace, name)]).status, 0, 'mkfifo');
  fs.writeFileSync(path.join(workspace, 'huge.cer'), new Uint8Array(6 * 1024 * 1024));
  client = await LspTestClient.start({ workspaceFolder: workspace });
});

after(async () => {
  if (!posix) return;
  await client.shutdown();
  fs.rmSync(workspace, { recursive: true, force: true });
});

test('the workspace scan skips special files and still indexes real certificates, also through links', { skip: !posix, timeout: 30_000 }, async () => {
  const indexed = await client.workspaceIndexed;
  assert.equal(indexed.certificates, 2, 'root-ca.cer and the link to vpn-server.cer');
});

test('inspecting a link to /dev/zero, a FIFO or a huge file answers with an error in the report', { skip: !posix, timeout: 30_000 }, async () => {
  type Report = { certificates: unknown[]; error?: string };
  const zero = await client.request<Report>('aovpn/inspectCertificate', { uri: uriOf('zero.cer') });
  assert.equal(zero.certificates.length, 0);
  assert.equal(zero.error, 'The file could not be read: it is not a regular file but a character device.');
  const pipe = await client.request<Report>('aovpn/inspectCertificate', { uri: uriOf('pipe.cer') });
  assert.match(pipe.error ?? '', /not a regular file but a named pipe \(FIFO\)/);
  const huge = await client.request<Report>('aovpn/inspectCertificate', { uri: uriOf('huge.cer') });
  assert.match(huge.error ?? '', /^The file is 6\.0 MB; .*far larger than a certificate file; it was not decoded\.$/);
  const good = await client.request<Report>('aovpn/inspectCertificate', { uri: uriOf('linked-vpn-server.cer') });
  assert.equal(good.error, undefined);
  assert.equal(good.certificates.length, 1);
});

test('watched-file events for special files are refused and the server keeps answering', { skip: !posix, timeout: 30_000 }, async () => {
  await client.workspaceIndexed;
  const changes = ['zero.cer', 'pipe.cer', 'zero.xml', 'pipe.xml'].map((name) => ({ uri: uriOf(name), type: 2 }));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  // Requests are answered in order after the notification: an answer means the events did not block the server.
  const report = await client.request<{ certificates: unknown[]; error?: string }>('aovpn/inspectCertificate', { uri: uriOf('root-ca.cer') });
  assert.equal(report.certificates.length, 1);
  const profile = uriOf('profile.xml');
  await client.open(profile, '<VPNProfile><AlwaysOn>TRUE</AlwaysOn></VPNProfile>');
  const diagnostics = await client.diagnostics(profile, 1);
  assert.ok(diagnostics.some((d) => d.code === 'profile/lowercase-true-required'));
});
