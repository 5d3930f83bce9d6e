// Writes the certificate fixtures used by end-to-end, LSP and CLI tests into test/fixtures/certs/, with a manifest
// (subject, thumbprints, role) so tests need not hard-code them. Keys are random, so each run produces new files:
// run it only to change the set, then commit the output.
//   npx tsc -p . && node out/server/src/core/certificates/testing/writeFixtures.js [output-dir]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeCertificate } from '../decode';
import { EKU } from '../oids';
import { toPem } from '../pem';
import { CA_KEY_USAGE, contosoPki, makeCertificate, makeLeaf, toPkcs7, type MadeCertificate } from './certificates';

interface FixtureEntry {
  readonly file: string;
  readonly format: 'der' | 'pem' | 'pkcs7';
  readonly description: string;
  /** The findings a test can expect at error level (empty for the good ones). */
  readonly errors: readonly string[];
  readonly certificates: readonly { subject: string; sha1: string; sha1Eap: string; notAfter: string }[];
}

async function main(outputDir: string): Promise<void> {
  const pki = await contosoPki();
  const expiredNps = await makeLeaf({
    subject: 'CN=nps2.corp.contoso.com',
    eku: [EKU.serverAuth, EKU.clientAuth],
    san: [{ type: 'dns', value: 'nps2.corp.contoso.com' }],
    notBefore: new Date('2022-01-01T00:00:00Z'),
    notAfter: new Date('2024-01-01T00:00:00Z'),
  });
  const cloudIssuing = await makeCertificate({ subject: 'CN=Contoso Cloud Issuing CA, O=Contoso', issuer: pki.root, ca: { pathLength: 0 }, keyUsage: CA_KEY_USAGE });
  const ikeOnlyServer = await makeLeaf({ subject: 'CN=RRAS01', eku: [EKU.ikeIntermediate], san: [{ type: 'dns', value: 'RRAS01' }] });
  // A Cloud PKI issuing CA under a Cloud PKI root: its CRL Distribution Point is on pki.azure.net (identifiers made up).
  const cloudPkiIssuing = await makeCertificate({
    subject: 'CN=Contoso Cloud PKI Issuing CA',
    issuer: pki.root,
    key: 'rsa2048',
    ca: { pathLength: 0 },
    keyUsage: CA_KEY_USAGE,
    eku: [EKU.clientAuth],
    cdp: ['http://primary-cdn.pki.azure.net/westeurope/crls/0a1b2c3d4e5f4a5b8c9d0e1f2a3b4c5d/5e0c3a8e-2b1f-4c6d-9a7e-1f2e3d4c5b6a_v1/current.crl'],
  });
  const userWithoutSid = await makeLeaf({ subject: 'CN=Bob Example, OU=Users, DC=corp, DC=contoso, DC=com', eku: [EKU.clientAuth], san: [{ type: 'upn', value: 'bob@contoso.com' }] });

  const entries: FixtureEntry[] = [];
  const write = (file: string, format: FixtureEntry['format'], made: readonly MadeCertificate[], description: string, errors: readonly string[] = []): void => {
    const bytes = format === 'pkcs7' ? toPkcs7(made) : format === 'pem' ? Buffer.from(made.map((item) => toPem(item.der)).join('')) : made[0].der;
    fs.writeFileSync(path.join(outputDir, file), bytes);
    const certificates = made.map((item) => {
      const cert = decodeCertificate(item.der);
      return { subject: cert.subject.text, sha1: cert.thumbprints.sha1, sha1Eap: cert.thumbprints.sha1Eap, notAfter: cert.notAfter };
    });
    entries.push({ file, format, description, errors, certificates });
  };

  fs.mkdirSync(outputDir, { recursive: true });
  write('root-ca.cer', 'der', [pki.root], 'Contoso Root CA (self-signed): the TrustedRootCA of the fixtures');
  write('issuing-ca.cer', 'der', [pki.issuing], 'Contoso Issuing CA, with a CRL Distribution Point');
  write('vpn-server.cer', 'der', [pki.vpnServer], 'Good IKEv2 VPN server certificate for vpn.contoso.com');
  write('nps-server.pem', 'pem', [pki.npsServer], 'Good NPS server certificate for nps1.corp.contoso.com (PEM)');
  write('user.cer', 'der', [pki.user], 'Good user certificate with UPN alice@contoso.com and the SID extension');
  write('user-no-sid.cer', 'der', [userWithoutSid], 'User certificate without the SID extension: not strongly mapped (KB5014754; a warning)');
  write('device.crt', 'pem', [pki.device], 'Good device certificate for pc1.corp.contoso.com (PEM in a .crt)');
  write('chain.p7b', 'pkcs7', [pki.root, pki.issuing, pki.vpnServer], 'PKCS#7 bundle: root, issuing CA and VPN server certificate');
  write('chain.pem', 'pem', [pki.vpnServer, pki.issuing, pki.root], 'PEM chain: VPN server certificate, issuing CA, root');
  write('expired-nps.cer', 'der', [expiredNps], 'NPS certificate that expired on 2024-01-01 (client error 858)', ['cert/expired']);
  write('cloud-issuing-ca-no-cdp.cer', 'der', [cloudIssuing], 'Issuing CA without CRL Distribution Point (NPS reason 258, client error 853)', ['cert/issuing-ca-missing-cdp']);
  write('cloud-pki-issuing-ca.cer', 'der', [cloudPkiIssuing], 'Microsoft Cloud PKI issuing CA (CRL on pki.azure.net) with Client Authentication: its limits as information');
  write('vpn-server-no-server-auth.cer', 'der', [ikeOnlyServer], 'Server certificate with IP security IKE intermediate only and a host-name subject');
  fs.writeFileSync(path.join(outputDir, 'not-a-certificate.cer'), Buffer.from('4d5a90000300000004000000ffff0000b8000000000000004000000000000000', 'hex'));
  fs.writeFileSync(path.join(outputDir, 'manifest.json'), JSON.stringify({ generatedBy: 'server/src/core/certificates/testing/writeFixtures.ts', files: entries }, null, 2) + '\n');
}

const outputDir = process.argv[2] ?? path.resolve(__dirname, '../../../../../../test/fixtures/certs');
main(outputDir).then(
  () => process.stdout.write(`certificate fixtures written to ${outputDir}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
