import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { serverMissingServerAuthEkuRule } from './server-missing-server-auth-eku';

testCertificateRule(serverMissingServerAuthEkuRule, {
  valid: [
    { name: 'an IKEv2 server certificate with Server Authentication', certificate: pki('vpnServer'), role: 'vpn-server' },
    { name: 'an SSTP server certificate with Server Authentication', certificate: pki('sstpServer'), role: 'sstp-server' },
    { name: 'no EKU extension (cert/generic-purpose-eku explains it)', certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com' }), role: 'vpn-server' },
    { name: 'Any Purpose (cert/generic-purpose-eku explains it)', certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.anyPurpose] }), role: 'vpn-server' },
  ],
  invalid: [
    {
      name: 'an IKEv2 server certificate with only IKE intermediate fails with 13801 / 0x80070040',
      certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.ikeIntermediate] }),
      role: 'vpn-server',
      findings: [{ severity: 'error', role: 'vpn-server', message: /1\.3\.6\.1\.5\.5\.7\.3\.1\), but its EKUs are: IP security IKE intermediate\. .*0x80070040/ }],
    },
    {
      name: 'a client certificate used as NPS certificate names 864',
      certificate: pki('user'),
      role: 'nps-server',
      findings: [{ severity: 'error', role: 'nps-server', message: '864' }],
    },
  ],
});
