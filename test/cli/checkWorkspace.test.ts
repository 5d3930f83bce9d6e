// `aovpn check` reports what the editor reports: the certificates in the folders it checks are the workspace, so
// thumbprints and server names are cross-checked, and PEM blocks in the files checked are judged
// (test/lsp/certificates.test.ts asserts the same findings through the language server).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot, runCli } from './cliRunner';

const CERTS = path.join(repoRoot(), 'test', 'fixtures', 'certs');
const manifest = JSON.parse(fs.readFileSync(path.join(CERTS, 'manifest.json'), 'utf8')) as {
  files: { file: string; certificates: { sha1Eap: string }[] }[];
};
const thumbprintOf = (file: string) => manifest.files.find((f) => f.file === file)!.certificates[0].sha1Eap;

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-check-workspace-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function write(relative: string, content: string | Buffer): string {
  const file = path.join(temp, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function profile(trustedRoot: string, servers = 'vpn.contoso.com', serverNames = 'nps1.corp.contoso.com'): string {
  const eap =
    '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type><VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId><VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType><AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId></EapMethod>' +
    '<Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type><EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"><CredentialsSource><CertificateStore><SimpleCertSelection>true</SimpleCertSelection></CertificateStore></CredentialsSource>' +
    `<ServerValidation><DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation><ServerNames>${serverNames}</ServerNames><TrustedRootCA>${trustedRoot}</TrustedRootCA></ServerValidation><DifferentUsername>false</DifferentUsername></EapType></Eap></Config></EapHostConfig>`;
  return `<VPNProfile>
  <NativeProfile>
    <Servers>${servers}</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <UserMethod>Eap</UserMethod>
      <Eap><Configuration>${eap}</Configuration></Eap>
    </Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
</VPNProfile>
`;
}

interface JsonResult {
  file: string;
  diagnostics: { code: string; severity: number; range: { start: { line: number; character: number } } }[];
}

function checkJson(args: string[]): JsonResult[] {
  const run = runCli(['check', '--format', 'json', ...args], temp);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return JSON.parse(run.stdout) as JsonResult[];
}

/** The 0-based line and character of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle));
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

test('thumbprints are matched with the certificates of the folder: expired (warning) and not in the workspace (information)', () => {
  fs.mkdirSync(path.join(temp, 'ws'), { recursive: true });
  for (const file of ['root-ca.cer', 'vpn-server.cer', 'nps-server.pem', 'expired-nps.cer']) fs.copyFileSync(path.join(CERTS, file), path.join(temp, 'ws', file));
  const expiredText = profile(thumbprintOf('expired-nps.cer'));
  write('ws/expired.xml', expiredText);
  write('ws/unknown.xml', profile('00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 11 22 33 '));
  write('ws/good.xml', profile(thumbprintOf('root-ca.cer')));
  const results = checkJson(['ws']);
  const byFile = (name: string) => results.find((r) => r.file === `ws/${name}`)!.diagnostics;

  const expired = byFile('expired.xml').find((d) => d.code === 'cert/thumbprint-matches-expired-certificate');
  assert.ok(expired, JSON.stringify(byFile('expired.xml').map((d) => d.code)));
  assert.equal(expired.severity, 2);
  assert.deepEqual(expired.range.start, positionOf(expiredText, thumbprintOf('expired-nps.cer')));
  assert.equal(byFile('unknown.xml').find((d) => d.code === 'cert/thumbprint-not-in-workspace')?.severity, 3);
  assert.deepEqual(
    byFile('good.xml').filter((d) => d.code.startsWith('cert/')),
    [],
  );
  // Only the profiles are checked: the certificate files are the workspace, not files to check.
  assert.deepEqual(results.map((r) => r.file).sort(), ['ws/expired.xml', 'ws/good.xml', 'ws/unknown.xml']);
});

test('profile servers and EAP server names are checked against the certificates of the folder', () => {
  fs.mkdirSync(path.join(temp, 'names'), { recursive: true });
  for (const file of ['root-ca.cer', 'vpn-server.cer', 'nps-server.pem']) fs.copyFileSync(path.join(CERTS, file), path.join(temp, 'names', file));
  write('names/names.xml', profile(thumbprintOf('root-ca.cer'), 'gateway.contoso.com', 'nps9.corp.contoso.com'));
  const codes = checkJson(['names'])[0].diagnostics.map((d) => d.code);
  assert.ok(codes.includes('cert/profile-server-not-in-certificates'), JSON.stringify(codes));
  assert.ok(codes.includes('cert/eap-server-name-not-in-certificates'), JSON.stringify(codes));
});

test('without certificates beside it, a thumbprint is not reported as missing from the workspace', () => {
  write('alone/unknown.xml', profile('00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 11 22 33 '));
  const codes = checkJson(['alone'])[0].diagnostics.map((d) => d.code);
  assert.ok(!codes.some((code) => code.startsWith('cert/')), JSON.stringify(codes));
});

test('a PEM block in a file given by name is judged: an expired certificate is an error, in text output too', () => {
  const der = fs.readFileSync(path.join(CERTS, 'expired-nps.cer'));
  const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
  write('pem/expired-copy.pem', pem);
  const run = runCli(['check', 'pem/expired-copy.pem'], temp);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /^pem\/expired-copy\.pem:1:1: error cert\/expired /m);
});

test('many files, checked in worker threads, are matched with the same certificates', () => {
  fs.mkdirSync(path.join(temp, 'many'), { recursive: true });
  fs.copyFileSync(path.join(CERTS, 'expired-nps.cer'), path.join(temp, 'many', 'expired-nps.cer'));
  // More files than are checked without workers (check.ts: PARALLEL_MIN_FILES).
  for (let i = 0; i < 60; i++) write(`many/p${String(i).padStart(2, '0')}.xml`, profile(thumbprintOf('expired-nps.cer')));
  const results = checkJson(['--jobs', '2', 'many']);
  assert.equal(results.length, 60);
  for (const result of results) {
    assert.ok(
      result.diagnostics.some((d) => d.code === 'cert/thumbprint-matches-expired-certificate'),
      `${result.file}: ${JSON.stringify(result.diagnostics.map((d) => d.code))}`,
    );
  }
});
