import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { rsaKeyTooSmallRule } from './rsa-key-too-small';

testCertificateRule(rsaKeyTooSmallRule, {
  valid: [
    { name: 'a 2048-bit RSA key', certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', key: 'rsa2048' }) },
    { name: 'an elliptic-curve key', certificate: pki('vpnServer') },
  ],
  invalid: [
    {
      name: 'a 1024-bit RSA key is a warning that does not claim Windows rejects it',
      certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', key: 'rsa1024' }),
      findings: [{ severity: 'warning', role: null, message: /1024 bits\. No Always On VPN minimum is documented/ }],
    },
    {
      name: 'under 1024 bits Windows refuses the certificate: an error',
      certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', key: 'rsa512' }),
      findings: [{ severity: 'error', message: 'only 512 bits' }],
    },
  ],
});
