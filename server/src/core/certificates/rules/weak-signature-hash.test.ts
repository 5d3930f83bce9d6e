import { MD5_RSA_OID_HEX, SHA256_RSA_OID_HEX, makeCertificate, makeLeaf, makeRootCa, replaceBytes, type MadeCertificate } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { weakSignatureHashRule } from './weak-signature-hash';

let rsaRoot: Promise<MadeCertificate> | undefined;
const root = () => (rsaRoot ??= makeRootCa('CN=Contoso RSA Root', { key: 'rsa2048' }));

testCertificateRule(weakSignatureHashRule, {
  valid: [
    { name: 'a SHA-256 signature', certificate: pki('vpnServer') },
    { name: 'a self-signed root is not judged on its own signature', certificate: () => makeRootCa('CN=Old Root', { hash: 'SHA-1' }) },
  ],
  invalid: [
    {
      name: 'a SHA-1 signed leaf is a warning that names the algorithm',
      certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', hash: 'SHA-1' }),
      findings: [{ severity: 'warning', role: null, message: 'Signed with SHA-1 (sha1ECDSA)' }],
    },
    {
      name: 'an RSA CA signing with SHA-1 gives sha1RSA',
      certificate: async () => makeCertificate({ subject: 'CN=vpn.contoso.com', issuer: await root(), hash: 'SHA-1' }),
      findings: [{ severity: 'warning', message: 'sha1RSA' }],
    },
    {
      name: 'MD5 is an error',
      certificate: async () => {
        const sha256 = await makeCertificate({ subject: 'CN=vpn.contoso.com', issuer: await root() });
        return { ...sha256, der: replaceBytes(sha256.der, SHA256_RSA_OID_HEX, MD5_RSA_OID_HEX) };
      },
      findings: [{ severity: 'error', message: 'MD5 (md5RSA)' }],
    },
  ],
});
