import { LEAF_KEY_USAGE, contosoPki, makeCertificate } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { caMissingKeyCertSignRule } from './ca-missing-key-cert-sign';

testCertificateRule(caMissingKeyCertSignRule, {
  valid: [
    { name: 'an issuing CA with keyCertSign', certificate: pki('issuing'), role: 'issuing-ca' },
    { name: 'a root without a Key Usage extension at all', certificate: () => makeCertificate({ subject: 'CN=Plain Root', ca: true }), role: 'root-ca' },
  ],
  invalid: [
    {
      name: 'a CA whose Key Usage lacks keyCertSign is an error',
      certificate: async () => makeCertificate({ subject: 'CN=Broken Issuing CA', issuer: (await contosoPki()).root, ca: true, keyUsage: LEAF_KEY_USAGE }),
      role: 'issuing-ca',
      findings: [{ severity: 'error', role: 'issuing-ca', message: 'Its Key Usage (digitalSignature, keyEncipherment) lacks keyCertSign' }],
    },
  ],
});
