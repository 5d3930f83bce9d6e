// "Check Workspace" through the real server: every profile, EAP file and certificate of the workspace folder gets
// its diagnostics, other XML files and skipped folders get none, open files keep their live diagnostics, progress
// goes through window/workDoneProgress, and what a check published is cleared when the file is fixed or deleted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckWorkspaceResult } from '../../server/src/protocol';
import { LspTestClient, REPO_ROOT } from './harness';

const CERTS = path.join(REPO_ROOT, 'test', 'fixtures', 'certs');

const BROKEN_PROFILE = `<VPNProfile>
  <AlwaysOn>True</AlwaysOn>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
  </NativeProfile>
</VPNProfile>
`;
const DEVICE_FORCE_TUNNEL = `<VPNProfile>
  <DeviceTunnel>true</DeviceTunnel>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
</VPNProfile>
`;
// An EAP-TLS file with findings of its own (an uppercase boolean, no TrustedRootCA).
const EAP = `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
  <EapMethod>
    <Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type>
    <VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId>
    <VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType>
    <AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId>
  </EapMethod>
  <Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
    <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">
      <Type>13</Type>
      <EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1">
        <CredentialsSource><CertificateStore><SimpleCertSelection>TRUE</SimpleCertSelection></CertificateStore></CredentialsSource>
        <ServerValidation><DisableUserPromptForServerValidation>false</DisableUserPromptForServerValidation><ServerNames>nps.corp.contoso.com</ServerNames></ServerValidation>
        <DifferentUsername>false</DifferentUsername>
      </EapType>
    </Eap>
  </Config>
</EapHostConfig>
`;

let workspace: string;
let client: LspTestClient;
const progress: { kind: string; percentage?: number }[] = [];
const uriOf = (relative: string) => pathToFileURL(path.join(workspace, relative)).toString();

function write(relative: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(workspace, relative)), { recursive: true });
  fs.writeFileSync(path.join(workspace, relative), content);
}

before(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-check-workspace-'));
  fs.mkdirSync(path.join(workspace, 'certs'));
  write('profiles/broken.xml', BROKEN_PROFILE);
  write('profiles/device.xml', DEVICE_FORCE_TUNNEL);
  write('eap/tls.xml', EAP);
  write('deploy/New-Profile.ps1', `$ProfileXML = @'\n${BROKEN_PROFILE}'@\n`);
  write('other/pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>\n');
  write('node_modules/pkg/profile.xml', BROKEN_PROFILE);
  write('.hidden/profile.xml', BROKEN_PROFILE);
  fs.copyFileSync(path.join(CERTS, 'expired-nps.cer'), path.join(workspace, 'expired-nps.cer'));
  fs.copyFileSync(path.join(CERTS, 'not-a-certificate.cer'), path.join(workspace, 'not-a-certificate.cer'));
  fs.copyFileSync(path.join(CERTS, 'nps-server.pem'), path.join(workspace, 'certs', 'nps-server.pem'));
  // The expired certificate again, as PEM text after a line of its own: findings land on the block.
  const base64 = fs.readFileSync(path.join(CERTS, 'expired-nps.cer')).toString('base64');
  write('certs/expired-nps.pem', `Expired NPS certificate\n-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`);
  client = await LspTestClient.start({ workspaceFolder: workspace, windowCapabilities: { workDoneProgress: true } });
  client.connection.onRequest('window/workDoneProgress/create', () => null);
  client.connection.onNotification('$/progress', (params: { value: { kind: string; percentage?: number } }) => {
    progress.push(params.value);
  });
  await client.workspaceIndexed;
});

after(async () => {
  await client.shutdown();
  fs.rmSync(workspace, { recursive: true, force: true });
});

const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => String(d.code));

test('every profile, EAP file, script and certificate file gets its diagnostics; other XML and skipped folders none', async () => {
  const result = await client.request<CheckWorkspaceResult>('aovpn/checkWorkspace', {});
  // broken.xml, device.xml, tls.xml, New-Profile.ps1, expired-nps.cer, not-a-certificate.cer, certs/nps-server.pem,
  // certs/expired-nps.pem
  assert.equal(result.files, 8, JSON.stringify(result));
  assert.equal(result.cancelled, false);
  assert.equal(result.truncated, false);
  assert.ok(codes(await client.diagnostics(uriOf('profiles/broken.xml'))).includes('profile/lowercase-true-required'));
  assert.ok(codes(await client.diagnostics(uriOf('profiles/device.xml'))).includes('profile/device-tunnel-force-tunnel'));
  assert.ok(codes(await client.diagnostics(uriOf('eap/tls.xml'))).includes('eap/boolean-case'));
  assert.ok(codes(await client.diagnostics(uriOf('deploy/New-Profile.ps1'))).includes('profile/lowercase-true-required'));
  const expired = await client.diagnostics(uriOf('expired-nps.cer'));
  assert.ok(codes(expired).includes('cert/expired'), JSON.stringify(expired));
  assert.deepEqual(expired[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  const expiredPem = await client.diagnostics(uriOf('certs/expired-nps.pem'));
  assert.ok(codes(expiredPem).includes('cert/expired'), JSON.stringify(expiredPem));
  assert.ok(expiredPem.every((d) => d.range.start.line >= 1));
  const notACertificate = await client.diagnostics(uriOf('not-a-certificate.cer'));
  assert.equal(notACertificate.length, 1);
  assert.match(String(notACertificate[0].message), /^Not a certificate file/);
  assert.equal(notACertificate[0].severity, 1);
  for (const skipped of ['other/pom.xml', 'node_modules/pkg/profile.xml', '.hidden/profile.xml']) {
    assert.deepEqual(client.publishedVersions(uriOf(skipped)), [], `${skipped} got diagnostics`);
  }
  // The summary counts what was published (errors: the AlwaysOn value twice, the force tunnel, the expired certificate…).
  assert.ok(result.errors >= 4, JSON.stringify(result));
  // Progress: a begin, reports, and an end, in that order.
  assert.equal(progress[0]?.kind, 'begin');
  assert.equal(progress.at(-1)?.kind, 'end');
});

test('an open file keeps its live diagnostics: the check does not publish over them', async () => {
  const uri = uriOf('profiles/broken.xml');
  const fixed = BROKEN_PROFILE.replace('True', 'true');
  await client.open(uri, fixed, 'xml', 7);
  const live = await client.diagnostics(uri, 7);
  assert.ok(!codes(live).includes('profile/lowercase-true-required'));
  await client.request<CheckWorkspaceResult>('aovpn/checkWorkspace', {});
  assert.deepEqual(
    client.publishedVersions(uri).filter((version) => version === undefined),
    [],
    'the check published diagnostics without a version over the open document',
  );
  // Closed again: the file on disk still says True, so its findings come back.
  await client.close(uri);
  await client.diagnostics(uri); // the close clears
  assert.ok(codes(await client.diagnostics(uri)).includes('profile/lowercase-true-required'));
});

test('a file fixed on disk is cleared by the next check; a deleted file is cleared through the file watcher', async () => {
  // A valid device tunnel: nothing to report.
  write('profiles/broken.xml', fs.readFileSync(path.join(REPO_ROOT, 'examples', 'device-tunnel.xml')));
  for (const file of ['profiles/broken.xml', 'profiles/device.xml', 'eap/tls.xml']) client.drain(uriOf(file));
  const second = await client.request<CheckWorkspaceResult>('aovpn/checkWorkspace', {});
  assert.equal(second.files, 8);
  for (const file of ['profiles/device.xml', 'eap/tls.xml']) client.drain(uriOf(file));
  assert.deepEqual(await client.diagnostics(uriOf('profiles/broken.xml')), []);

  fs.rmSync(path.join(workspace, 'profiles', 'device.xml'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('profiles/device.xml'), type: 3 }] });
  assert.deepEqual(await client.diagnostics(uriOf('profiles/device.xml')), []);

  write('eap/tls.xml', '<root/>\n');
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('eap/tls.xml'), type: 2 }] });
  assert.deepEqual(await client.diagnostics(uriOf('eap/tls.xml')), [], 'a file that is no longer an EAP file is cleared when it changes');
});
