import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from './decode';
import { EKU } from './oids';
import { inspectCertificateFile } from './report';
import { CA_KEY_USAGE, NOW, contosoPki, makeCertificate, toPkcs7 } from './testing/certificates';

test('report: a PKCS#7 chain is judged per certificate and chained to its root', async () => {
  const { root, issuing, vpnServer } = await contosoPki();
  const report = inspectCertificateFile(toPkcs7([vpnServer, root, issuing]), { now: NOW, fileName: 'chain.p7b' });
  assert.equal(report.format, 'pkcs7');
  assert.equal(report.fileName, 'chain.p7b');
  assert.equal(report.generatedAt, NOW.toISOString());
  assert.deepEqual(
    report.assessments.map((assessment) => assessment.roles),
    [['vpn-server'], ['root-ca'], ['issuing-ca']],
  );
  const leafChain = report.chains[0];
  assert.ok(leafChain.complete);
  assert.deepEqual(
    leafChain.links.map((link) => link.certificate.subject.text),
    ['CN=vpn.contoso.com', 'CN=Contoso Issuing CA, O=Contoso', 'CN=Contoso Root CA, O=Contoso'],
  );
  assert.deepEqual(report.findings, []);
});

test('report: a chosen role applies to the end certificate of a chain file, not to its CAs', async () => {
  const { root, issuing, user } = await contosoPki();
  const report = inspectCertificateFile(toPkcs7([root, issuing, user]), { now: NOW, role: 'user' });
  assert.deepEqual(
    report.assessments.map((assessment) => assessment.roles),
    [['root-ca'], ['issuing-ca'], ['user']],
  );
  assert.equal(report.assessments[2].rolesChosen, true);
});

test('report: workspace certificates complete the chain and reveal an issuing CA without CDP', async () => {
  const { root } = await contosoPki();
  const cloudIssuing = await makeCertificate({ subject: 'CN=Cloud PKI Issuing CA', issuer: root, ca: { pathLength: 0 }, keyUsage: CA_KEY_USAGE });
  const user = await makeCertificate({ subject: 'CN=Bob', issuer: cloudIssuing, eku: [EKU.clientAuth], san: [{ type: 'upn', value: 'bob@contoso.com' }], cdp: ['http://crl.contoso.com/cloud.crl'] });
  const alone = inspectCertificateFile(user.der, { now: NOW });
  assert.equal(alone.chains[0].complete, false);
  assert.equal(alone.chains[0].missingIssuer, 'CN=Cloud PKI Issuing CA');
  assert.ok(!alone.findings.some((finding) => finding.ruleId === 'cert/issuing-ca-missing-cdp'));
  const known = [
    { certificate: decodeCertificate(cloudIssuing.der), uri: 'file:///ws/cloud-issuing.cer' },
    { certificate: decodeCertificate(root.der), uri: 'file:///ws/root.cer' },
  ];
  const withWorkspace = inspectCertificateFile(user.der, { now: NOW, known });
  assert.ok(withWorkspace.chains[0].complete);
  assert.deepEqual(
    withWorkspace.chains[0].links.map((link) => link.uri),
    [undefined, 'file:///ws/cloud-issuing.cer', 'file:///ws/root.cer'],
  );
  const finding = withWorkspace.findings.find((item) => item.ruleId === 'cert/issuing-ca-missing-cdp');
  assert.equal(finding?.severity, 'error');
  assert.equal(finding?.certificate, 0);
});

test('report: an unreadable file carries the decoder message and no findings', () => {
  const report = inspectCertificateFile(new Uint8Array(0), { now: NOW });
  assert.equal(report.error, 'The file is empty.');
  assert.deepEqual([report.certificates.length, report.findings.length], [0, 0]);
});
