import { EKU } from '../oids';
import { NOW, makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { expiredRule } from './expired';

const oldServer = () => makeLeaf({ subject: 'CN=sstp.contoso.com', eku: [EKU.serverAuth], notAfter: new Date('2024-01-01T00:00:00Z') });

testCertificateRule(expiredRule, {
  valid: [
    { name: 'a valid certificate', certificate: pki('vpnServer') },
    { name: 'a certificate on its last minute', certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.serverAuth], notAfter: new Date(NOW.getTime() + 60_000) }), role: 'vpn-server' },
  ],
  invalid: [
    {
      name: 'an expired NPS certificate is an error, whatever the role, naming client error 858',
      certificate: () => makeLeaf({ subject: 'CN=nps1.corp.contoso.com', eku: [EKU.serverAuth], notAfter: new Date('2025-05-01T00:00:00Z') }),
      role: 'nps-server',
      findings: [{ severity: 'error', role: null, message: /expired 31 days ago \(on 2025-05-01\)\. Clients reject the NPS server during EAP \(error 858\)/ }],
    },
    { name: 'as SSTP server it names CERT_E_EXPIRED', certificate: oldServer, role: 'sstp-server', findings: [{ message: '-2146762495' }] },
    { name: 'as user certificate it names client error 854', certificate: oldServer, role: 'user', findings: [{ message: '854' }] },
  ],
});
