// Every public source the product cites, in one place: rule documentation links, catalogue entries and code
// explanations point here, and docs/sources.md lists them. Microsoft documentation first; practitioners' articles
// where Microsoft is silent (marked `practitioner`); standards for XML and X.509 facts.

export type SourceKind = 'microsoft' | 'practitioner' | 'standard';

export interface Source {
  readonly url: string;
  readonly title: string;
  readonly kind: SourceKind;
}

function source(kind: SourceKind, title: string, url: string): Source {
  return { kind, title, url };
}

const LEARN = 'https://learn.microsoft.com';

export const SOURCES = {
  vpnv2Csp: source('microsoft', 'VPNv2 CSP', `${LEARN}/windows/client-management/mdm/vpnv2-csp`),
  vpnProfileOptions: source('microsoft', 'VPN profile options', `${LEARN}/windows/security/operating-system-security/network-security/vpn/vpn-profile-options`),
  vpnRouting: source('microsoft', 'VPN routing decisions', `${LEARN}/windows/security/operating-system-security/network-security/vpn/vpn-routing`),
  vpnSecurityFeatures: source('microsoft', 'VPN security features', `${LEARN}/windows/security/operating-system-security/network-security/vpn/vpn-security-features`),
  vpnConditionalAccess: source('microsoft', 'VPN and conditional access', `${LEARN}/windows/security/operating-system-security/network-security/vpn/vpn-conditional-access`),
  vpnAutoTrigger: source('microsoft', 'VPN auto-triggered profile options', `${LEARN}/windows/security/operating-system-security/network-security/vpn/vpn-auto-trigger-profile`),
  deviceTunnel: source('microsoft', 'Configure VPN device tunnels in Windows client', `${LEARN}/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config`),
  clientConnections: source('microsoft', 'Configure Windows client Always On VPN connections', `${LEARN}/windows-server/remote/remote-access/vpn/always-on-vpn/deploy/vpn-deploy-client-vpn-connections`),
  aovpnCertificates: source('microsoft', 'Tutorial: deploy Always On VPN – set up certificates', `${LEARN}/windows-server/remote/remote-access/vpn/always-on-vpn/deploy/tutorial-aovpn-certificates`),
  omaDmProfiles: source('microsoft', 'Create OMA-DM based VPNv2 profiles (conditional access)', `${LEARN}/windows-server/remote/remote-access/vpn/vpn-create-oma-dm-based-vpnv2-profiles`),
  ignoreNoRevocationCheck: source('microsoft', 'Configure EAP-TLS to ignore Certificate Revocation List (CRL) checking', `${LEARN}/windows-server/remote/remote-access/vpn/vpn-config-eap-tls-to-ignore-crl-checking`),
  troubleshootAovpn: source('microsoft', 'Troubleshoot Always On VPN', `${LEARN}/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn`),
  eapConfiguration: source('microsoft', 'EAP configuration', `${LEARN}/windows/client-management/mdm/eap-configuration`),
  eapHostSchema: source('microsoft', 'EapHostConfig schema', `${LEARN}/windows/win32/eaphost/eaphostconfigschema-eaphostconfig-element`),
  eapHost: source('microsoft', 'EAPHost (Win32)', `${LEARN}/windows/win32/eaphost/`),
  networkAccess: source('microsoft', 'Extensible Authentication Protocol (EAP) for network access', `${LEARN}/windows-server/networking/technologies/extensible-authentication-protocol/network-access`),
  windows11Eap: source('microsoft', "EAP: what's changed in Windows 11", `${LEARN}/windows-server/networking/technologies/extensible-authentication-protocol/windows-11-changes`),
  peapProperties: source('microsoft', '[MS-GPWL] PEAP properties', `${LEARN}/openspecs/windows_protocols/ms-gpwl/c255c951-5e31-4a8d-b7c0-0b78a71da125`),
  ipsecConfiguration: source('microsoft', 'Set-VpnConnectionIPsecConfiguration', `${LEARN}/powershell/module/vpnclient/set-vpnconnectionipsecconfiguration`),
  wipApi: source('microsoft', 'Windows Information Protection API', `${LEARN}/windows/win32/devnotes/windows-information-protection-api`),
  sha1Enforcement: source('microsoft', 'Windows enforcement of SHA1 certificates', 'https://social.technet.microsoft.com/wiki/contents/articles/32288.windows-enforcement-of-sha1-certificates.aspx'),
  rsaUnder1024: source('microsoft', 'RSA keys under 1024 bits are blocked', `${LEARN}/archive/blogs/pki/rsa-keys-under-1024-bits-are-blocked`),
  blastRadius: source('standard', 'CVE-2024-3596 (Blast-RADIUS)', 'https://www.cve.org/CVERecord?id=CVE-2024-3596'),
  xml: source('standard', 'Extensible Markup Language (XML) 1.0', 'https://www.w3.org/TR/xml/'),
  xmlNamespaces: source('standard', 'Namespaces in XML 1.0', 'https://www.w3.org/TR/xml-names/'),
  rfc5280BasicConstraints: source('standard', 'RFC 5280 §4.2.1.9 Basic Constraints', 'https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9'),
  rfc5280KeyUsage: source('standard', 'RFC 5280 §4.2.1.3 Key Usage', 'https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3'),
  pem: source('standard', 'RFC 7468 Textual encodings of PKIX structures', 'https://www.rfc-editor.org/rfc/rfc7468'),
  // profile rules
  netshAdvfirewall: source('microsoft', 'netsh advfirewall (IPsec quick-mode proposals)', `${LEARN}/windows-server/administration/windows-commands/netsh-advfirewall`),
  vpnClientRouting: source('microsoft', 'Configure routing on a VPN client (Windows Server 2008 R2)', `${LEARN}/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ff687859(v=ws.10)`),
  npsRadiusClient: source('microsoft', 'Set-NpsRadiusClient', `${LEARN}/powershell/module/nps/set-npsradiusclient`),
  rfc3579: source('standard', 'RFC 3579 RADIUS support for EAP', 'https://www.rfc-editor.org/rfc/rfc3579'),
  aovpnUserSample: source('practitioner', "Richard Hicks' sample user-tunnel ProfileXML (comments)", 'https://github.com/richardhicks/aovpn/blob/master/ProfileXML_User.xml'),
  aovpnDeviceSample: source('practitioner', "Richard Hicks' sample device-tunnel ProfileXML (comments)", 'https://github.com/richardhicks/aovpn/blob/master/ProfileXML_Device.xml'),
  // EAP rules
  gpwlEapTls: source('microsoft', '[MS-GPWL] 2.2.3.2.5 EapTlsConnectionProperties', `${LEARN}/openspecs/windows_protocols/ms-gpwl/65f4406e-8d35-4542-a5ed-4d3e7f9862a7`),
  eapTlsEkuListParams: source('microsoft', 'EKUListParams complex type (EAP-TLS certificate filtering)', `${LEARN}/windows/win32/eaphost/eaptlsconnectionpropertiesv3schema-ekulistparams-complextype`),
  napForEap: source('microsoft', 'Implementing NAP for EAP methods', `${LEARN}/windows/win32/eaphost/implementing-nap-for-eap-methods`),
  rasErrorCodes: source('microsoft', 'Routing and Remote Access error codes', `${LEARN}/windows/win32/rras/routing-and-remote-access-error-codes`),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
