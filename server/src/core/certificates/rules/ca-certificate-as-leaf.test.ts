import { EKU } from '../oids';
import { CA_KEY_USAGE, makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { caCertificateAsLeafRule } from './ca-certificate-as-leaf';

testCertificateRule(caCertificateAsLeafRule, {
  valid: [
    { name: 'an end-entity VPN server certificate', certificate: pki('vpnServer'), role: 'vpn-server' },
    { name: 'a root CA judged as a CA (the rule judges leaf roles only)', certificate: pki('root'), role: 'root-ca' },
  ],
  invalid: [
    {
      name: 'a CA certificate judged as VPN server certificate is a warning',
      certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com', ca: true, keyUsage: CA_KEY_USAGE, eku: [EKU.serverAuth] }),
      role: 'vpn-server',
      findings: [{ severity: 'warning', role: 'vpn-server', message: /cA=true.*an IKEv2 VPN server certificate/ }],
    },
  ],
});
