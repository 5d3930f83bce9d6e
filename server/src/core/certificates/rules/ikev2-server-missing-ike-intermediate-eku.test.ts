import { pki, testCertificateRule } from '../testing/ruleTester';
import { ikev2ServerMissingIkeIntermediateEkuRule } from './ikev2-server-missing-ike-intermediate-eku';

testCertificateRule(ikev2ServerMissingIkeIntermediateEkuRule, {
  valid: [
    { name: 'a VPN server certificate with both EKUs', certificate: pki('vpnServer') },
    { name: 'Server Authentication alone judged as SSTP server (the rule is for IKEv2 only)', certificate: pki('sstpServer'), role: 'sstp-server' },
  ],
  invalid: [
    {
      name: 'Server Authentication alone is a warning for an IKEv2 server',
      certificate: pki('sstpServer'),
      role: 'vpn-server',
      findings: [{ severity: 'warning', role: 'vpn-server', message: /1\.3\.6\.1\.5\.5\.8\.2\.2.*13801/ }],
    },
  ],
});
