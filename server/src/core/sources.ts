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
  clientConnections: source(
    'microsoft',
    'Configure Windows client Always On VPN connections',
    `${LEARN}/windows-server/remote/remote-access/vpn/always-on-vpn/deploy/vpn-deploy-client-vpn-connections`,
  ),
  aovpnCertificates: source('microsoft', 'Tutorial: deploy Always On VPN – set up certificates', `${LEARN}/windows-server/remote/remote-access/vpn/always-on-vpn/deploy/tutorial-aovpn-certificates`),
  omaDmProfiles: source('microsoft', 'Create OMA-DM based VPNv2 profiles (conditional access)', `${LEARN}/windows-server/remote/remote-access/vpn/vpn-create-oma-dm-based-vpnv2-profiles`),
  ignoreNoRevocationCheck: source(
    'microsoft',
    'Configure EAP-TLS to ignore Certificate Revocation List (CRL) checking',
    `${LEARN}/windows-server/remote/remote-access/vpn/vpn-config-eap-tls-to-ignore-crl-checking`,
  ),
  troubleshootAovpn: source('microsoft', 'Troubleshoot Always On VPN', `${LEARN}/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn`),
  eapConfiguration: source('microsoft', 'EAP configuration', `${LEARN}/windows/client-management/mdm/eap-configuration`),
  eapHostSchema: source('microsoft', 'EapHostConfig schema', `${LEARN}/windows/win32/eaphost/eaphostconfigschema-eaphostconfig-element`),
  eapHost: source('microsoft', 'EAPHost (Win32)', `${LEARN}/windows/win32/eaphost/`),
  networkAccess: source(
    'microsoft',
    'Extensible Authentication Protocol (EAP) for network access',
    `${LEARN}/windows-server/networking/technologies/extensible-authentication-protocol/network-access`,
  ),
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
  // certificate rules
  eapTlsCertificateRequirements: source(
    'microsoft',
    'Certificate requirements when you use EAP-TLS or PEAP with EAP-TLS',
    `${LEARN}/troubleshoot/windows-server/networking/certificate-requirements-eap-tls-peap`,
  ),
  tlsServerAcceptAllPurposeCert: source('microsoft', 'TlsServerAcceptAllPurposeCert (EAPHost registry setting)', `${LEARN}/windows/win32/eaphost/tlsserveracceptallpurposecert`),
  eapTlsServerNames: source(
    'microsoft',
    'ServerNames element (EAP-TLS server validation parameters)',
    `${LEARN}/windows/win32/eaphost/eaptlsconnectionpropertiesv1schema-servernames-servervalidationparameters-element`,
  ),
  npsReasonCodes283: source('microsoft', 'NPS reason codes 283 through 303', `${LEARN}/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/dd197508(v=ws.10)`),
  cloudPkiKeySizes: source(
    'microsoft',
    'Microsoft Graph: cloudCertificationAuthorityCertificateKeySize (Cloud PKI for Intune key sizes)',
    `${LEARN}/graph/api/resources/intune-cloudpkigraphservice-cloudcertificationauthoritycertificatekeysize`,
  ),
  hicksError13806: source(
    'practitioner',
    'Richard Hicks, "Always On VPN Error 13806" (device certificate subject and EKU)',
    'https://directaccess.richardhicks.com/2021/12/20/always-on-vpn-error-13806',
  ),
  hicksIntermittent13801: source(
    'practitioner',
    'Richard Hicks, "Always On VPN Intermittent 13801 Error" (listed under the blog\'s IKE-credentials tag)',
    'https://directaccess.richardhicks.com/tag/ike-authentication-credentials-are-unacceptable/',
  ),
  // precision: ProfileXML and EAP (issue 10)
  eapAcceptServerName: source('microsoft', 'AcceptServerName element (EAP-TLS)', `${LEARN}/windows/win32/eaphost/eaptlsconnectionpropertiesv2schema-acceptservername-eaptype-element`),
  msPeapOverview: source('microsoft', '[MS-PEAP] Protected EAP protocol overview', `${LEARN}/openspecs/windows_protocols/ms-peap/fb84259e-73eb-41c8-a3c5-1f13e844b151`),
  rfc1918: source('standard', 'RFC 1918 §3 Private address space', 'https://www.rfc-editor.org/rfc/rfc1918#section-3'),
  vpnv2Csp2020: source(
    'microsoft',
    'VPNv2 CSP, 2020 edition of the page (Microsoft Docs repository)',
    'https://github.com/MicrosoftDocs/windows-itpro-docs/blob/0104c1e9f5c73b02036492ee28be95a09b7361ef/windows/client-management/mdm/vpnv2-csp.md',
  ),
  // certificate roles, revocation, strong mapping and Cloud PKI
  aovpnConditionalAccess: source('microsoft', 'Conditional access for VPN connectivity using Microsoft Entra ID', `${LEARN}/windows-server/remote/remote-access/how-to-aovpn-conditional-access`),
  npsCrlRegistry: source(
    'microsoft',
    'Configure Network Policy Server Certificate Revocation List registry settings',
    `${LEARN}/windows-server/networking/technologies/nps/network-policy-server-certificate-revocation-list-check-registry-settings`,
  ),
  kb5014754: source(
    'microsoft',
    'KB5014754: Certificate-based authentication changes on Windows domain controllers',
    'https://support.microsoft.com/topic/kb5014754-certificate-based-authentication-changes-on-windows-domain-controllers-ad2c23b0-15d8-4340-a468-4d4f3b188f16',
  ),
  askDsStrongMapping: source(
    'microsoft',
    'Ask the Directory Services Team: understanding and troubleshooting strong certificate name mapping',
    'https://techcommunity.microsoft.com/blog/askds/understanding-and-troubleshooting---strong-certificate-name-mapping-in-active-di/4451386',
  ),
  intuneScepStrongMapping: source(
    'microsoft',
    'Add partner certification authority in Intune using SCEP (strong mapping of Intune SCEP certificates)',
    `${LEARN}/mem/intune/protect/certificate-authority-add-scep-overview`,
  ),
  hicksFebruary2025: source(
    'practitioner',
    'Richard Hicks, "Always On VPN Authentication Failure After February 2025 Security Update" (listed under the blog\'s 853 tag)',
    'https://directaccess.richardhicks.com/tag/853/',
  ),
  cloudPkiOverview: source('microsoft', 'Microsoft Cloud PKI for Microsoft Intune (overview, features and limits)', `${LEARN}/mem/intune/protect/microsoft-cloud-pki-overview`),
  cloudPkiByoca: source('microsoft', 'Configure Microsoft Cloud PKI – bring your own CA (EKUs and key size of a Cloud PKI CA)', `${LEARN}/mem/intune/protect/microsoft-cloud-pki-configure-byoca`),
  // New Profile templates and their placeholders (issue 13)
  rfc2606: source('standard', 'RFC 2606 §3 Reserved example second-level domain names', 'https://www.rfc-editor.org/rfc/rfc2606#section-3'),
  // "will it apply?": characters, encodings and Windows versions
  unicodeSpecials: source('standard', 'The Unicode Standard, Specials block (U+FFF0–U+FFFF)', 'https://www.unicode.org/charts/PDF/UFFF0.pdf'),
  windows10Releases: source('microsoft', 'Windows 10 release information', `${LEARN}/windows/release-health/release-information`),
  windows11Releases: source('microsoft', 'Windows 11 release information', `${LEARN}/windows/release-health/windows11-release-information`),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** What each source is and what we take from it, in our own words (docs/sources.md). */
export const SOURCE_ABOUT: Readonly<Partial<Record<SourceId, string>>> = {
  netshAdvfirewall: 'The `netsh advfirewall` command reference: how Windows IPsec main-mode and quick-mode proposals pair integrity and encryption algorithms, including AES-GCM.',
  vpnClientRouting: 'An older Microsoft page on how a Windows VPN client adds routes when it connects, and why the VPN server itself stays reachable.',
  npsRadiusClient: 'The NPS cmdlet that configures RADIUS clients, including the requirement that requests carry the Message-Authenticator attribute.',
  rfc3579: 'The RADIUS extension for EAP: EAP packets carried in RADIUS must be protected by the Message-Authenticator attribute.',
  aovpnUserSample: "A practitioner's published user-tunnel ProfileXML template; its comments record field experience where Microsoft is silent.",
  aovpnDeviceSample: "A practitioner's published device-tunnel ProfileXML template; its comments record field experience where Microsoft is silent.",
  gpwlEapTls:
    "The Group Policy wireless/wired protocol specification's description of the EAP-TLS connection properties Windows stores, including what each server-validation and certificate-selection setting does.",
  eapTlsEkuListParams: 'The EAPHost schema type for EAP-TLS certificate filtering by extended key usage (EKU lists and their names).',
  napForEap: 'How EAP methods took part in Network Access Protection (NAP), the quarantine technology Windows no longer provides.',
  rasErrorCodes: "Microsoft's table of Routing and Remote Access error codes 600–956 and their meanings.",
  vpnv2Csp:
    "Microsoft's reference of the VPNv2 configuration service provider: every node of a VPN profile, its type, allowed values, default and minimum Windows version, the ProfileXML XSD and SyncML examples. The base of the ProfileXML catalogue.",
  vpnProfileOptions: "Microsoft's overview of the settings a Windows VPN profile offers (connection types, routing, triggering, traffic filters, proxy), with complete sample profiles.",
  vpnRouting: 'How Windows routes traffic for split and force tunnel profiles, including that force tunnel is the default when a profile gives no routes.',
  vpnSecurityFeatures: 'Windows VPN security features such as traffic filters and LockDown VPN, and how they restrict traffic.',
  vpnConditionalAccess: 'How VPN device compliance works with Microsoft Entra Conditional Access: the short-lived certificates, the DeviceCompliance settings and what NPS needs.',
  vpnAutoTrigger: 'The auto-triggered profile options: app triggers, name-based (NRPT) triggers, Always On and trusted network detection.',
  deviceTunnel: "Microsoft's guide to the device tunnel: IKEv2 with machine certificates, split tunnel only, for the servers a device needs before sign-in.",
  clientConnections:
    'The Always On VPN deployment step that builds the client profile: the ProfileXML settings, the EAP template, and the warning that `true` must be lowercase in `AlwaysOn` and `RememberCredentials`.',
  aovpnCertificates: 'The Always On VPN deployment step that sets up certificate templates: VPN server (Server Authentication and IP security IKE intermediate), NPS, user and device certificates.',
  omaDmProfiles: 'Building OMA-DM (VPNv2) profiles for Conditional Access: the EAP and DeviceCompliance settings for the Entra VPN certificate.',
  ignoreNoRevocationCheck: 'How to let NPS accept client certificates without a CRL Distribution Point (`IgnoreNoRevocationCheck`), which Conditional Access certificates need, and what it costs.',
  troubleshootAovpn: "Microsoft's troubleshooting guide for Always On VPN: common connection errors with their causes and fixes, and where the logs are.",
  eapConfiguration: 'How to build the EAP configuration XML of a VPN or Wi-Fi profile, with EAP-TLS certificate filtering (issuer, EKU, All Purpose / Any Purpose) explained element by element.',
  eapHostSchema: 'The EapHostConfig schema: the wrapper around every EAP method configuration, its elements and namespaces.',
  eapHost: "The EAPHost documentation: the configuration schemas of Microsoft's EAP methods (EAP-TLS, PEAP, EAP-MSCHAPv2) and the EAPHost registry settings.",
  networkAccess: "Windows Server's overview of EAP for network access: the methods, their properties and the server validation settings.",
  windows11Eap: 'What changed in EAP on Windows 11, including that 21H2 compared server names with the NPS certificate case-sensitively and 22H2 stopped doing so.',
  peapProperties: 'The protocol reference ([MS-GPWL]) for PEAP properties as Group Policy stores them: the meaning of each PEAP setting.',
  ipsecConfiguration: "The PowerShell cmdlet that sets a VPN connection's IPsec (IKEv2) cryptography, with the allowed ciphers, integrity checks and groups.",
  wipApi: 'The Windows Information Protection API, which the deprecated `EdpModeId` element belongs to.',
  sha1Enforcement: "Microsoft's enforcement of SHA-1 certificates: what Windows blocks (certificates chaining to the Microsoft Trusted Root Program) and what it still accepts.",
  rsaUnder1024: 'The 2012 update after which Windows refuses RSA keys shorter than 1024 bits.',
  blastRadius: 'The Blast-RADIUS vulnerability (CVE-2024-3596): forged RADIUS responses against MD5-based message integrity, and what is exposed.',
  xml: 'The W3C XML 1.0 recommendation: what well-formed XML is. Every `xml/` rule cites the part it enforces.',
  xmlNamespaces: 'The W3C Namespaces in XML recommendation: how `xmlns` declarations and prefixes work.',
  rfc5280BasicConstraints: 'RFC 5280 on the Basic Constraints extension: certificates that issue others carry cA=true.',
  rfc5280KeyUsage: 'RFC 5280 on the Key Usage extension: a key signs certificates only with keyCertSign.',
  pem: 'RFC 7468 on the textual (PEM) encoding of certificates and keys: the BEGIN and END lines and the base64 between them.',
  eapTlsCertificateRequirements:
    "Microsoft's requirements for certificates used with EAP-TLS and PEAP-TLS: Client Authentication and the user's UPN for client certificates, Server Authentication and a subject name for the NPS certificate.",
  tlsServerAcceptAllPurposeCert: 'The EAPHost registry value that decides whether clients accept an All Purpose server certificate during EAP-TLS (accepted unless it is 0).',
  eapTlsServerNames: 'The ServerNames element of EAP server validation: the NPS server names, separated by semicolons, that the server certificate must carry.',
  npsReasonCodes283: "Microsoft's list of NPS reason codes 283 through 303, among them the certificate reasons (no Client Authentication EKU, no valid UPN).",
  cloudPkiKeySizes:
    'The key types and sizes Microsoft Graph enumerates for Cloud PKI CAs: RSA 2048, 3072 and 4096, and elliptic curves P-256, P-256k, P-384 and P-521 (the admin center guides offer the RSA sizes only).',
  hicksError13806:
    "A practitioner's article (Richard Hicks) on IKEv2 error 13806: the device certificate needs Client Authentication and a subject naming the device's FQDN, and the chain must be trusted. Cited where Microsoft is silent.",
  hicksIntermittent13801:
    "A practitioner's article (Richard Hicks) on intermittent 13801 errors: with several Client Authentication certificates, Windows prefers one that also carries IP security IKE intermediate. Cited where Microsoft is silent.",
  // precision: ProfileXML and EAP (issue 10)
  eapAcceptServerName: 'The EAP-TLS AcceptServerName element: whether the NPS server name is validated against the names in ServerNames (PEAP has the same element in PeapExtensions).',
  msPeapOverview: 'The PEAP protocol overview: the outer TLS tunnel, built after the client validates the server certificate, protects the inner EAP method.',
  rfc1918: 'The private IPv4 address blocks (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16); everything else is public address space.',
  vpnv2Csp2020:
    'An earlier edition of Microsoft\'s VPNv2 CSP page (2020), kept in Microsoft\'s documentation repository: it still described the LockDown node, marked "./Device only profile" like DeviceTunnel, and listed the order in which `Automatic` tries protocols. The current page no longer has these passages.',
  // certificate roles, revocation, strong mapping and Cloud PKI
  aovpnConditionalAccess:
    "Microsoft's guide to Conditional Access for Always On VPN: Entra ID issues short-lived user certificates without a CRL, so NPS is set to `IgnoreNoRevocationCheck` and `NoRevocationCheck` under the EAP-TLS key.",
  npsCrlRegistry:
    'The NPS registry values that relax the revocation check of EAP-TLS client certificates (`IgnoreNoRevocationCheck`, `IgnoreRevocationOffline`, `NoRevocationCheck`, `NoRootRevocationCheck`) and what each one lets through.',
  kb5014754:
    'The domain controller changes for certificate-based authentication: strong mapping through the SID extension or explicit mappings, the KDC events 39, 40 and 41, and the enforcement timeline (full enforcement by default from February 2025, compatibility mode removed in September 2025).',
  askDsStrongMapping:
    "Microsoft's directory services support team on strong mapping: which certificates get the SID extension, what to use for certificates supplied in the request (SAN URL or explicit mapping), and the KDC versions that accept the SAN URL.",
  intuneScepStrongMapping:
    "Microsoft Intune's note that new and renewed Intune SCEP certificates carry the account SID in a SAN URL tag for strong mapping, for users and hybrid-joined devices synchronised from Active Directory.",
  hicksFebruary2025:
    "A practitioner's article (Richard Hicks) on Always On VPN user tunnels failing after the February 2025 domain controller updates: error 853, NPS reason 16 and KDC event 39. Cited where Microsoft is silent on VPN.",
  cloudPkiOverview:
    'Microsoft Cloud PKI for Intune: CAs hosted by Intune (root and issuing, or an issuing CA under your own root), their CRL and AIA endpoints hosted by Intune, RSA keys of 2048 to 4096 bits, SCEP issuance only.',
  cloudPkiByoca:
    'Creating a Cloud PKI issuing CA: the EKUs chosen at creation cannot be changed later, Any Purpose is not offered, and the CA key size caps the key size of the certificates it issues.',
  // New Profile templates and their placeholders (issue 13)
  rfc2606:
    'The second-level domains reserved for documentation and examples (`example.com`, `example.net`, `example.org`): nobody can register them, so no organisation’s VPN server, NPS server or internal domain carries such a name. The New Profile templates use them as placeholders for that reason.',
  // "will it apply?"
  unicodeSpecials: 'The Unicode chart of the Specials block: U+FFFD REPLACEMENT CHARACTER stands for a character that could not be decoded; U+FFFE and U+FFFF are not characters.',
  windows10Releases: "Microsoft's list of Windows 10 versions (1507 to 22H2) with their OS build numbers: how a version such as 22H2 maps to build 19045.",
  windows11Releases: "Microsoft's list of Windows 11 versions with their OS build numbers: how a version such as 23H2 maps to build 22631.",
};
