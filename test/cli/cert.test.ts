import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot, runCli } from './cliRunner';

interface CertJson {
  file: string;
  certificates: Record<string, unknown>[];
  findings: { severity: string; code: string; message: string; certificate: number }[];
  error?: string;
}

interface Manifest {
  files: { file: string; certificates: { subject: string; sha1: string }[] }[];
}

const fixture = (name: string): string => path.join('test', 'fixtures', 'certs', name);
const manifest = (): Manifest => JSON.parse(fs.readFileSync(path.join(repoRoot(), fixture('manifest.json')), 'utf8')) as Manifest;
const sha1Of = (file: string): string => manifest().files.find((entry) => entry.file === file)!.certificates[0].sha1;

function certJson(...args: string[]): { status: number | null; results: CertJson[]; stderr: string } {
  const run = runCli(['cert', '--json', ...args]);
  return { status: run.status, results: JSON.parse(run.stdout) as CertJson[], stderr: run.stderr };
}

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempFile(name: string, content: Uint8Array | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aovpn-cert-'));
  tempDirs.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

test('aovpn cert --json: the documented shape, for a good certificate (exit 0)', () => {
  const { status, results, stderr } = certJson(fixture('vpn-server.cer'));
  assert.equal(status, 0, stderr);
  assert.equal(results.length, 1);
  const [result] = results;
  assert.deepEqual(Object.keys(result), ['file', 'certificates', 'findings']);
  assert.equal(result.file, fixture('vpn-server.cer'));
  assert.deepEqual(result.findings, []);
  const [cert] = result.certificates;
  assert.deepEqual(Object.keys(cert), [
    'subject',
    'issuer',
    'serialNumber',
    'notBefore',
    'notAfter',
    'sha1',
    'sha256',
    'isCA',
    'keyAlgorithm',
    'keySize',
    'signatureAlgorithm',
    'subjectAltNames',
    'extendedKeyUsages',
    'crlDistributionPoints',
    'authorityInfoAccess',
    'securityIdentifier',
    'roles',
    'otherRoles',
  ]);
  assert.equal(cert.subject, 'CN=vpn.contoso.com');
  assert.equal(cert.issuer, 'CN=Contoso Issuing CA, O=Contoso');
  assert.equal(cert.sha1, sha1Of('vpn-server.cer'));
  assert.match(cert.sha256 as string, /^[0-9A-F]{64}$/);
  assert.equal(cert.isCA, false);
  assert.equal(cert.keyAlgorithm, 'ECC');
  assert.equal(cert.keySize, 256);
  assert.equal(cert.signatureAlgorithm, 'sha256ECDSA');
  assert.deepEqual(cert.subjectAltNames, ['DNS:vpn.contoso.com']);
  assert.deepEqual(cert.extendedKeyUsages, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.8.2.2']);
  assert.deepEqual(cert.crlDistributionPoints, ['http://pki.contoso.com/crl/contoso-issuing.crl']);
  assert.deepEqual(cert.authorityInfoAccess, ['caIssuers:http://pki.contoso.com/aia/contoso-issuing.crt']);
  assert.equal(cert.notAfter, '2060-01-01T00:00:00.000Z');
  assert.equal(cert.securityIdentifier, null);
  assert.deepEqual(cert.roles, ['vpn-server']);
  assert.deepEqual(cert.otherRoles, ['sstp-server', 'nps-server']);
});

test('aovpn cert: an NPS certificate gets no IKEv2 warning unless asked as --role vpn-server', () => {
  const auto = certJson(fixture('nps-server.pem'));
  assert.equal(auto.status, 0);
  assert.deepEqual(auto.results[0].findings, []);
  assert.deepEqual(auto.results[0].certificates[0].roles, ['nps-server', 'sstp-server']);
  assert.deepEqual(auto.results[0].certificates[0].otherRoles, ['vpn-server', 'device']);
  const asked = certJson('--role', 'vpn-server', fixture('nps-server.pem'));
  assert.equal(asked.status, 0, 'a warning does not fail');
  assert.deepEqual(
    asked.results[0].findings.map((finding) => `${finding.code}:${finding.severity}`),
    ['cert/ikev2-server-missing-ike-intermediate-eku:warning'],
  );
  assert.deepEqual(asked.results[0].certificates[0].roles, ['vpn-server']);
  assert.deepEqual(asked.results[0].certificates[0].otherRoles, []);

  const text = runCli(['cert', fixture('nps-server.pem')]);
  assert.match(text.stdout, /Roles\s+NPS server: ready; SSTP VPN server: ready\n\s+Why\s+Server Authentication without IP security IKE intermediate/);
  assert.match(text.stdout, /Also fits\s+IKEv2 VPN server, Device \(not judged; --role judges one\)/);
  const chosen = runCli(['cert', '--role', 'vpn-server', fixture('nps-server.pem')]);
  assert.match(chosen.stdout, /Role\s+IKEv2 VPN server: works, with warnings \(the role you chose; most likely: NPS server, SSTP VPN server\)/);
  assert.match(chosen.stdout, /warning\s+cert\/ikev2-server-missing-ike-intermediate-eku \(as IKEv2 VPN server\)/);
});

test('aovpn cert: the SID for strong mapping, its absence on a user certificate, and a Cloud PKI CA', () => {
  const user = certJson(fixture('user.cer'), fixture('user-no-sid.cer'));
  assert.equal(user.status, 0);
  assert.match(user.results[0].certificates[0].securityIdentifier as string, /^S-1-5-21-\d+-\d+-\d+-\d+$/);
  assert.deepEqual(user.results[0].findings, []);
  assert.deepEqual(
    user.results[1].findings.map((finding) => `${finding.code}:${finding.severity}`),
    ['cert/user-not-strongly-mapped:warning'],
  );
  assert.match(user.results[1].findings[0].message, /event 39.*reason 16/);
  assert.match(runCli(['cert', fixture('user.cer')]).stdout, /SID\s+S-1-5-21-[\d-]+ \(SID extension\)/);
  const cloud = certJson(fixture('cloud-pki-issuing-ca.cer'));
  assert.equal(cloud.status, 0);
  assert.deepEqual(
    cloud.results[0].findings.map((finding) => `${finding.code}:${finding.severity}`),
    ['cert/cloud-pki-limits:information'],
  );
  assert.match(cloud.results[0].findings[0].message, /`http:\/\/primary-cdn\.pki\.azure\.net\/.*` on pki\.azure\.net/);
});

test('aovpn cert: an error finding exits 1 and names the rule', () => {
  const { status, results } = certJson(fixture('expired-nps.cer'));
  assert.equal(status, 1);
  const expired = results[0].findings.find((finding) => finding.code === 'cert/expired');
  assert.equal(expired?.severity, 'error');
  assert.equal(expired?.certificate, 0);
  assert.match(expired!.message, /expired .* \(on 2024-01-01\)/);
  const cloud = certJson(fixture('cloud-issuing-ca-no-cdp.cer'));
  assert.equal(cloud.status, 1);
  assert.match(cloud.results[0].findings[0].message, /IgnoreNoRevocationCheck/);
});

test('aovpn cert: chains and bundles list every certificate; findings point at their index', () => {
  const { status, results } = certJson(fixture('chain.p7b'), fixture('chain.pem'));
  assert.equal(status, 0);
  assert.deepEqual(
    results.map((result) => result.certificates.map((cert) => cert.subject)),
    [
      ['CN=Contoso Root CA, O=Contoso', 'CN=Contoso Issuing CA, O=Contoso', 'CN=vpn.contoso.com'],
      ['CN=vpn.contoso.com', 'CN=Contoso Issuing CA, O=Contoso', 'CN=Contoso Root CA, O=Contoso'],
    ],
  );
  assert.deepEqual(
    results[0].certificates.map((cert) => cert.isCA),
    [true, true, false],
  );
});

test('aovpn cert --role: the chosen role is judged; "ca" covers root and issuing CAs', () => {
  const asVpn = certJson('--role', 'vpn-server', fixture('vpn-server-no-server-auth.cer'));
  assert.equal(asVpn.status, 1);
  assert.deepEqual(
    asVpn.results[0].findings.map((finding) => `${finding.code}:${finding.severity}`),
    ['cert/server-missing-server-auth-eku:error', 'cert/vpn-server-subject-not-fqdn:warning'],
  );
  const asUser = certJson('--role=user', fixture('user.cer'));
  assert.equal(asUser.status, 0);
  assert.deepEqual(asUser.results[0].findings, []);
  const asCa = certJson('--role', 'ca', fixture('user.cer'));
  assert.equal(asCa.status, 1);
  assert.ok(asCa.results[0].findings.some((finding) => finding.code === 'cert/ca-not-marked-ca'));
});

test('aovpn cert: bad input gives clear errors, exit 1, never a stack trace', () => {
  const files = [
    fixture('not-a-certificate.cer'),
    tempFile('empty.cer', ''),
    tempFile('random.der', randomBytes(2048)),
    tempFile('truncated.cer', fs.readFileSync(path.join(repoRoot(), fixture('user.cer'))).subarray(0, 100)),
    tempFile('broken.pem', '-----BEGIN CERTIFICATE-----\nMIIB%%%\n-----END CERTIFICATE-----\n'),
    tempFile('key.pem', '-----BEGIN PRIVATE KEY-----\nMAMCAQc=\n-----END PRIVATE KEY-----\n'),
    tempFile('huge.cer', new Uint8Array(10 * 1024 * 1024)),
  ];
  const started = Date.now();
  const run = runCli(['cert', '--json', ...files]);
  assert.ok(Date.now() - started < 20_000);
  assert.equal(run.status, 1);
  assert.equal(run.stderr, '');
  const errors = (JSON.parse(run.stdout) as CertJson[]).map((result) => result.error);
  assert.match(errors[0]!, /not a DER-encoded certificate/);
  assert.equal(errors[1], 'The file is empty.');
  assert.match(errors[2]!, /not a DER-encoded certificate|not valid DER|not a certificate|truncated/);
  assert.match(errors[3]!, /truncated: it declares \d+ bytes but only 100 are present/);
  assert.match(errors[4]!, /base64 text is damaged/);
  assert.match(errors[5]!, /private key, not a certificate/);
  assert.match(errors[6]!, /10\.0 MB/);
  const text = runCli(['cert', ...files]);
  assert.equal(text.status, 1);
  assert.doesNotMatch(text.stdout + text.stderr, /\n\s+at \S+ \(/, 'no stack trace');
});

test('aovpn cert: a folder stands for its certificate files', () => {
  const { results } = certJson(path.join('test', 'fixtures', 'certs'));
  const names = results.map((result) => path.basename(result.file));
  assert.ok(names.includes('root-ca.cer') && names.includes('chain.p7b') && names.includes('device.crt') && names.includes('nps-server.pem'));
  assert.ok(!names.includes('manifest.json') && !names.includes('README.md'));
});

test('aovpn cert: text output shows the thumbprint in both forms and the role verdict', () => {
  const run = runCli(['cert', fixture('root-ca.cer')]);
  assert.equal(run.status, 0, run.stderr);
  const sha1 = sha1Of('root-ca.cer');
  assert.ok(run.stdout.includes(sha1));
  assert.ok(run.stdout.includes(sha1.toLowerCase().match(/../g)!.join(' ') + ' '));
  assert.match(run.stdout, /Roles\s+Root CA: ready/);
});

test('aovpn cert: --at and --expiry-warning-days judge a date of your choosing', () => {
  const late = certJson('--at', '2059-12-15', fixture('user.cer'));
  assert.equal(late.status, 0);
  assert.deepEqual(
    late.results[0].findings.map((finding) => finding.code),
    ['cert/expiring-soon'],
  );
  assert.deepEqual(certJson('--at', '2059-12-15', '--expiry-warning-days', '7', fixture('user.cer')).results[0].findings, []);
  assert.equal(certJson('--at', '2061-01-01', fixture('user.cer')).status, 1);
});

test('aovpn cert: usage errors exit 2 with a message', () => {
  for (const args of [[], ['--role', 'admin', 'x.cer'], ['--bogus', 'x.cer'], ['--at', 'someday', 'x.cer'], ['--expiry-warning-days', '-3', 'x.cer']]) {
    const run = runCli(['cert', ...args]);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /^aovpn cert: /);
    assert.equal(run.stdout, '');
  }
  const help = runCli(['cert', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--role ROLE/);
});
