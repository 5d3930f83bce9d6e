import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MD5_RSA_OID_HEX, SHA256_RSA_OID_HEX, contosoPki, makeCertificate, makeLeaf, makeRootCa, replaceBytes } from '../testing/certificates';
import { weakSignatureHashRule } from './weak-signature-hash';
import { runRule } from './testing';

test('cert/weak-signature-hash: a SHA-1 signed leaf is a warning that names the algorithm', async () => {
  const sha1 = await makeLeaf({ subject: 'CN=vpn.contoso.com', hash: 'SHA-1' });
  const report = runRule(weakSignatureHashRule, sha1);
  assert.ok(report);
  assert.equal(report.severity, undefined);
  assert.equal(weakSignatureHashRule.defaultSeverity, 'warning');
  assert.match(report.message, /SHA-1 \(sha1ECDSA\)/);
});

test('cert/weak-signature-hash: an RSA CA signing with SHA-1 gives sha1RSA; MD5 is an error', async () => {
  const rsaRoot = await makeRootCa('CN=Contoso RSA Root', { key: 'rsa2048' });
  const sha1 = await makeCertificate({ subject: 'CN=vpn.contoso.com', issuer: rsaRoot, hash: 'SHA-1' });
  assert.match(runRule(weakSignatureHashRule, sha1)!.message, /sha1RSA/);
  const sha256 = await makeCertificate({ subject: 'CN=vpn.contoso.com', issuer: rsaRoot });
  const md5 = { ...sha256, der: replaceBytes(sha256.der, SHA256_RSA_OID_HEX, MD5_RSA_OID_HEX) };
  const report = runRule(weakSignatureHashRule, md5);
  assert.equal(report?.severity, 'error');
  assert.match(report!.message, /MD5 \(md5RSA\)/);
});

test('cert/weak-signature-hash: SHA-256 passes, and a self-signed root is not judged on its own signature', async () => {
  assert.equal(runRule(weakSignatureHashRule, (await contosoPki()).vpnServer), undefined);
  const sha1Root = await makeRootCa('CN=Old Root', { hash: 'SHA-1' });
  assert.equal(runRule(weakSignatureHashRule, sha1Root), undefined);
});
