// Certificates through the real server: the workspace index, thumbprint cross-references (diagnostics, hover,
// inlay hints, completion), server-name checks, PEM hover and diagnostics, and the inspect request.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, REPO_ROOT, positionOf } from './harness';

const CERTS = path.join(REPO_ROOT, 'test', 'fixtures', 'certs');
const manifest = JSON.parse(fs.readFileSync(path.join(CERTS, 'manifest.json'), 'utf8')) as {
  files: { file: string; certificates: { subject: string; sha1: string; sha1Eap: string }[] }[];
};
const cert = (file: string) => manifest.files.find((f) => f.file === file)!.certificates[0];

let workspace: string;
let client: LspTestClient;

function profile(trustedRoot: string, servers = 'vpn.contoso.com', serverNames = 'nps1.corp.contoso.com'): string {
  return `<VPNProfile>
  <NativeProfile>
    <Servers>${servers}</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <UserMethod>Eap</UserMethod>
      <Eap><Configuration><EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type><VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId><VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType><AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId></EapMethod><Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type><EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"><CredentialsSource><CertificateStore><SimpleCertSelection>true</SimpleCertSelection></CertificateStore></CredentialsSource><ServerValidation><DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation><ServerNames>${serverNames}</ServerNames><TrustedRootCA>${trustedRoot}</TrustedRootCA></ServerValidation><DifferentUsername>false</DifferentUsername></EapType></Eap></Config></EapHostConfig></Configuration></Eap>
    </Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
</VPNProfile>
`;
}

before(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-certs-'));
  for (const file of ['root-ca.cer', 'vpn-server.cer', 'nps-server.pem', 'expired-nps.cer']) fs.copyFileSync(path.join(CERTS, file), path.join(workspace, file));
  client = await LspTestClient.start({ workspaceFolder: workspace });
  const indexed = await client.workspaceIndexed;
  assert.equal(indexed.certificates, 4);
});

test('the workspace index is logged as information, not as an error', async () => {
  await client.workspaceIndexed;
  const indexedLine = client.logMessages.find((m) => m.message.includes('workspace: 4 certificate file(s)'));
  assert.equal(indexedLine?.type, 3, JSON.stringify(client.logMessages));
  assert.deepEqual(
    client.logMessages.filter((m) => m.type === 1),
    [],
  );
});

after(async () => {
  await client.shutdown();
  fs.rmSync(workspace, { recursive: true, force: true });
});

test('a TrustedRootCA that matches the workspace root CA: inlay hint and hover name it, no finding', async () => {
  const root = cert('root-ca.cer');
  const text = profile(root.sha1Eap);
  const uri = pathToFileURL(path.join(workspace, 'good.xml')).toString();
  await client.open(uri, text);
  const diagnostics = await client.diagnostics(uri, 1);
  assert.ok(!diagnostics.some((d) => String(d.code).startsWith('cert/thumbprint')), JSON.stringify(diagnostics.map((d) => d.code)));
  const hints = await client.request<{ label: string; position: { line: number; character: number } }[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
  });
  assert.ok(
    hints.some((h) => /Contoso Root CA/.test(h.label)),
    JSON.stringify(hints),
  );
  const hover = await client.hover(uri, positionOf(text, root.sha1Eap, 5));
  assert.match(hover!.contents.value, /Contoso Root CA/);
});

test('a TrustedRootCA that matches an expired non-CA certificate is a warning; an unknown one is information', async () => {
  const expired = cert('expired-nps.cer');
  const uri = pathToFileURL(path.join(workspace, 'expired.xml')).toString();
  const text = profile(expired.sha1Eap);
  await client.open(uri, text);
  const diagnostics = await client.diagnostics(uri, 1);
  const codes = diagnostics.map((d) => d.code);
  assert.ok(codes.includes('cert/thumbprint-matches-expired-certificate'), JSON.stringify(codes));
  const finding = diagnostics.find((d) => d.code === 'cert/thumbprint-matches-expired-certificate')!;
  assert.equal(finding.severity, 2);
  assert.deepEqual(finding.range.start, positionOf(text, expired.sha1Eap));

  const unknownUri = pathToFileURL(path.join(workspace, 'unknown.xml')).toString();
  await client.open(unknownUri, profile('00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 11 22 33 '));
  const unknown = await client.diagnostics(unknownUri, 1);
  assert.equal(unknown.find((d) => d.code === 'cert/thumbprint-not-in-workspace')?.severity, 3);
});

test('profile servers and EAP server names are checked against the workspace certificates', async () => {
  const uri = pathToFileURL(path.join(workspace, 'names.xml')).toString();
  const text = profile(cert('root-ca.cer').sha1Eap, 'gateway.contoso.com', 'nps9.corp.contoso.com');
  await client.open(uri, text);
  const codes = (await client.diagnostics(uri, 1)).map((d) => d.code);
  assert.ok(codes.includes('cert/profile-server-not-in-certificates'), JSON.stringify(codes));
  assert.ok(codes.includes('cert/eap-server-name-not-in-certificates'), JSON.stringify(codes));
});

test('completion in an empty TrustedRootCA offers the workspace root in the Windows spelling', async () => {
  const uri = pathToFileURL(path.join(workspace, 'complete.xml')).toString();
  const text = profile('');
  await client.open(uri, text);
  const completion = await client.request<{ items: { label: string; textEdit: { newText: string } }[] }>('textDocument/completion', {
    textDocument: { uri },
    position: positionOf(text, '<TrustedRootCA>', '<TrustedRootCA>'.length),
  });
  assert.ok(
    completion.items.some((i) => i.textEdit.newText === cert('root-ca.cer').sha1Eap),
    JSON.stringify(completion.items.map((i) => i.label)),
  );
});

test('PEM text: hover summarises the certificate and an expired one is diagnosed', async () => {
  const pem = fs.readFileSync(path.join(CERTS, 'nps-server.pem'), 'utf8');
  const uri = pathToFileURL(path.join(workspace, 'nps-server.pem')).toString();
  await client.open(uri, pem, 'plaintext');
  const hover = await client.hover(uri, { line: 1, character: 4 });
  assert.match(hover!.contents.value, /nps1\\\.corp\\\.contoso\\\.com/);
  const expiredPem = `-----BEGIN CERTIFICATE-----\n${fs
    .readFileSync(path.join(CERTS, 'expired-nps.cer'))
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
  const expiredUri = pathToFileURL(path.join(workspace, 'expired-copy.pem')).toString();
  await client.open(expiredUri, expiredPem, 'plaintext');
  const diagnostics = await client.diagnostics(expiredUri, 1);
  assert.ok(
    diagnostics.some((d) => d.code === 'cert/expired' && d.severity === 1),
    JSON.stringify(diagnostics.map((d) => d.code)),
  );
});

test('the inspect request decodes a binary certificate and judges it', async () => {
  const report = await client.request<{ certificates: { subject: string }[]; assessments: { verdicts: { role: string; status: string }[] }[]; error?: string }>('aovpn/inspectCertificate', {
    uri: pathToFileURL(path.join(workspace, 'vpn-server.cer')).toString(),
  });
  assert.equal(report.error, undefined);
  assert.match(JSON.stringify(report.certificates[0]), /vpn\.contoso\.com/);
  assert.ok(JSON.stringify(report.assessments[0]).includes('vpn-server'));
  const missing = await client.request<{ error?: string }>('aovpn/inspectCertificate', { uri: pathToFileURL(path.join(workspace, 'missing.cer')).toString() });
  assert.match(missing.error ?? '', /could not be read/);
});

test('a certificate added to the workspace is picked up through watched-file events', async () => {
  const issuing = cert('issuing-ca.cer');
  const uri = pathToFileURL(path.join(workspace, 'later.xml')).toString();
  await client.open(uri, profile(issuing.sha1Eap));
  const before = await client.diagnostics(uri, 1);
  assert.ok(before.some((d) => d.code === 'cert/thumbprint-not-in-workspace'));
  fs.copyFileSync(path.join(CERTS, 'issuing-ca.cer'), path.join(workspace, 'issuing-ca.cer'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(workspace, 'issuing-ca.cer')).toString(), type: 1 }] });
  const after = await client.diagnostics(uri, 1);
  assert.ok(!after.some((d) => d.code === 'cert/thumbprint-not-in-workspace'), JSON.stringify(after.map((d) => d.code)));
});

test('go to definition from a thumbprint opens the workspace certificate file; a comment suppresses a cert/ finding', async () => {
  const root = cert('root-ca.cer');
  const text = profile(root.sha1Eap);
  const uri = pathToFileURL(path.join(workspace, 'definition.xml')).toString();
  await client.open(uri, text);
  await client.diagnostics(uri, 1);
  const links = await client.request<{ targetUri: string; originSelectionRange: { start: unknown } }[]>('textDocument/definition', {
    textDocument: { uri },
    position: positionOf(text, root.sha1Eap, 3),
  });
  assert.deepEqual(
    links.map((l) => l.targetUri),
    [pathToFileURL(path.join(workspace, 'root-ca.cer')).toString()],
  );
  assert.deepEqual(links[0].originSelectionRange.start, positionOf(text, root.sha1Eap));

  const expired = cert('expired-nps.cer');
  const suppressedUri = pathToFileURL(path.join(workspace, 'suppressed.xml')).toString();
  const suppressed = `<!-- aovpn-disable cert/thumbprint-matches-expired-certificate - a lab profile -->\n${profile(expired.sha1Eap)}`;
  await client.open(suppressedUri, suppressed);
  const codes = (await client.diagnostics(suppressedUri, 1)).map((d) => d.code);
  assert.ok(!codes.includes('cert/thumbprint-matches-expired-certificate') && !codes.includes('aovpn/unused-suppression'), JSON.stringify(codes));
});
