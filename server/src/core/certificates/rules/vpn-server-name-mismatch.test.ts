import { profileExample } from '../../rules/examples';
import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { vpnServerNameMismatchRule } from './vpn-server-name-mismatch';

const wildcard = () => makeLeaf({ subject: 'CN=*.contoso.com', eku: [EKU.serverAuth], san: [{ type: 'dns', value: '*.contoso.com' }] });

testCertificateRule(vpnServerNameMismatchRule, {
  valid: [
    { name: 'DNS names match without regard to case', certificate: pki('vpnServer'), role: 'vpn-server', workspace: { profileServers: ['VPN.Contoso.com'] } },
    { name: 'a wildcard covers one label', certificate: wildcard, role: 'sstp-server', workspace: { profileServers: ['sstp.contoso.com'] } },
    { name: 'no profile in the workspace: nothing to compare', certificate: pki('vpnServer'), role: 'vpn-server' },
  ],
  invalid: [
    {
      name: 'certificate names that are not the profile servers are a warning (13801)',
      certificate: pki('vpnServer'),
      role: 'vpn-server',
      workspace: { profileServers: ['vpn.fabrikam.com'] },
      findings: [{ severity: 'warning', role: 'vpn-server', message: /names \(vpn\.contoso\.com\) matches the servers in the workspace's VPN profile \(vpn\.fabrikam\.com\).*13801/ }],
    },
    { name: 'a wildcard does not cover two labels', certificate: wildcard, role: 'sstp-server', workspace: { profileServers: ['a.b.contoso.com'] }, findings: [{ role: 'sstp-server' }] },
    {
      name: "a profile whose servers the workspace's VPN server certificate does not name: the finding is on the certificate file",
      document: profileExample().replace('vpn.example.net', 'vpn.fabrikam.com'),
      workspaceFiles: async () => ({ 'file:///ws/vpn.cer': [await makeLeaf({ subject: 'CN=vpn.contoso.com', eku: [EKU.serverAuth, EKU.ikeIntermediate] })] }),
      findings: [{ file: 'file:///ws/vpn.cer', severity: 'warning', message: 'vpn.fabrikam.com' }],
    },
  ],
});
