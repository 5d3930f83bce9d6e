// Completion snippets for the usual ProfileXML blocks (LSP snippet syntax). Values follow Microsoft's samples and the
// practitioner baselines of https://github.com/richardhicks/aovpn (ProfileXML_User.xml, ProfileXML_Device.xml).
// Every snippet passes our rules with its defaults; where each deployment has its own value the default is a
// placeholder of ./placeholders.ts, named by profile/template-placeholder until it is replaced.
// EAP-TLS / PEAP-TLS configuration snippets live with the EAP catalogue.

import type { Snippet } from '../catalogue/types';
import { ROOT_CA_THUMBPRINT_PLACEHOLDER } from '../eap/placeholders';
import { DNS_DOMAIN_PLACEHOLDER } from './placeholders';
import { profileTemplates } from './templates';

export const profileSnippets: readonly Snippet[] = [
  {
    label: 'Route',
    description: 'A network routed through the VPN (split tunnel).',
    parent: 'VPNProfile',
    body: '<Route>\n\t<Address>${1:10.0.0.0}</Address>\n\t<PrefixSize>${2:8}</PrefixSize>\n</Route>$0',
  },
  {
    label: 'Route (exclusion)',
    description: 'A network sent around the VPN over the physical interface (mainly with force tunnel).',
    parent: 'VPNProfile',
    body: '<Route>\n\t<Address>${1:203.0.113.0}</Address>\n\t<PrefixSize>${2:24}</PrefixSize>\n\t<ExclusionRoute>true</ExclusionRoute>\n</Route>$0',
  },
  {
    label: 'DomainNameInformation (NRPT rule)',
    description: 'Resolve a DNS namespace with internal DNS servers while connected; a leading dot covers the whole namespace.',
    parent: 'VPNProfile',
    body: '<DomainNameInformation>\n\t<DomainName>${1:.' + DNS_DOMAIN_PLACEHOLDER + '}</DomainName>\n\t<DnsServers>${2:10.0.0.10,10.0.0.11}</DnsServers>\n</DomainNameInformation>$0',
  },
  {
    label: 'TrafficFilter (protocol and ports)',
    description: 'Allow one protocol and port range to some networks. Once any traffic filter exists, all other VPN traffic is blocked.',
    parent: 'VPNProfile',
    body: '<TrafficFilter>\n\t<Protocol>${1|6,17|}</Protocol>\n\t<RemotePortRanges>${2:443}</RemotePortRanges>\n\t<RemoteAddressRanges>${3:10.0.0.0/8}</RemoteAddressRanges>\n</TrafficFilter>$0',
  },
  {
    label: 'TrafficFilter (app)',
    description: 'Allow one app (package family name, program path or SYSTEM) through the VPN. Once any traffic filter exists, all other VPN traffic is blocked.',
    parent: 'VPNProfile',
    body: '<TrafficFilter>\n\t<App>\n\t\t<Id>${1:C:\\\\Windows\\\\System32\\\\mstsc.exe}</Id>\n\t</App>\n\t<RemoteAddressRanges>${2:10.0.0.0/8}</RemoteAddressRanges>\n</TrafficFilter>$0',
  },
  {
    label: 'ProtocolList',
    description: 'Protocols to try in order (set NativeProtocolType to ProtocolList).',
    parent: 'NativeProfile',
    body: '<ProtocolList>\n\t<NativeProtocol>\n\t\t<Type>${1|Ikev2,Sstp|}</Type>\n\t</NativeProtocol>\n\t<NativeProtocol>\n\t\t<Type>${2|Sstp,Ikev2|}</Type>\n\t</NativeProtocol>\n\t<RetryTimeinHours>${3:168}</RetryTimeinHours>\n</ProtocolList>$0',
  },
  {
    label: 'CryptographySuite (practitioner baseline)',
    description: 'AES-GCM 128, SHA-256, DH group 14, PFS ECP256. The VPN server must use the same IKEv2 policy.',
    parent: 'NativeProfile',
    body: '<CryptographySuite>\n\t<AuthenticationTransformConstants>${1:GCMAES128}</AuthenticationTransformConstants>\n\t<CipherTransformConstants>${1:GCMAES128}</CipherTransformConstants>\n\t<PfsGroup>${2:ECP256}</PfsGroup>\n\t<DHGroup>${3:Group14}</DHGroup>\n\t<IntegrityCheckMethod>${4:SHA256}</IntegrityCheckMethod>\n\t<EncryptionMethod>${5:AES_GCM_128}</EncryptionMethod>\n</CryptographySuite>$0',
  },
  {
    label: 'DeviceCompliance (Entra Conditional Access)',
    description: 'Conditional Access with a separate on-premises certificate for Kerberos single sign-on.',
    parent: 'VPNProfile',
    body:
      '<DeviceCompliance>\n\t<Enabled>true</Enabled>\n\t<Sso>\n\t\t<Enabled>true</Enabled>\n\t\t<Eku>${1:1.3.6.1.5.5.7.3.2}</Eku>\n\t\t<IssuerHash>${2:' +
      ROOT_CA_THUMBPRINT_PLACEHOLDER.replace(/ /g, '') +
      '}</IssuerHash>\n\t</Sso>\n</DeviceCompliance>$0',
  },
  // The whole-profile snippets are the New Profile… templates themselves (one source of truth).
  ...profileTemplates.map((template) => ({ label: `${template.label} profile`, description: template.detail, parent: '', body: template.body })),
];
