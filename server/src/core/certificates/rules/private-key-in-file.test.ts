import { toPem } from '../pem';
import { contosoPki, privateKeyDer } from '../testing/certificates';
import { testCertificateRule } from '../testing/ruleTester';
import { privateKeyInFileRule } from './private-key-in-file';

testCertificateRule(privateKeyInFileRule, {
  valid: [{ name: 'a certificate without its key', document: async () => toPem((await contosoPki()).user.der) }],
  invalid: [
    {
      name: 'a private key block is a warning on its BEGIN line',
      document: async () => `${toPem((await contosoPki()).user.der)}\n${toPem(await privateKeyDer(), 'PRIVATE KEY')}`,
      findings: [{ at: '-----BEGIN PRIVATE KEY-----', severity: 'warning', message: "Whoever has the file can act as the certificate's owner" }],
    },
  ],
});
