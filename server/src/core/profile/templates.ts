// The New Profile… templates: five complete ProfileXML documents, written once in snippet syntax. The command opens
// a template with every tab stop at its default (`profileTemplateText`); completion offers the same bodies as
// whole-profile snippets (snippets.ts). Every template passes our rules with its defaults: no error, no warning.
// Where each deployment has its own value (server names, DNS domain, thumbprint, plug-in) the default is a
// placeholder that is valid in form but never real (./placeholders.ts, ../eap/placeholders.ts), and the
// `template-placeholder` rules name each one left unchanged (information).
//
// Sources of the settings:
// - Microsoft, "Configure Windows client Always On VPN connections" (the user tunnel: IKEv2, SplitTunnel, PEAP-TLS,
//   Always On with Trusted Network Detection, DnsSuffix and an NRPT rule, RememberCredentials)
//   https://learn.microsoft.com/windows-server/remote/remote-access/vpn/always-on-vpn/deploy/vpn-deploy-client-vpn-connections
// - Microsoft, "Configure VPN device tunnels in Windows client" (IKEv2 only, machine certificate, split tunnel only,
//   host routes, DisableClassBasedDefaultRoute, RegisterDNS)
//   https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config
// - Microsoft, VPNv2 CSP (PluginProfile: ServerUrlList, PluginPackageFamilyName; element meanings)
//   https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp
// - EAP: the EAPHost schemas (../eap/catalogue.ts), built in ../eap/snippets.ts.
// Elements follow the order of the ProfileXML XSD, so the opt-in `profile/element-order` is quiet too.
import { NPS_SERVER_NAMES_PLACEHOLDER, ROOT_CA_THUMBPRINT_PLACEHOLDER } from '../eap/placeholders';
import { eapTlsConfiguration, peapMschapv2Configuration, peapTlsConfiguration, type EapStops } from '../eap/snippets';
import { expandSnippet } from '../text/snippet';
import { DNS_DOMAIN_PLACEHOLDER, PLUGIN_PACKAGE_PLACEHOLDER, VPN_SERVER_PLACEHOLDER } from './placeholders';

export type ProfileTemplateId = 'device-tunnel' | 'user-peap-tls' | 'user-eap-tls' | 'user-peap-mschapv2' | 'plugin';

export interface ProfileTemplate {
  readonly id: ProfileTemplateId;
  /** The quick pick's label and the snippet's label. */
  readonly label: string;
  /** One line: what the profile is and when to choose it. */
  readonly detail: string;
  /** The document, in LSP snippet syntax (tab stops with their defaults). */
  readonly body: string;
}

const stop = (n: number, value: string): string => `\${${n}:${value}}`;
const CRYPTO_BINDING = '${5|false,true|}';

const SERVER = stop(1, VPN_SERVER_PLACEHOLDER);
const DOMAIN = stop(2, DNS_DOMAIN_PLACEHOLDER);

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** An Always On user tunnel around one EAP configuration (Microsoft's client deployment guide, with IKEv2). */
function userTunnel(eap: string): string {
  return [
    '<VPNProfile>',
    '  <RememberCredentials>true</RememberCredentials>',
    '  <AlwaysOn>true</AlwaysOn>',
    `  <DnsSuffix>${DOMAIN}</DnsSuffix>`,
    '  <!-- Always On does not connect on a network with this DNS suffix (the corporate network itself). -->',
    `  <TrustedNetworkDetection>${DOMAIN}</TrustedNetworkDetection>`,
    '  <!-- Names under the internal domain are resolved by these DNS servers while connected (example addresses). -->',
    '  <DomainNameInformation>',
    `    <DomainName>.${DOMAIN}</DomainName>`,
    `    <DnsServers>${stop(9, '10.0.0.10,10.0.0.11')}</DnsServers>`,
    '  </DomainNameInformation>',
    '  <NativeProfile>',
    `    <Servers>${SERVER}</Servers>`,
    '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>',
    '    <NativeProtocolType>IKEv2</NativeProtocolType>',
    '    <!-- No class-based route: only the routes below go through the VPN. -->',
    '    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>',
    '    <Authentication>',
    '      <UserMethod>Eap</UserMethod>',
    '      <Eap>',
    '        <Configuration>',
    indent(eap, '          '),
    '        </Configuration>',
    '      </Eap>',
    '    </Authentication>',
    '  </NativeProfile>',
    '  <!-- The internal networks reached through the VPN (example network). -->',
    '  <Route>',
    `    <Address>${stop(7, '10.0.0.0')}</Address>`,
    `    <PrefixSize>${stop(8, '8')}</PrefixSize>`,
    '  </Route>$0',
    '</VPNProfile>',
  ].join('\n');
}

const EAP_STOPS: EapStops = { serverNames: stop(3, NPS_SERVER_NAMES_PLACEHOLDER), rootCa: stop(4, ROOT_CA_THUMBPRINT_PLACEHOLDER) };

const DEVICE_TUNNEL = [
  '<VPNProfile>',
  '  <AlwaysOn>true</AlwaysOn>',
  '  <!-- Always On does not connect on a network with this DNS suffix (the corporate network itself). -->',
  `  <TrustedNetworkDetection>${DOMAIN}</TrustedNetworkDetection>`,
  '  <DeviceTunnel>true</DeviceTunnel>',
  "  <!-- Registers the tunnel's address in internal DNS, so that the device can be managed from inside. -->",
  '  <RegisterDNS>true</RegisterDNS>',
  '  <NativeProfile>',
  `    <Servers>${SERVER}</Servers>`,
  '    <!-- A device tunnel must be split tunnel and IKEv2; it authenticates with the machine certificate. -->',
  '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>',
  '    <NativeProtocolType>IKEv2</NativeProtocolType>',
  '    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>',
  '    <Authentication>',
  '      <MachineMethod>Certificate</MachineMethod>',
  '    </Authentication>',
  '  </NativeProfile>',
  '  <!-- Host routes to the servers a device needs before sign-in, such as domain controllers (example addresses). -->',
  '  <Route>',
  `    <Address>${stop(3, '10.0.0.10')}</Address>`,
  '    <PrefixSize>32</PrefixSize>',
  '  </Route>',
  '  <Route>',
  `    <Address>${stop(4, '10.0.0.11')}</Address>`,
  '    <PrefixSize>32</PrefixSize>',
  '  </Route>$0',
  '</VPNProfile>',
].join('\n');

const PLUGIN = [
  '<VPNProfile>',
  '  <RememberCredentials>true</RememberCredentials>',
  '  <AlwaysOn>true</AlwaysOn>',
  `  <DnsSuffix>${DOMAIN}</DnsSuffix>`,
  '  <!-- Always On does not connect on a network with this DNS suffix (the corporate network itself). -->',
  `  <TrustedNetworkDetection>${DOMAIN}</TrustedNetworkDetection>`,
  '  <PluginProfile>',
  `    <ServerUrlList>${SERVER}</ServerUrlList>`,
  "    <!-- The plug-in app's package family name: Get-AppxPackage shows it (PackageFamilyName). -->",
  `    <PluginPackageFamilyName>${stop(3, PLUGIN_PACKAGE_PLACEHOLDER)}</PluginPackageFamilyName>`,
  "    <!-- The plug-in's own settings, if it takes any, go in <CustomConfiguration>, in the format its vendor documents. -->",
  '  </PluginProfile>',
  '  <!-- Names under the internal domain are resolved by these DNS servers while connected (example addresses). -->',
  '  <DomainNameInformation>',
  `    <DomainName>.${DOMAIN}</DomainName>`,
  `    <DnsServers>${stop(5, '10.0.0.10,10.0.0.11')}</DnsServers>`,
  '  </DomainNameInformation>',
  '  <!-- The internal networks reached through the VPN (example network). -->',
  '  <Route>',
  `    <Address>${stop(6, '10.0.0.0')}</Address>`,
  `    <PrefixSize>${stop(7, '8')}</PrefixSize>`,
  '  </Route>$0',
  '</VPNProfile>',
].join('\n');

export const profileTemplates: readonly ProfileTemplate[] = [
  {
    id: 'device-tunnel',
    label: 'Device tunnel',
    detail: 'Always On before sign-in: IKEv2, machine certificate, split tunnel with host routes to domain controllers.',
    body: DEVICE_TUNNEL,
  },
  {
    id: 'user-peap-tls',
    label: 'User tunnel (PEAP-TLS)',
    detail: "Microsoft's Always On VPN user tunnel: IKEv2, user certificate inside PEAP, NPS validated by name and root CA.",
    body: userTunnel(peapTlsConfiguration({ ...EAP_STOPS, cryptoBinding: CRYPTO_BINDING })),
  },
  {
    id: 'user-eap-tls',
    label: 'User tunnel (EAP-TLS)',
    detail: 'IKEv2 with a user certificate (EAP-TLS), NPS validated by name and root CA.',
    body: userTunnel(eapTlsConfiguration(EAP_STOPS)),
  },
  {
    id: 'user-peap-mschapv2',
    label: 'User tunnel (PEAP-MSCHAPv2)',
    detail: 'IKEv2 with user name and password inside PEAP (no user certificate), NPS validated by name and root CA.',
    body: userTunnel(peapMschapv2Configuration({ ...EAP_STOPS, cryptoBinding: CRYPTO_BINDING, winLogonCredentials: '${6|true,false|}' })),
  },
  {
    id: 'plugin',
    label: 'Third-party plug-in',
    detail: "A VPN client app from the Microsoft Store (PluginProfile): its server list and package family name; the vendor's settings go in CustomConfiguration.",
    body: PLUGIN,
  },
];

/** The document a template opens as: every tab stop at its default. */
export function profileTemplateText(template: ProfileTemplate): string {
  return expandSnippet(template.body) + '\n';
}
