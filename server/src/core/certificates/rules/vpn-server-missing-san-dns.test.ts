import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { vpnServerMissingSanDnsRule } from './vpn-server-missing-san-dns';

testCertificateRule(vpnServerMissingSanDnsRule, {
  valid: [{ name: 'a SAN DNS name', certificate: pki('vpnServer'), role: 'vpn-server' }],
  invalid: [
    {
      name: 'a subject-only certificate gets an information',
      certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.serverAuth, EKU.ikeIntermediate] }),
      role: 'vpn-server',
      findings: [{ severity: 'information', role: 'vpn-server', message: 'no DNS entry' }],
    },
  ],
});
