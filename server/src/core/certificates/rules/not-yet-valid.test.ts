import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { notYetValidRule } from './not-yet-valid';

testCertificateRule(notYetValidRule, {
  valid: [{ name: 'a current certificate', certificate: pki('user') }],
  invalid: [
    {
      name: 'a certificate valid from next month is an error',
      certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', notBefore: new Date('2025-07-01T00:00:00Z') }),
      findings: [{ severity: 'error', role: null, message: /not valid before 2025-07-01; until then Windows rejects it/ }],
    },
  ],
});
