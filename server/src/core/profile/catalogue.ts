// The ProfileXML (VPNv2 CSP) element tree: every element of the published XSD in XSD order, plus the elements
// Windows accepts that the XSD lacks (inPublishedXsd: false).
//
// Sources:
// - XSD: https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#profilexml-xsd-schema
// - Node facts (min. Windows, defaults, ranges, allowed values): the auto-generated VPNv2 CSP page
//   https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp (ms.date 01/14/2025, DDF-sourced)
// - Behaviour: vpn-profile-options, vpn-routing, vpn-security-features, vpn-auto-trigger-profile,
//   vpn-conditional-access, vpn-connection-type (windows/security/…/network-security/vpn/),
//   vpn-device-tunnel-config (Windows Server docs)
// - Practitioner notes [PR]: the comments of Richard Hicks' sample profiles,
//   https://github.com/richardhicks/aovpn (ProfileXML_User.xml, ProfileXML_Device.xml).
import { buildCatalogue } from '../catalogue/catalogue';
import type { ChildSpec, ElementSpec, EnumValue, PractitionerVersion, ValueSpec } from '../catalogue/types';
import { SOURCES } from '../sources';

const CSP_PAGE = 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp';
const XSD_ANCHOR = `${CSP_PAGE}#profilexml-xsd-schema`;

export const WINDOWS = {
  v1511: 'Windows 10 1511 (10.0.10586)',
  v1607: 'Windows 10 1607 (10.0.14393)',
  v1709: 'Windows 10 1709 (10.0.16299)',
  v2004: 'Windows 10 2004 (10.0.19041)',
  build19628: 'Windows build 10.0.19628',
  build20207: 'Windows build 10.0.20207',
  win11: 'Windows 11 21H2 (10.0.22000)',
  win11v22H2: 'Windows 11 22H2 (10.0.22621)',
  win11v24H2: 'Windows 11 24H2 (10.0.26100)',
} as const;

/** Minimum versions from the comments of Richard Hicks' sample profiles, where they differ from the CSP's. */
const REPORTED_22H2: PractitionerVersion = { version: WINDOWS.win11v22H2, source: SOURCES.aovpnUserSample.url };
const REPORTED_24H2: PractitionerVersion = { version: WINDOWS.win11v24H2, source: SOURCES.aovpnUserSample.url };

/**
 * Practitioners mark these elements as working in ProfileXML only from Windows 11 24H2 (comments in
 * https://github.com/richardhicks/aovpn/blob/master/ProfileXML_User.xml and ProfileXML_Device.xml).
 */
const PR_24H2 =
  "\n\n**Version note:** the CSP documentation lists Windows 11 21H2 (10.0.22000), but practitioners (Richard Hicks' published sample profiles) report that Windows honours this element in ProfileXML only from **Windows 11 24H2**. Test on your oldest Windows build.";

type Scope = 'both' | 'device' | 'user';

/** CSP node path and the anchor of its section on the VPNv2 CSP page. */
function csp(path: string, scope: Scope = 'both'): { cspPath: string; docUrl: string } {
  const root = scope === 'device' ? './Device/Vendor/MSFT/VPNv2/{ProfileName}' : scope === 'user' ? './User/Vendor/MSFT/VPNv2/{ProfileName}' : './Vendor/MSFT/VPNv2/{ProfileName}';
  const anchor = `${scope === 'user' ? 'user' : 'device'}profilename${path.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
  return { cspPath: path ? `${root}/${path}` : root, docUrl: `${CSP_PAGE}#${anchor}` };
}

/** Elements with no CSP node of their own: they exist only inside ProfileXML. */
function profileXmlOnly(): { cspPath: string; docUrl: string } {
  return { cspPath: './Vendor/MSFT/VPNv2/{ProfileName}/ProfileXML', docUrl: XSD_ANCHOR };
}

const one = (spec: ElementSpec): ChildSpec => ({ spec, min: 1, max: 1 });
const optional = (spec: ElementSpec): ChildSpec => ({ spec, min: 0, max: 1 });
const many = (spec: ElementSpec, max = Infinity): ChildSpec => ({ spec, min: 0, max });

const BOOLEAN: ValueSpec = { kind: 'boolean' };
const text = (format: Extract<ValueSpec, { kind: 'string' }>['format'] = 'text'): ValueSpec => ({ kind: 'string', format });

// ---- enumerations -------------------------------------------------------------------------------

const ROUTING_POLICY: readonly EnumValue[] = [
  { value: 'SplitTunnel', summary: 'Only traffic for the configured routes (and the class-based route unless disabled) uses the VPN; everything else uses the local network.' },
  { value: 'ForceTunnel', summary: 'All IP traffic goes through the VPN: Windows adds IPv4 and IPv6 default routes on the VPN interface.' },
];

const TRAFFIC_FILTER_ROUTING: readonly EnumValue[] = [
  { value: 'SplitTunnel', summary: "Traffic of this rule's app goes through the VPN only where the routing table sends it there." },
  { value: 'ForceTunnel', summary: "All traffic of this rule's app must use the VPN interface." },
];

const NATIVE_PROTOCOLS: readonly EnumValue[] = [
  { value: 'PPTP', summary: 'Point-to-Point Tunneling Protocol (legacy). Microsoft documents Always On VPN user tunnels with IKEv2 and SSTP only.' },
  { value: 'L2TP', summary: 'L2TP over IPsec; a pre-shared key goes in `L2tpPsk`.' },
  { value: 'IKEv2', spellings: ['Ikev2'], summary: 'IKEv2 (IPsec). Required for a device tunnel and for LockDown; machine certificate authentication works only with IKEv2.' },
  {
    value: 'Automatic',
    summary:
      "Windows tries the built-in protocols in turn until one connects. Microsoft's VPN connection types page says from the most secure to the least secure; the 2020 edition of the VPNv2 CSP page gave the order SSTP, IKEv2, PPTP, L2TP, which is what practitioners observe (SSTP before IKEv2).",
  },
  {
    value: 'SSTP',
    spellings: ['Sstp'],
    summary: 'Secure Socket Tunneling Protocol (TLS over TCP 443): passes most firewalls; user tunnel only.',
    // The CSP documentation gives no version for this value.
    practitionerMinWindows: { version: WINDOWS.win11, source: SOURCES.aovpnUserSample.url },
  },
  { value: 'ProtocolList', summary: 'Use the protocols listed in `<ProtocolList>`, in order of preference.', minWindows: WINDOWS.build20207 },
];

const PROTOCOL_LIST_TYPES: readonly EnumValue[] = [
  { value: 'Pptp', summary: 'PPTP (legacy).' },
  { value: 'L2tp', summary: 'L2TP over IPsec.' },
  { value: 'Ikev2', summary: 'IKEv2 (IPsec).' },
  { value: 'Sstp', summary: 'SSTP (TLS over TCP 443).' },
];

const USER_METHODS: readonly EnumValue[] = [
  { value: 'EAP', spellings: ['Eap'], summary: 'EAP authentication configured by the `<Eap><Configuration>` block (EAP-TLS, PEAP…). The method Always On VPN uses.' },
  {
    value: 'MSChapv2',
    summary: 'Plain MS-CHAPv2 password authentication (not EAP). Not supported with IKEv2, and exposed to Blast-RADIUS (CVE-2024-3596) when the VPN server relays it over RADIUS.',
    weak: 'MS-CHAPv2 without EAP relies on RADIUS integrity that Blast-RADIUS (CVE-2024-3596) breaks.',
  },
];

const MACHINE_METHODS: readonly EnumValue[] = [
  { value: 'Certificate', summary: 'IKEv2 machine-certificate authentication: the only value the CSP documents, and the one a device tunnel needs.' },
  {
    value: 'EAP',
    spellings: ['Eap'],
    summary:
      'Not in the CSP documentation, but used by Microsoft and practitioner user-tunnel samples next to `<UserMethod>Eap</UserMethod>`; practitioners report Intune deployments to Windows 11 need it.',
  },
  { value: 'PresharedKey', summary: "Listed only in a comment of Microsoft's SyncML example; not in the CSP's allowed values." },
];

const AUTH_TRANSFORMS: readonly EnumValue[] = [
  { value: 'MD596', summary: 'HMAC-MD5-96.', terms: ['md', '5', '96'], weak: 'MD5-based integrity is obsolete; Microsoft keeps MD5 for backward compatibility only (netsh advfirewall reference).' },
  { value: 'SHA196', summary: 'HMAC-SHA1-96.', terms: ['sha', '1', '96'], weak: "SHA-1 based integrity is below today's baselines; use SHA256128 or a GCM transform." },
  { value: 'SHA256128', summary: 'HMAC-SHA256-128.', terms: ['sha', '256'] },
  { value: 'GCMAES128', summary: 'AES-GCM with a 128-bit key (integrity and encryption together); pair it with the same GCM cipher transform.', terms: ['aes', 'gcm', '128'] },
  { value: 'GCMAES192', summary: 'AES-GCM with a 192-bit key; pair it with the same GCM cipher transform.', terms: ['aes', 'gcm', '192'] },
  { value: 'GCMAES256', summary: 'AES-GCM with a 256-bit key; pair it with the same GCM cipher transform.', terms: ['aes', 'gcm', '256'] },
];

const CIPHER_TRANSFORMS: readonly EnumValue[] = [
  { value: 'DES', summary: 'Single DES (56-bit key).', terms: ['des'], weak: 'DES has a 56-bit key and is broken; Microsoft keeps it for backward compatibility only (netsh advfirewall reference).' },
  { value: 'DES3', summary: 'Triple DES.', terms: ['des', '3', 'triple'], weak: 'Triple DES is a legacy cipher (64-bit blocks); use AES.' },
  { value: 'AES128', summary: 'AES-CBC with a 128-bit key.', terms: ['aes', 'cbc', '128'] },
  { value: 'AES192', summary: 'AES-CBC with a 192-bit key.', terms: ['aes', 'cbc', '192'] },
  { value: 'AES256', summary: 'AES-CBC with a 256-bit key.', terms: ['aes', 'cbc', '256'] },
  { value: 'GCMAES128', summary: 'AES-GCM with a 128-bit key; pair it with the same GCM authentication transform.', terms: ['aes', 'gcm', '128'] },
  { value: 'GCMAES192', summary: 'AES-GCM with a 192-bit key; pair it with the same GCM authentication transform.', terms: ['aes', 'gcm', '192'] },
  { value: 'GCMAES256', summary: 'AES-GCM with a 256-bit key; pair it with the same GCM authentication transform.', terms: ['aes', 'gcm', '256'] },
];

const ENCRYPTION_METHODS: readonly EnumValue[] = [
  {
    value: 'DES',
    summary: 'Single DES (56-bit key) for the IKE channel.',
    terms: ['des'],
    weak: 'DES has a 56-bit key and is broken; Microsoft keeps it for backward compatibility only (netsh advfirewall reference).',
  },
  {
    value: 'DES3',
    summary: 'Triple DES for the IKE channel.',
    terms: ['des', '3', 'triple'],
    weak: 'Triple DES is a legacy cipher (64-bit blocks), and practitioners observe Windows negotiating it for IKEv2 without a custom policy; use AES.',
  },
  { value: 'AES128', summary: 'AES with a 128-bit key.', terms: ['aes', '128'] },
  { value: 'AES192', summary: 'AES with a 192-bit key.', terms: ['aes', '192'] },
  { value: 'AES256', summary: 'AES with a 256-bit key.', terms: ['aes', '256'] },
  { value: 'AES_GCM_128', summary: 'AES-GCM with a 128-bit key.', terms: ['aes', 'gcm', '128'] },
  { value: 'AES_GCM_256', summary: 'AES-GCM with a 256-bit key.', terms: ['aes', 'gcm', '256'] },
];

const INTEGRITY_METHODS: readonly EnumValue[] = [
  { value: 'MD5', summary: 'MD5.', terms: ['md', '5'], weak: 'MD5 is obsolete; Microsoft keeps it for backward compatibility only (netsh advfirewall reference).' },
  { value: 'SHA196', summary: 'SHA-1.', terms: ['sha', '1', '96'], weak: 'SHA-1 is weak, and practitioners observe Windows negotiating it for IKEv2 without a custom policy; use SHA256 or SHA384.' },
  { value: 'SHA256', summary: 'SHA-256.', terms: ['sha', '256'] },
  { value: 'SHA384', summary: 'SHA-384.', terms: ['sha', '384'] },
];

const DH_GROUPS: readonly EnumValue[] = [
  { value: 'None', summary: 'No Diffie-Hellman group.' },
  {
    value: 'Group1',
    summary: 'Diffie-Hellman group 1 (768-bit MODP).',
    terms: ['group', 'dh', 'modp', '1', '768'],
    weak: 'Group 1 (768-bit) is far too small; Microsoft keeps it for backward compatibility only (netsh advfirewall reference).',
  },
  {
    value: 'Group2',
    summary: 'Diffie-Hellman group 2 (1024-bit MODP).',
    terms: ['group', 'dh', 'modp', '2', '1024'],
    weak: "Group 2 (1024-bit) is below today's 2048-bit minimum, and practitioners observe Windows negotiating it for IKEv2 without a custom policy.",
  },
  { value: 'Group14', summary: 'Diffie-Hellman group 14 (2048-bit MODP): the usual minimum.', terms: ['group', 'dh', 'modp', '14', '2048'] },
  { value: 'ECP256', summary: 'Elliptic-curve group 19 (NIST P-256).', terms: ['ecp', 'ecdh', 'group', 'dh', '19', '256'] },
  { value: 'ECP384', summary: 'Elliptic-curve group 20 (NIST P-384).', terms: ['ecp', 'ecdh', 'group', 'dh', '20', '384'] },
  { value: 'Group24', summary: 'Diffie-Hellman group 24 (2048-bit MODP with a 256-bit prime-order subgroup).', terms: ['group', 'dh', 'modp', '24', '2048'] },
];

const PFS_GROUPS: readonly EnumValue[] = [
  { value: 'None', summary: 'No perfect forward secrecy for the IPsec (child) security associations.' },
  { value: 'PFS1', summary: 'PFS with Diffie-Hellman group 1 (768-bit).', terms: ['pfs', 'group', 'dh', '1', '768'], weak: 'PFS1 uses the 768-bit group 1, which is far too small.' },
  { value: 'PFS2', summary: 'PFS with Diffie-Hellman group 2 (1024-bit).', terms: ['pfs', 'group', 'dh', '2', '1024'], weak: "PFS2 uses the 1024-bit group 2, below today's 2048-bit minimum." },
  { value: 'PFS2048', summary: 'PFS with a 2048-bit MODP group.', terms: ['pfs', 'group', 'dh', 'modp', '2048'] },
  { value: 'ECP256', summary: 'PFS with elliptic-curve group 19 (P-256).', terms: ['pfs', 'ecp', 'ecdh', 'group', 'dh', '19', '256'] },
  { value: 'ECP384', summary: 'PFS with elliptic-curve group 20 (P-384).', terms: ['pfs', 'ecp', 'ecdh', 'group', 'dh', '20', '384'] },
  { value: 'PFSMM', summary: 'PFS with the same group as the main (IKE) exchange.', terms: ['pfs', 'mm'] },
  { value: 'PFS24', summary: 'PFS with Diffie-Hellman group 24.', terms: ['pfs', 'group', 'dh', '24', '2048'] },
];

const DATA_ENCRYPTION: readonly EnumValue[] = [
  { value: 'None', summary: 'Encryption of the PPP data is not required.', weak: 'The connection may carry data without encryption.' },
  { value: 'Require', summary: 'Encryption is required (default).' },
  { value: 'Max', summary: 'The strongest encryption is required.' },
  { value: 'Optional', summary: 'Encrypt when the server agrees, otherwise connect without encryption.', weak: 'The connection may fall back to carrying data without encryption.' },
];

const DIRECTIONS: readonly EnumValue[] = [
  { value: 'Outbound', summary: 'The rule allows traffic sent to matching destinations (default).' },
  { value: 'Inbound', summary: 'The rule allows traffic arriving from matching sources, for example manage-out connections.' },
];

// ---- top-level elements -------------------------------------------------------------------------

const profileName: ElementSpec = {
  name: 'ProfileName',
  summary: 'A name for the VPN profile inside the XML.',
  details:
    'Optional. The name Windows shows for the connection comes from the `{ProfileName}` segment of the OMA-URI (or the WMI `InstanceID`); that name must not contain `/`, and spaces or other special characters must be URL-encoded there (for example `%20`).',
  value: text(),
  ...profileXmlOnly(),
};

const edpModeId: ElementSpec = {
  name: 'EdpModeId',
  summary: 'Enterprise ID linking the profile to a Windows Information Protection (WIP) policy.',
  details:
    "When set, Windows checks the app's enterprise ID to decide whether its traffic may use the VPN, and an active profile with this ID connects automatically. Microsoft recommends only one such profile per device.\n\nWindows Information Protection has been deprecated since July 2022; do not build new deployments on it.",
  value: text(),
  minWindows: WINDOWS.v1511,
  ...csp('EdpModeId'),
};

const rememberCredentials: ElementSpec = {
  name: 'RememberCredentials',
  summary: 'Whether Windows caches the credentials used to connect.',
  details:
    '`true` caches the credentials whenever possible; `false` (default) does not.\n\n**Pitfall:** Microsoft documents that this element must be exactly lowercase `true`; `True` or `TRUE` leaves the VPN profile only partly configured.',
  value: { kind: 'boolean', strictLowercaseTrue: true },
  defaultValue: 'false',
  minWindows: WINDOWS.v1511,
  ...csp('RememberCredentials'),
};

const alwaysOn: ElementSpec = {
  name: 'AlwaysOn',
  summary: 'Connect automatically and keep the VPN connected.',
  details:
    'With `true`, Windows connects the active profile at sign-in, on network changes and when the screen turns on, and keeps it connected until the user disconnects. Use `<TrustedNetworkDetection>` so that it does not connect on the corporate network.\n\nOnly one profile per device acts on the Always On triggers (by default the first one configured by MDM); on shared devices this means only one user.\n\nIf the user unticks "Connect automatically", Windows records the profile name in `AutoTriggerDisabledProfilesList` (`HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Config`) and keeps it unticked when the profile is re-deployed.\n\n**Pitfall:** Microsoft documents that this element must be exactly lowercase `true`; `True` or `TRUE` leaves the VPN profile only partly configured.',
  value: { kind: 'boolean', strictLowercaseTrue: true },
  defaultValue: 'false',
  minWindows: WINDOWS.v1511,
  ...csp('AlwaysOn'),
};

const alwaysOnActive: ElementSpec = {
  name: 'AlwaysOnActive',
  summary: 'Whether "Connect automatically" starts ticked when the profile is created.',
  details: 'Defaults to on when `AlwaysOn` is `true`. The CSP documents the values `1` (activated on provisioning, default) and `0` (inactive). Not in the published XSD, but part of the CSP.',
  value: BOOLEAN,
  defaultValue: '1',
  minWindows: WINDOWS.v1511,
  inPublishedXsd: false,
  ...csp('AlwaysOnActive'),
};

const dnsSuffix: ElementSpec = {
  name: 'DnsSuffix',
  summary: 'Comma-separated DNS suffixes for the VPN interface.',
  details:
    'The first suffix becomes the connection-specific (primary) DNS suffix of the VPN interface; all of them are added to the suffix search list. Write them without spaces: `corp.example.net,example.net`.',
  value: text('dnsSuffixList'),
  minWindows: WINDOWS.v1511,
  ...csp('DnsSuffix'),
};

const trustedNetworkDetection: ElementSpec = {
  name: 'TrustedNetworkDetection',
  summary: 'Comma-separated DNS suffixes of networks on which the VPN must not connect automatically.',
  details:
    "Windows compares the network name of the physical connection with these suffixes; when one matches and the network is private or provisioned by MDM, automatic connections (Always On, app and name triggers) are not started. Use the DNS suffix of the corporate network's connection.",
  value: text('dnsSuffixList'),
  minWindows: WINDOWS.v1511,
  ...csp('TrustedNetworkDetection'),
};

const disableAdvancedOptionsEditButton: ElementSpec = {
  name: 'DisableAdvancedOptionsEditButton',
  summary: "Hide the edit functions on the connection's Advanced options page.",
  details:
    'With `true`, users can only view the advanced options and clear sign-in info.\n\n**Version note:** the CSP lists Windows 11 21H2 (10.0.22000); practitioners report the setting takes effect from Windows 11 22H2.',
  value: BOOLEAN,
  minWindows: WINDOWS.win11,
  practitionerMinWindows: REPORTED_22H2,
  ...csp('DisableAdvancedOptionsEditButton'),
};

const disableDisconnectButton: ElementSpec = {
  name: 'DisableDisconnectButton',
  summary: 'Hide the Disconnect button of the connected profile.',
  details:
    'With `true`, users cannot disconnect from the Settings UI.\n\n**Version note:** the CSP lists Windows 11 21H2 (10.0.22000); practitioners report the setting takes effect from Windows 11 22H2.',
  value: BOOLEAN,
  minWindows: WINDOWS.win11,
  practitionerMinWindows: REPORTED_22H2,
  ...csp('DisableDisconnectButton'),
};

const lockDown: ElementSpec = {
  name: 'LockDown',
  summary: 'Make this a LockDown profile: the device may only send traffic through this VPN.',
  details:
    'A LockDown profile:\n- stays connected (the system keeps reconnecting it) and cannot be disconnected, changed or deleted by the user;\n- is force tunnelled;\n- blocks outbound traffic whenever the VPN is not connected;\n- is the only LockDown profile allowed on the device.\n\nWith the built-in client LockDown works only with IKEv2. Deploy with care: a device that cannot connect has no network at all.\n\nDeploy it to the device (`./Device/Vendor/MSFT/VPNv2/…`): Microsoft\'s VPNv2 CSP page documented LockDown as a device-only setting ("./Device only profile"). The current CSP reference lists no LockDown node of its own; it is set through ProfileXML.',
  value: BOOLEAN,
  defaultValue: 'false',
  ...profileXmlOnly(),
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-security-features#lockdown-vpn',
};

const deviceTunnel: ElementSpec = {
  name: 'DeviceTunnel',
  summary: 'Make this a device tunnel: it connects before any user signs in.',
  details:
    'A device tunnel profile:\n- is always on automatically and needs no signed-in user;\n- must be deployed to the device (`./Device/...`, in the SYSTEM context) — the node does not exist for users;\n- is the only device tunnel on the machine: delete the existing one before adding another;\n- works only on domain-joined Windows Enterprise or Education, version 1709 or later, with no third-party plug-in.\n\nRequirements: IKEv2 only (no SSTP fallback), machine certificate authentication (`<MachineMethod>Certificate</MachineMethod>`, no user method or EAP), and split tunnelling. The VPN server must allow IKEv2 machine certificate authentication.\n\nIf a user tunnel is also deployed, put NRPT rules (`DomainNameInformation`) only on the user tunnel. Traffic filters on a device tunnel block inbound (manage-out) traffic.',
  value: BOOLEAN,
  defaultValue: 'false',
  minWindows: WINDOWS.v1709,
  ...csp('DeviceTunnel', 'device'),
};

const registerDns: ElementSpec = {
  name: 'RegisterDNS',
  summary: "Register the VPN interface's IP address in internal DNS.",
  details:
    'Needed for manage-out scenarios (reaching the client by name). Practitioners recommend enabling it on only one tunnel when both a device and a user tunnel are deployed — preferably the device tunnel.',
  value: BOOLEAN,
  defaultValue: 'false',
  minWindows: WINDOWS.v1709,
  ...csp('RegisterDNS'),
};

const byPassForLocal: ElementSpec = {
  name: 'ByPassForLocal',
  summary: 'Meant to let traffic for the local subnet bypass the VPN.',
  details: 'The current VPNv2 CSP documentation describes this node as **not supported**, so do not rely on it.',
  value: BOOLEAN,
  minWindows: WINDOWS.v1511,
  ...csp('ByPassForLocal'),
};

const requireVpnClientAppUI: ElementSpec = {
  name: 'RequireVpnClientAppUI',
  summary: 'Show an app-container profile in the Settings UI.',
  details:
    'Only relevant to profiles an app adds with `VpnManagementAgent.AddProfileFromXmlAsync` (AppContainer profiles); `true` shows the profile in Settings, `false` hides it. The node exists for user profiles only.',
  value: BOOLEAN,
  minWindows: WINDOWS.build19628,
  ...csp('RequireVpnClientAppUI', 'user'),
};

// Proxy
const proxyServer: ElementSpec = {
  name: 'Server',
  summary: 'Proxy server as `host:port`, for example `proxy.example.com:8080`.',
  value: text('hostPort'),
  minWindows: WINDOWS.v1511,
  ...csp('Proxy/Manual/Server'),
};

const proxy: ElementSpec = {
  name: 'Proxy',
  summary: 'Proxy settings applied while this VPN is connected.',
  details:
    '**Only used with force tunnelling:** on split-tunnel connections Windows keeps using the general proxy settings and ignores these. Configure either a PAC URL (`AutoConfigUrl`) or a manual server; practitioners advise using one method only.',
  children: [
    optional({ name: 'AutoConfigUrl', summary: 'URL of a proxy auto-configuration (PAC) script.', value: text('url'), minWindows: WINDOWS.v1511, ...csp('Proxy/AutoConfigUrl') }),
    optional({ name: 'Manual', summary: 'A fixed proxy server.', children: [one(proxyServer)], minWindows: WINDOWS.v1511, ...csp('Proxy/Manual') }),
  ],
  minWindows: WINDOWS.v1511,
  ...csp('Proxy'),
};

// APNBinding (reserved)
const apnChild = (name: string, summary: string, value: ValueSpec = text()): ChildSpec =>
  optional({ name, summary, details: 'Reserved for future use by Microsoft; Windows does not act on it.', value, minWindows: WINDOWS.v1511, ...csp(`APNBinding/${name}`) });

const apnBinding: ElementSpec = {
  name: 'APNBinding',
  summary: 'Cellular access point binding (reserved for future use).',
  details: 'The CSP documents the whole `APNBinding` node as reserved for future use; Windows does not act on it.',
  children: [
    apnChild('ProviderId', 'Cellular provider ID (reserved).'),
    apnChild('AccessPointName', 'Access point name (reserved).'),
    apnChild('UserName', 'User name for the access point (reserved).'),
    apnChild('Password', 'Password for the access point (reserved).'),
    apnChild('IsCompressionEnabled', 'Whether compression is used (reserved).', BOOLEAN),
    apnChild('AuthenticationType', 'Authentication type for the access point (reserved).'),
  ],
  minWindows: WINDOWS.v1511,
  ...csp('APNBinding'),
};

// DeviceCompliance
const deviceCompliance: ElementSpec = {
  name: 'DeviceCompliance',
  summary: 'Microsoft Entra ID Conditional Access (device compliance) for the VPN.',
  details:
    'With `<Enabled>true</Enabled>` the client asks Microsoft Entra ID for a short-lived certificate when the device is compliant and authenticates with it. The VPN must use certificate authentication (EAP-TLS, or PEAP with EAP-TLS inside) and the VPN server must trust the tenant\'s Microsoft Entra ID VPN certificate authority; the EAP configuration should select the certificate with the "AAD Conditional Access" EKU `1.3.6.1.4.1.311.87`.\n\nThe short-lived (one-hour) certificate Entra ID issues carries no CRL distribution point, so NPS must be told to accept it without a revocation check (`IgnoreNoRevocationCheck`). For Kerberos single sign-on to on-premises resources the client uses another certificate, issued by your own CA and chosen by `<Sso>` (VPNv2 CSP).',
  children: [
    one({ name: 'Enabled', summary: 'Turn on the device-compliance (Conditional Access) flow.', value: BOOLEAN, minWindows: WINDOWS.v1607, ...csp('DeviceCompliance/Enabled') }),
    optional({
      name: 'Sso',
      summary: 'Pick a different certificate for Kerberos single sign-on to on-premises resources.',
      details: 'The Entra-issued VPN certificate is not suitable for Kerberos; `Sso` tells the client which other certificate (issued by your on-premises CA) to use for single sign-on.',
      children: [
        one({ name: 'Enabled', summary: 'Look for a separate certificate for Kerberos authentication.', value: BOOLEAN, minWindows: WINDOWS.v1607, ...csp('DeviceCompliance/Sso/Enabled') }),
        optional({
          name: 'Eku',
          summary: 'Comma-separated EKU OIDs that select the single sign-on certificate.',
          details: 'For example the Client Authentication EKU `1.3.6.1.5.5.7.3.2`. An invalid value only affects the certificate choice for single sign-on, so it is reported as a warning.',
          value: text('oidList'),
          lenient: true,
          minWindows: WINDOWS.v1607,
          ...csp('DeviceCompliance/Sso/Eku'),
        }),
        optional({
          name: 'IssuerHash',
          summary: 'Thumbprint(s) of the CA that issued the single sign-on certificate.',
          details:
            'SHA-1 thumbprint of the root (practitioners recommend) or issuing CA. The CSP documents a comma-separated list; a Microsoft SyncML example separates two hashes with `;`. An invalid value only affects the certificate choice for single sign-on, so it is reported as a warning.',
          value: text('thumbprintList'),
          lenient: true,
          minWindows: WINDOWS.v1607,
          ...csp('DeviceCompliance/Sso/IssuerHash'),
        }),
      ],
      minWindows: WINDOWS.v1607,
      ...csp('DeviceCompliance/Sso'),
    }),
  ],
  minWindows: WINDOWS.v1607,
  ...csp('DeviceCompliance'),
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-conditional-access',
};

// PluginProfile
const pluginProfile: ElementSpec = {
  name: 'PluginProfile',
  summary: 'Settings for a third-party VPN plug-in app from the Microsoft Store (instead of `NativeProfile`).',
  details: 'Use either `PluginProfile` (a UWP VPN plug-in such as a vendor client) or `NativeProfile` (the built-in IKEv2/SSTP/L2TP/PPTP client). A device tunnel cannot use a plug-in.',
  children: [
    one({
      name: 'ServerUrlList',
      summary: 'Semicolon-separated VPN servers (URL, host name or IP address).',
      value: text('serverUrlList'),
      minWindows: WINDOWS.v1511,
      ...csp('PluginProfile/ServerUrlList'),
    }),
    optional({
      name: 'CustomConfiguration',
      summary: 'Vendor-specific configuration for the plug-in.',
      details: 'The CSP documents an HTML-encoded XML blob whose format the plug-in vendor defines; vendor samples also embed plain child XML. Ask your vendor for the format.',
      value: { kind: 'any' },
      minWindows: WINDOWS.v1511,
      ...csp('PluginProfile/CustomConfiguration'),
    }),
    one({
      name: 'PluginPackageFamilyName',
      summary: 'Package family name of the plug-in app, for example `Vendor.Client_abcdefgh12345`.',
      details: 'Find it with `Get-AppxPackage` (property `PackageFamilyName`).',
      value: text('packageFamilyName'),
      minWindows: WINDOWS.v1511,
      ...csp('PluginProfile/PluginPackageFamilyName'),
    }),
  ],
  minWindows: WINDOWS.v1511,
  ...csp('PluginProfile'),
};

// AppTrigger
const appTriggerId: ElementSpec = {
  name: 'Id',
  summary: 'The app: a package family name or the full path of a program.',
  details: 'Windows infers the kind from the value: a package family name (Store app) or a full file path such as `C:\\Windows\\System32\\mstsc.exe`.',
  value: text('appId'),
  minWindows: WINDOWS.v1511,
  ...csp('AppTriggerList/{appTriggerRowId}/App/Id'),
};

const appTrigger: ElementSpec = {
  name: 'AppTrigger',
  summary: 'An app whose start connects this VPN (when it is the active profile).',
  details: 'Repeat the element for each app. Auto-triggered profiles do not work when Folder Redirection of AppData is enabled, unless the profile is deployed in the SYSTEM context.',
  children: [one({ name: 'App', summary: 'The app that triggers the VPN.', children: [one(appTriggerId)], minWindows: WINDOWS.v1511, ...csp('AppTriggerList/{appTriggerRowId}/App') })],
  minWindows: WINDOWS.v1511,
  ...csp('AppTriggerList/{appTriggerRowId}'),
};

// DomainNameInformation (NRPT)
const domainNameInformation: ElementSpec = {
  name: 'DomainNameInformation',
  summary: 'A Name Resolution Policy Table (NRPT) rule: which DNS servers resolve a namespace while connected.',
  details:
    'Only applications that use the Windows DNS client honour NRPT rules; `nslookup` does not — test with `Resolve-DnsName`. Practitioners add NRPT rules only when the DNS servers assigned by the VPN server cannot resolve internal names.\n\nWith both a device and a user tunnel, configure NRPT only on the user tunnel.',
  children: [
    one({
      name: 'DomainName',
      summary: 'The namespace: an FQDN, a suffix starting with `.` (for example `.corp.example.net`), or `.` for every name.',
      details: 'A name without a leading dot applies to that host only; a leading dot makes the rule apply to the whole namespace and its subdomains.',
      value: text('nrptDomain'),
      minWindows: WINDOWS.v1511,
      ...csp('DomainNameInformationList/{dniRowId}/DomainName'),
    }),
    optional({
      name: 'DomainNameType',
      summary: 'Read only: `FQDN` or `Suffix`, the kind of namespace `DomainName` names. Windows reports it; it is not a setting.',
      details:
        'The VPNv2 CSP documents this node as Get only: `FQDN` when `DomainName` has no leading `.` (the rule applies to that one host name), `Suffix` when it has one (the namespace, its records and all subdomains). ' +
        'Windows writes it into the ProfileXML it reports (for example through the WMI bridge), so read-back profiles carry it. The leading dot of `DomainName` decides the kind; not in the published XSD.',
      value: {
        kind: 'enum',
        values: [
          { value: 'FQDN', summary: '`DomainName` has no leading dot: the rule applies to that fully qualified name only.' },
          { value: 'Suffix', summary: '`DomainName` starts with a dot: the rule applies to the namespace and all its subdomains.' },
        ],
      },
      readOnly: true,
      inPublishedXsd: false,
      minWindows: WINDOWS.v1511,
      ...csp('DomainNameInformationList/{dniRowId}/DomainNameType'),
    }),
    optional({
      name: 'DnsServers',
      summary: 'Comma-separated IP addresses of the DNS servers for this namespace.',
      value: text('ipAddressList'),
      minWindows: WINDOWS.v1511,
      ...csp('DomainNameInformationList/{dniRowId}/DnsServers'),
    }),
    optional({
      name: 'WebProxyServers',
      summary: 'IP address of a web proxy for this namespace (only one is supported).',
      details: "The CSP documents an IP address; other forms only affect this rule's proxy, so problems are reported as warnings.",
      value: text('ipAddress'),
      lenient: true,
      minWindows: WINDOWS.v1511,
      ...csp('DomainNameInformationList/{dniRowId}/WebProxyServers'),
    }),
    optional({
      name: 'AutoTrigger',
      summary: 'Connect the VPN when a name in this namespace is resolved.',
      value: BOOLEAN,
      defaultValue: 'false',
      minWindows: WINDOWS.v1607,
      ...csp('DomainNameInformationList/{dniRowId}/AutoTrigger'),
    }),
    optional({
      name: 'Persistent',
      summary: 'Keep the rule in effect even while the VPN is disconnected.',
      details: '`false` (default): the rule applies only while connected. `true`: the rule is always present.',
      value: BOOLEAN,
      defaultValue: 'false',
      minWindows: WINDOWS.v1607,
      ...csp('DomainNameInformationList/{dniRowId}/Persistent'),
    }),
  ],
  minWindows: WINDOWS.v1511,
  ...csp('DomainNameInformationList/{dniRowId}'),
};

// TrafficFilter
const trafficFilterApp: ElementSpec = {
  name: 'App',
  summary: 'Restrict this rule to one app (per-app VPN).',
  details:
    "Holds one `<Id>`: a package family name, the full path of a program, or `SYSTEM` for kernel-mode traffic such as ping or SMB (`net view`).\n\nMicrosoft's SyncML example writes the identifier directly as the text of `<App>`, the form of the 2018 schema; the current schema wraps it in `<Id>`.",
  // Accepts both `<App><Id>…</Id></App>` and the old `<App>text</App>`; the rule profile/traffic-filter-app checks the content.
  value: { kind: 'any' },
  minWindows: WINDOWS.v1511,
  ...csp('TrafficFilterList/{trafficFilterId}/App'),
};

const PORT_NOTE = '\n\nPorts apply only when `<Protocol>` is 6 (TCP) or 17 (UDP). Write the list without spaces: `80,443,1000-2000`.';

const trafficFilter: ElementSpec = {
  name: 'TrafficFilter',
  summary: 'A rule for traffic allowed through the VPN interface.',
  details:
    '**As soon as one TrafficFilter exists, the VPN interface blocks all traffic that no rule allows.** Rules are combined with OR; the conditions inside one rule are combined with AND.\n\nOn a device tunnel, traffic filters also block inbound (manage-out) traffic unless you add `Inbound` rules (`Direction`, Windows 10 2004 and later). Practitioners report that traffic filters do not work when clients get IPv6 addresses over the VPN.',
  children: [
    optional(trafficFilterApp),
    optional({
      name: 'Claims',
      summary: "An SDDL condition checked against the signed-in user's token.",
      value: text('sddl'),
      minWindows: WINDOWS.v1511,
      ...csp('TrafficFilterList/{trafficFilterId}/Claims'),
    }),
    optional({
      name: 'Protocol',
      summary: 'IP protocol number 0–255 (TCP = 6, UDP = 17).',
      value: { kind: 'integer', min: 0, max: 255 },
      minWindows: WINDOWS.v1511,
      ...csp('TrafficFilterList/{trafficFilterId}/Protocol'),
    }),
    optional({
      name: 'LocalPortRanges',
      summary: 'Comma-separated local ports or port ranges, for example `1000-2000,3389`.',
      details: PORT_NOTE.trimStart(),
      value: text('portRanges'),
      minWindows: WINDOWS.v1511,
      ...csp('TrafficFilterList/{trafficFilterId}/LocalPortRanges'),
    }),
    optional({
      name: 'RemotePortRanges',
      summary: 'Comma-separated remote ports or port ranges, for example `80,443`.',
      details: PORT_NOTE.trimStart(),
      value: text('portRanges'),
      minWindows: WINDOWS.v1511,
      ...csp('TrafficFilterList/{trafficFilterId}/RemotePortRanges'),
    }),
    optional({
      name: 'LocalAddressRanges',
      summary: 'Comma-separated local addresses: single IPs, prefixes (`10.0.0.0/8`) or ranges (`10.0.0.1-10.0.0.9`).',
      value: text('addressRanges'),
      minWindows: WINDOWS.v1511,
      ...csp('TrafficFilterList/{trafficFilterId}/LocalAddressRanges'),
    }),
    optional({
      name: 'RemoteAddressRanges',
      summary: 'Comma-separated remote addresses: single IPs, prefixes (`10.0.0.0/8`) or ranges (`10.0.0.1-10.0.0.9`).',
      value: text('addressRanges'),
      minWindows: WINDOWS.v1511,
      ...csp('TrafficFilterList/{trafficFilterId}/RemoteAddressRanges'),
    }),
    optional({
      name: 'RoutingPolicyType',
      summary: "Force or split tunnelling for this rule's app only.",
      details: 'Only meaningful in a rule with `<App>` or `<Claims>`; it applies to that rule alone.',
      value: { kind: 'enum', values: TRAFFIC_FILTER_ROUTING },
      minWindows: WINDOWS.v1511,
      ...csp('TrafficFilterList/{trafficFilterId}/RoutingPolicyType'),
    }),
    optional({
      name: 'Direction',
      summary: 'Whether the rule allows outbound (default) or inbound traffic.',
      value: { kind: 'enum', values: DIRECTIONS },
      defaultValue: 'Outbound',
      minWindows: WINDOWS.v2004,
      ...csp('TrafficFilterList/{trafficFilterId}/Direction'),
    }),
  ],
  minWindows: WINDOWS.v1511,
  ...csp('TrafficFilterList/{trafficFilterId}'),
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-security-features#traffic-filters',
};

// ---- NativeProfile -----------------------------------------------------------------------------

const retryTimeDetails = (other: string) =>
  `How many hours Windows keeps using the last protocol that connected before trying the list from the start again; \`0\` turns the memory off. Default 168, maximum 500000.\n\nThe CSP node is \`ProtocolList/RetryTimeInHours\`, while Microsoft's only ProfileXML example writes \`<RetryTimeinHours>\` (lowercase "in"). Which spelling Windows reads in ProfileXML is not documented; both are accepted here (see also \`<${other}>\`).`;

const protocolList: ElementSpec = {
  name: 'ProtocolList',
  summary: 'The built-in protocols to try, in order of preference (with `NativeProtocolType` `ProtocolList`).',
  details:
    "One `<NativeProtocol>` per protocol (up to four for a user tunnel), then the retry time. Example:\n\n```xml\n<ProtocolList>\n  <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n  <NativeProtocol><Type>Sstp</Type></NativeProtocol>\n  <RetryTimeinHours>168</RetryTimeinHours>\n</ProtocolList>\n```\n\nA device tunnel supports IKEv2 only (Microsoft's device tunnel guide): write `NativeProtocolType` `IKEv2` there. The CSP node of each entry is `ProtocolList/NativeProtocolList/{row}/Type`. Not in the published XSD.",
  children: [
    {
      spec: {
        name: 'NativeProtocol',
        summary: 'One protocol of the list.',
        children: [
          one({
            name: 'Type',
            summary: 'The protocol: `Ikev2`, `Sstp`, `L2tp` or `Pptp`.',
            value: { kind: 'enum', values: PROTOCOL_LIST_TYPES },
            minWindows: WINDOWS.build20207,
            inPublishedXsd: false,
            ...csp('NativeProfile/ProtocolList/NativeProtocolList/{NativeProtocolRowId}/Type'),
          }),
        ],
        minWindows: WINDOWS.build20207,
        inPublishedXsd: false,
        ...csp('NativeProfile/ProtocolList/NativeProtocolList/{NativeProtocolRowId}'),
      },
      min: 1,
      max: 4,
    },
    optional({
      name: 'RetryTimeInHours',
      summary: 'Hours to keep using the last successful protocol (CSP spelling).',
      details: retryTimeDetails('RetryTimeinHours'),
      value: { kind: 'integer', min: 0, max: 500000 },
      defaultValue: '168',
      minWindows: WINDOWS.build20207,
      inPublishedXsd: false,
      ...csp('NativeProfile/ProtocolList/RetryTimeInHours'),
    }),
    optional({
      name: 'RetryTimeinHours',
      summary: "Hours to keep using the last successful protocol (spelling of Microsoft's ProfileXML example).",
      details: retryTimeDetails('RetryTimeInHours'),
      value: { kind: 'integer', min: 0, max: 500000 },
      defaultValue: '168',
      minWindows: WINDOWS.build20207,
      inPublishedXsd: false,
      ...csp('NativeProfile/ProtocolList/RetryTimeInHours'),
    }),
  ],
  minWindows: WINDOWS.build20207,
  inPublishedXsd: false,
  ...csp('NativeProfile/ProtocolList'),
};

const cryptoChild = (name: string, summary: string, values: readonly EnumValue[]): ChildSpec =>
  optional({
    name,
    summary,
    details: 'Part of the custom IPsec policy: set all six `CryptographySuite` values, and configure the same policy on the VPN server, or the connection fails with a policy mismatch (error 13868).',
    value: { kind: 'enum', values },
    minWindows: WINDOWS.v1607,
    ...csp(`NativeProfile/CryptographySuite/${name}`),
  });

const cryptographySuite: ElementSpec = {
  name: 'CryptographySuite',
  summary: 'Custom IKEv2/IPsec algorithms for the connection.',
  details:
    'Without it, Windows negotiates weak IKEv2 defaults (practitioners observe 3DES, SHA-1 and DH group 2 against Windows RRAS). Set all six values — the matching `Set-VpnConnectionIPsecConfiguration` custom policy requires every one — and configure the same custom policy on the VPN server. A GCM authentication transform must be paired with the same GCM cipher transform.\n\nThe policy applies to IKEv2 (and L2TP) connections only; SSTP and PPTP ignore it.',
  children: [
    cryptoChild('AuthenticationTransformConstants', 'Integrity transform of the IPsec (child) security associations.', AUTH_TRANSFORMS),
    cryptoChild('CipherTransformConstants', 'Encryption transform of the IPsec (child) security associations.', CIPHER_TRANSFORMS),
    cryptoChild('PfsGroup', 'Perfect-forward-secrecy group of the IPsec (child) security associations.', PFS_GROUPS),
    cryptoChild('DHGroup', 'Diffie-Hellman group of the IKE exchange.', DH_GROUPS),
    cryptoChild('IntegrityCheckMethod', 'Integrity (hash) algorithm of the IKE exchange.', INTEGRITY_METHODS),
    cryptoChild('EncryptionMethod', 'Encryption algorithm of the IKE exchange.', ENCRYPTION_METHODS),
  ],
  minWindows: WINDOWS.v1607,
  ...csp('NativeProfile/CryptographySuite'),
};

const eapConfiguration: ElementSpec = {
  name: 'Configuration',
  summary: 'The EAP method configuration: one `<EapHostConfig>` element exported from Windows.',
  details:
    'Do not write it by hand: configure a VPN connection with the wanted EAP settings on a test machine, then export it with `(Get-VpnConnection -Name "<name>").EapConfigXmlStream.InnerXml` and paste the `<EapHostConfig>` element here. Inside ProfileXML it is embedded as XML; the stand-alone CSP node `.../Eap/Configuration` expects it HTML-encoded instead.',
  embeds: 'eap',
  minWindows: WINDOWS.v1511,
  ...csp('NativeProfile/Authentication/Eap/Configuration'),
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/eap-configuration',
};

const authentication: ElementSpec = {
  name: 'Authentication',
  summary: 'How the user and/or the machine authenticate.',
  details:
    'User tunnel: `<UserMethod>Eap</UserMethod>` with an `<Eap><Configuration>` block (PEAP or EAP-TLS). Device tunnel: `<MachineMethod>Certificate</MachineMethod>` only.\n\nThe published XSD allows either the user method (with EAP) or the machine method, but Microsoft and practitioner samples use `UserMethod` and `MachineMethod` together; practitioners report that Intune deployments to Windows 11 need `<MachineMethod>Eap</MachineMethod>` next to the user method. This tool does not flag the combination.',
  // Order follows every real sample (UserMethod, MachineMethod, Eap); the XSD's choice gives MachineMethod no fixed place.
  children: [
    optional({
      name: 'UserMethod',
      summary: 'User authentication method: `EAP` (Always On VPN) or `MSChapv2`.',
      details: 'Use `EAP`. Plain `MSChapv2` is not supported with IKEv2 and is exposed to Blast-RADIUS (CVE-2024-3596).',
      value: { kind: 'enum', values: USER_METHODS },
      minWindows: WINDOWS.v1511,
      ...csp('NativeProfile/Authentication/UserMethod'),
    }),
    optional({
      name: 'MachineMethod',
      summary: 'Machine authentication method; `Certificate` for a device tunnel.',
      details: 'The CSP documents only `Certificate`, supported with IKEv2 only. User-tunnel samples also use `Eap` here (see `Authentication`).',
      value: { kind: 'enum', values: MACHINE_METHODS },
      minWindows: WINDOWS.v1511,
      ...csp('NativeProfile/Authentication/MachineMethod'),
    }),
    optional({
      name: 'Eap',
      summary: 'The EAP settings, required when the method is EAP.',
      details: "EAP type numbers: 13 = EAP-TLS, 25 = PEAP, 26 = EAP-MSCHAPv2. The CSP's separate `Eap/Type` node lists PEAP as 27, which is a documentation error; every Microsoft sample uses 25.",
      children: [one(eapConfiguration)],
      minWindows: WINDOWS.v1511,
      ...csp('NativeProfile/Authentication/Eap'),
    }),
  ],
  minWindows: WINDOWS.v1511,
  ...csp('NativeProfile/Authentication'),
};

const nativeProfile: ElementSpec = {
  name: 'NativeProfile',
  summary: 'Settings of the built-in Windows VPN client (IKEv2, SSTP, L2TP, PPTP).',
  children: [
    one({
      name: 'Servers',
      summary: 'The VPN server(s): public host names or IP addresses, comma-separated; each may be followed by `;FriendlyName`.',
      details:
        "Example: `vpn.example.net` or `vpn1.example.net,vpn2.example.net`. Windows stores `server;FriendlyName`; when no friendly name is given it repeats the server name. Practitioners write `vpn.example.net;vpn.example.net` on purpose because they report Intune deployments to Windows 11 need it.\n\nFor IKEv2 the VPN server's certificate subject must be the public name clients dial.",
      value: text('serverList'),
      minWindows: WINDOWS.v1511,
      ...csp('NativeProfile/Servers'),
    }),
    optional({
      name: 'RoutingPolicyType',
      summary: 'Split tunnel (only routed networks use the VPN) or force tunnel (all traffic).',
      details:
        'Force tunnel adds IPv4 and IPv6 default routes on the VPN interface; it is what Windows uses when no routes are specified. A device tunnel must be split tunnel; LockDown implies force tunnel. The `Proxy` settings are used only with force tunnel.',
      value: { kind: 'enum', values: ROUTING_POLICY },
      minWindows: WINDOWS.v1511,
      ...csp('NativeProfile/RoutingPolicyType'),
      docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-routing',
    }),
    optional({
      name: 'NativeProtocolType',
      summary: 'The tunnelling protocol: `IKEv2`, `SSTP`, `Automatic`, `ProtocolList`, `L2TP` or `PPTP`.',
      details:
        'Device tunnel and LockDown: `IKEv2` only. User tunnel: any value. `ProtocolList` needs a `<ProtocolList>` element. For the order in which `Automatic` tries the protocols, see its value.',
      value: { kind: 'enum', values: NATIVE_PROTOCOLS },
      minWindows: WINDOWS.v1511,
      ...csp('NativeProfile/NativeProtocolType'),
    }),
    optional(protocolList),
    optional({
      name: 'L2tpPsk',
      summary: 'Pre-shared key for L2TP connections.',
      details: 'Used only with L2TP. The key is stored in the profile in clear text.',
      value: text(),
      minWindows: WINDOWS.v1607,
      ...csp('NativeProfile/L2tpPsk'),
    }),
    optional({
      name: 'DisableClassBasedDefaultRoute',
      summary: 'Do not add the class-based route for the VPN address (for example 10.0.0.0/8 for a 10.x address).',
      details:
        'With `true`, only the `<Route>` entries send traffic into a split tunnel, so you must list every internal network. Practitioners recommend `true` for split tunnel, and `false` (or no element) with force tunnel.',
      value: BOOLEAN,
      minWindows: WINDOWS.v1607,
      ...csp('NativeProfile/DisableClassBasedDefaultRoute'),
    }),
    optional({
      name: 'PlumbIKEv2TSAsRoutes',
      summary: 'Add the IKEv2 traffic selectors offered by the server as routes on the VPN interface.',
      value: BOOLEAN,
      minWindows: WINDOWS.v2004,
      ...csp('NativeProfile/PlumbIKEv2TSAsRoutes'),
    }),
    optional(cryptographySuite),
    one(authentication),
  ],
  minWindows: WINDOWS.v1511,
  ...csp('NativeProfile'),
};

// ---- Route ------------------------------------------------------------------------------------

const route: ElementSpec = {
  name: 'Route',
  summary: 'A network that is routed through the VPN, or (with `ExclusionRoute`) around it.',
  details:
    'Split tunnel: list every internal network. With `DisableClassBasedDefaultRoute` `true`, these routes are the only traffic that enters the tunnel. Force tunnel: practitioners advise keeping only exclusion routes.',
  children: [
    one({
      name: 'Address',
      summary: 'Network address of the route (IPv4 or IPv6), for example `10.0.0.0`.',
      details: 'Write the network address: all bits after the prefix length should be zero.',
      value: text('routeAddress'),
      minWindows: WINDOWS.v1511,
      ...csp('RouteList/{routeRowId}/Address'),
    }),
    one({
      name: 'PrefixSize',
      summary: 'Prefix length of the route: 0–32 for IPv4, 0–128 for IPv6.',
      details: 'The XSD types it as an unsigned byte; the CSP accepts any unsigned integer, but only 0–32 (IPv4) or 0–128 (IPv6) make sense.',
      value: { kind: 'integer', min: 0, max: 255 },
      minWindows: WINDOWS.v1511,
      ...csp('RouteList/{routeRowId}/PrefixSize'),
    }),
    optional({
      name: 'ExclusionRoute',
      summary: 'Send this network over the physical interface instead of the VPN.',
      details: '`false` (default): through the VPN. `true`: around it — used mainly with force tunnel, for example for cloud services.',
      value: BOOLEAN,
      defaultValue: 'false',
      minWindows: WINDOWS.v1607,
      ...csp('RouteList/{routeRowId}/ExclusionRoute'),
    }),
    optional({
      name: 'Metric',
      summary: 'Metric of the route.',
      value: { kind: 'integer', min: 0, max: 4294967295 },
      minWindows: WINDOWS.v1607,
      ...csp('RouteList/{routeRowId}/Metric'),
    }),
  ],
  minWindows: WINDOWS.v1511,
  ...csp('RouteList/{routeRowId}'),
};

// ---- elements outside the XSD (CSP 1.6, Windows 11) --------------------------------------------------

const networkOutageTime: ElementSpec = {
  name: 'NetworkOutageTime',
  summary: 'Seconds the network may be idle before the connection is given up; 0 means no limit.',
  value: { kind: 'integer', min: 0, max: 4294967295 },
  details: `Practitioners describe it as the IKEv2 network outage time. Not in the published XSD, but part of the CSP.${PR_24H2}`,
  minWindows: WINDOWS.win11,
  practitionerMinWindows: REPORTED_24H2,
  inPublishedXsd: false,
  ...csp('NetworkOutageTime'),
};

const interfaceMetric = (family: 4 | 6): ElementSpec => ({
  name: `IPv${family}InterfaceMetric`,
  summary: `Interface metric of the VPN interface for IPv${family} (1–9999).`,
  details: `A lower metric makes Windows prefer the VPN interface, for example for DNS queries. Not in the published XSD, but part of the CSP.${PR_24H2}`,
  value: { kind: 'integer', min: 1, max: 9999 },
  minWindows: WINDOWS.win11,
  practitionerMinWindows: REPORTED_24H2,
  inPublishedXsd: false,
  ...csp(`IPv${family}InterfaceMetric`),
});

const useRasCredentials: ElementSpec = {
  name: 'UseRasCredentials',
  summary: 'Whether Credential Manager keeps the VPN credentials after connecting (default `true`).',
  details:
    "Microsoft's Conditional Access guidance says that on devices joined only to Microsoft Entra ID, when the on-premises user certificate carries the Entra UPN in its subject and SAN, the client must not cache the VPN credentials (it describes editing `UseRasCredentials` to 0 in rasphone.pbk). Practitioners recommend `false` on Entra-joined-only devices." +
    ` Not in the published XSD, but part of the CSP.${PR_24H2}`,
  value: BOOLEAN,
  defaultValue: 'true',
  minWindows: WINDOWS.win11,
  practitionerMinWindows: REPORTED_24H2,
  inPublishedXsd: false,
  ...csp('UseRasCredentials'),
};

const dataEncryption: ElementSpec = {
  name: 'DataEncryption',
  summary: 'Required level of data encryption for the connection (PPP setting).',
  value: { kind: 'enum', values: DATA_ENCRYPTION },
  defaultValue: 'Require',
  details: `Not in the published XSD, but part of the CSP.${PR_24H2}`,
  minWindows: WINDOWS.win11,
  practitionerMinWindows: REPORTED_24H2,
  inPublishedXsd: false,
  ...csp('DataEncryption'),
};

const privateNetwork: ElementSpec = {
  name: 'PrivateNetwork',
  summary: 'Put the VPN connection in the Private firewall profile (default `true`) or the Public one.',
  value: BOOLEAN,
  defaultValue: 'true',
  details: `Not in the published XSD, but part of the CSP.${PR_24H2}`,
  minWindows: WINDOWS.win11,
  practitionerMinWindows: REPORTED_24H2,
  inPublishedXsd: false,
  ...csp('PrivateNetwork'),
};

const disableIKEv2Fragmentation: ElementSpec = {
  name: 'DisableIKEv2Fragmentation',
  summary: 'Turn off IKEv2 fragmentation (default `false`: fragmentation is used).',
  details: `Practitioners recommend leaving fragmentation on (\`false\`). Not in the published XSD, but part of the CSP.${PR_24H2}`,
  value: BOOLEAN,
  defaultValue: 'false',
  minWindows: WINDOWS.win11,
  practitionerMinWindows: REPORTED_24H2,
  inPublishedXsd: false,
  ...csp('DisableIKEv2Fragmentation'),
};

// ---- root -------------------------------------------------------------------------------------

export const profileRoot: ElementSpec = {
  name: 'VPNProfile',
  summary: 'One Always On VPN profile (the value of the VPNv2 CSP `ProfileXML` node).',
  details:
    'Deploy it through Intune (custom OMA-URI `./User/Vendor/MSFT/VPNv2/<name>/ProfileXML` or `./Device/…`, data type "String (XML file)") or PowerShell and the WMI bridge (`MDM_VPNv2_01`). To change a profile, delete it and deploy it again rather than patching single nodes.\n\nWindows does not require the published schema\'s element order and accepts several elements the XSD lacks; practitioners report that Intune deployments to Windows 11 can depend on the order.',
  children: [
    optional(profileName),
    optional(edpModeId),
    optional(rememberCredentials),
    optional(alwaysOn),
    optional(alwaysOnActive),
    optional(dnsSuffix),
    optional(trustedNetworkDetection),
    optional(disableAdvancedOptionsEditButton),
    optional(disableDisconnectButton),
    optional(lockDown),
    optional(deviceTunnel),
    optional(registerDns),
    optional(byPassForLocal),
    optional(requireVpnClientAppUI),
    optional(proxy),
    optional(apnBinding),
    optional(deviceCompliance),
    optional(pluginProfile),
    many(appTrigger),
    many(domainNameInformation),
    many(trafficFilter),
    optional(nativeProfile),
    many(route),
    optional(networkOutageTime),
    optional(interfaceMetric(4)),
    optional(interfaceMetric(6)),
    optional(useRasCredentials),
    optional(dataEncryption),
    optional(privateNetwork),
    optional(disableIKEv2Fragmentation),
  ],
  minWindows: WINDOWS.v1607,
  ...csp('ProfileXML'),
};

export const profileCatalogue = buildCatalogue('profile', profileRoot);
