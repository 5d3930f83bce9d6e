import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { vpnServerSubjectNotFqdnRule } from './vpn-server-subject-not-fqdn';

testCertificateRule(vpnServerSubjectNotFqdnRule, {
  valid: [{ name: 'a public FQDN as subject', certificate: pki('vpnServer'), role: 'vpn-server' }],
  invalid: [
    {
      name: 'a host-name subject is a warning that mentions the SAN FQDN',
      certificate: () => makeLeaf({ subject: 'CN=RRAS01', eku: [EKU.serverAuth, EKU.ikeIntermediate], san: [{ type: 'dns', value: 'vpn.contoso.com' }] }),
      role: 'vpn-server',
      findings: [{ severity: 'warning', role: 'vpn-server', message: /"RRAS01".*\(the SAN does list vpn\.contoso\.com\)/ }],
    },
    {
      name: 'no common name at all',
      certificate: () => makeLeaf({ subject: 'O=Contoso', eku: [EKU.serverAuth] }),
      role: 'sstp-server',
      findings: [{ role: 'sstp-server', message: 'The subject has no common name' }],
    },
  ],
});
