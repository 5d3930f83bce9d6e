import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { noAovpnRoleRule } from './no-aovpn-role';

testCertificateRule(noAovpnRoleRule, {
  valid: [
    { name: 'a user certificate fits the user role', certificate: pki('user') },
    { name: 'a role asked for is judged, fitting or not', certificate: () => makeLeaf({ subject: 'CN=Build Signing', eku: ['1.3.6.1.5.5.7.3.3'] }), role: 'user' },
  ],
  invalid: [
    {
      name: 'a code-signing certificate fits no role (information)',
      certificate: () => makeLeaf({ subject: 'CN=Build Signing', eku: ['1.3.6.1.5.5.7.3.3'] }),
      findings: [{ severity: 'information', role: null, message: 'its EKUs (Code Signing)' }],
    },
  ],
});
