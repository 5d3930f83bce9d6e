import { testRule } from '../../testing/ruleTester';
import { templatePlaceholder } from './template-placeholder';

const profile = (inner: string, native = '<Servers>vpn.contoso.com</Servers>') => `<VPNProfile>\n  <NativeProfile>\n    ${native}\n  </NativeProfile>\n${inner}</VPNProfile>\n`;

testRule(templatePlaceholder, {
  valid: [
    { name: 'real names', text: profile('  <DnsSuffix>corp.contoso.com</DnsSuffix>\n  <TrustedNetworkDetection>corp.contoso.com</TrustedNetworkDetection>\n') },
    { name: 'other documentation names are not the template’s', text: profile('  <DnsSuffix>corp.example.net</DnsSuffix>\n', '<Servers>vpn.example.net</Servers>') },
    { name: 'a name that only ends like a placeholder', text: profile('', '<Servers>myvpn.example.com.contoso.com</Servers>') },
    {
      name: 'a real plug-in and issuer',
      text: profile(
        '  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <IssuerHash>db525d00f813849e3feec253dbb04f2104c3c2b6</IssuerHash>\n    </Sso>\n  </DeviceCompliance>\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'each placeholder name is reported at the name itself, in lists too',
      text: profile(
        '  <DnsSuffix>corp.contoso.com,corp.example.com</DnsSuffix>\n  <TrustedNetworkDetection>corp.example.com</TrustedNetworkDetection>\n  <DomainNameInformation>\n    <DomainName>.corp.example.com</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n',
        '<Servers>vpn.example.com;vpn.example.com</Servers>',
      ),
      findings: [
        { at: { text: 'vpn.example.com' }, severity: 'information', message: /^`vpn\.example\.com` is a placeholder of the New Profile template .*your VPN server/, fixes: [] },
        { at: { text: 'vpn.example.com', occurrence: 1 }, message: 'your VPN server' },
        { at: { text: 'corp.example.com' }, message: 'DNS suffix of your internal network' },
        { at: { text: 'corp.example.com', occurrence: 1 }, message: 'DNS suffix of your internal network' },
        { at: '.corp.example.com', message: /^`\.corp\.example\.com` .*internal DNS namespace/ },
      ],
    },
    {
      name: 'a plug-in profile: the server list and the package family name',
      text: '<VPNProfile>\n  <PluginProfile>\n    <ServerUrlList>VPN.EXAMPLE.COM</ServerUrlList>\n    <PluginPackageFamilyName>Example.VpnPlugin_0000000000000</PluginPackageFamilyName>\n  </PluginProfile>\n</VPNProfile>\n',
      findings: [
        { at: 'VPN.EXAMPLE.COM', message: 'your VPN gateway' },
        { at: 'Example.VpnPlugin_0000000000000', message: /all-zero publisher ID.*Get-AppxPackage/ },
      ],
    },
    {
      name: 'an all-zero issuer thumbprint for single sign-on',
      text: profile(
        '  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <IssuerHash>0000000000000000000000000000000000000000</IssuerHash>\n    </Sso>\n  </DeviceCompliance>\n',
      ),
      findings: [{ at: '0000000000000000000000000000000000000000', message: /^The all-zero thumbprint .*single sign-on/ }],
    },
  ],
});
