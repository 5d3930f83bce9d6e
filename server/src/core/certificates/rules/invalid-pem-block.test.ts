import { toPem } from '../pem';
import { contosoPki } from '../testing/certificates';
import { testCertificateRule } from '../testing/ruleTester';
import { invalidPemBlockRule } from './invalid-pem-block';

const broken = async () => `Certificate:\n${toPem((await contosoPki()).user.der).replace('\nMII', '\nM?I')}`;

testCertificateRule(invalidPemBlockRule, {
  valid: [{ name: 'an intact certificate block', document: async () => toPem((await contosoPki()).user.der) }],
  invalid: [
    {
      name: 'a damaged block is an error on its first damaged character',
      document: broken,
      findings: [{ at: '?', severity: 'error' }],
    },
  ],
});
