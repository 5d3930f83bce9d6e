import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { userMissingUpnRule } from './user-missing-upn';

testCertificateRule(userMissingUpnRule, {
  valid: [{ name: 'a user certificate with a UPN', certificate: pki('user'), role: 'user' }],
  invalid: [
    {
      name: 'a user certificate with only an email SAN is a warning (reason 298)',
      certificate: () => makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], san: [{ type: 'email', value: 'alice@contoso.com' }] }),
      role: 'user',
      findings: [{ severity: 'warning', role: 'user', message: 'reason 298' }],
    },
  ],
});
