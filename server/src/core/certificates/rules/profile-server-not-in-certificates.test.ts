import { profileExample } from '../../rules/examples';
import { contosoPki } from '../testing/certificates';
import { VPN_SERVER_PLACEHOLDER } from '../../profile/placeholders';
import { testCertificateRule } from '../testing/ruleTester';
import { profileServerNotInCertificatesRule } from './profile-server-not-in-certificates';

const withServers = (servers: string) => profileExample().replace('<Servers>vpn.example.net</Servers>', `<Servers>${servers}</Servers>`);
const vpnCertificate = async () => ({ 'file:///ws/vpn.cer': [(await contosoPki()).vpnServer] });

testCertificateRule(profileServerNotInCertificatesRule, {
  valid: [
    { name: 'a server the VPN server certificate names, friendly name and all', document: withServers('vpn.contoso.com;Contoso VPN'), workspaceFiles: vpnCertificate },
    { name: 'the placeholder of a template is left to profile/template-placeholder', document: withServers(VPN_SERVER_PLACEHOLDER), workspaceFiles: vpnCertificate },
    {
      name: 'no VPN server certificate in the workspace: nothing to compare',
      document: withServers('vpn.fabrikam.com'),
      workspaceFiles: async () => ({ 'file:///ws/user.cer': [(await contosoPki()).user] }),
    },
  ],
  invalid: [
    {
      name: 'a server no VPN server certificate names is a warning on that server (13801)',
      document: withServers('vpn.contoso.com, vpn2.contoso.com'),
      workspaceFiles: vpnCertificate,
      findings: [{ at: 'vpn2.contoso.com', severity: 'warning', message: /names `vpn2\.contoso\.com` \(found: `vpn\.contoso\.com`\).*13801/ }],
    },
  ],
});
