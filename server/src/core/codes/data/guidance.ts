// Causes, checks and cross-references for the codes that matter to Always On VPN, keyed "kind:code". Each statement
// carries its provenance: [MS] Microsoft documentation, [PR] a practitioner's published finding, [INF] our own
// inference where no source says it. The public sources of an entry are in its `source` (addresses in sources.ts).
import type { Guidance, RelatedCode } from '../types';
import { MS, OTHER, PR } from './sources';

const NPS_AUDIT_SOURCE = 'Microsoft-Windows-Security-Auditing';
const KDC_SOURCE = 'Kerberos-Key-Distribution-Center';

const related = (kind: RelatedCode['kind'], code: number, note: string, eventSource?: string): RelatedCode => (eventSource ? { kind, code, note, eventSource } : { kind, code, note });

const sources = (...addresses: readonly string[]): string => addresses.join('; ');

// One concept, one place: checks several codes share.
const CHECK_NTAUTH =
  'On NPS, list the enterprise NTAuth store with `certutil -enterprise -viewstore NTAuth`; add a missing issuing CA with `certutil -enterprise -addstore NTAuth <issuing-CA.cer>` [PR].';
const CHECK_URLFETCH =
  'On NPS, run `certutil -verify -urlfetch <client-certificate.cer>`: it shows whether the CRL of every certificate in the chain can be fetched ("no revocation information available" for a certificate without a CDP) [PR].';
const CHECK_IGNORE_NO_REVOCATION =
  'For client certificates that carry no CDP (Entra ID Conditional Access [MS], Cloud PKI for Intune [PR]): set DWORD `IgnoreNoRevocationCheck` = 1 under `HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13` (and under `...\\EAP\\25` when PEAP is used) on every NPS server, including the second NPS when one proxies to another, then reboot the server; restarting the NPS or RRAS services is not enough [MS].';
const NOTE_NO_REVOCATION_CHECK =
  "Microsoft's Conditional Access guide sets `NoRevocationCheck` = 1 next to `IgnoreNoRevocationCheck` = 1. Its cost: NPS then checks the revocation of no EAP-TLS client certificate at all, so a revoked certificate from your own CA is accepted until it expires; `IgnoreNoRevocationCheck` alone still refuses a certificate found revoked and only lets through chains whose revocation cannot be checked [MS].";
const CHECK_READ_6273 =
  'On NPS, open the Security event 6273 (or 6274) logged at the same time and decode its Reason Code (`aovpn explain reason:<N>`); "Network Policy Name" shows which policy matched [MS].';
const CHECK_CLIENT_AUTH_EKU = "Check that the client certificate (or its template's Application Policies) includes Client Authentication 1.3.6.1.5.5.7.3.2, then re-enrol [MS].";
const CHECK_NPS_TRUSTS_CHAIN =
  'On NPS, make sure the root and intermediate CA certificates of the client certificate are trusted by the computer, and that the issuing CA is in NTAuth; `certutil -verify -urlfetch <client-certificate.cer>` on NPS shows where the chain breaks [PR].';
const CHECK_AZURE_MFA = [
  'On NPS, open Applications and Services Logs > Microsoft > AzureMfa > AuthZ and look for event 3 `ESTS_TOKEN_ERROR` [PR].',
  'Check the prerequisites: the user is synchronised to Entra ID and licensed, and the NPS extension certificate was uploaded [PR].',
  'Check that the service principals "Azure Multi-Factor Auth Client" (app id 981f26a1-7f43-403b-a875-f8b09b8cd720) and "Azure Multi-Factor Auth Connector" (app id 1f5530b3-261a-47a9-b357-ded261e17918) are enabled, then run `Restart-Service IAS` [PR].',
];
const CHECK_IPSEC_AUDIT =
  'Turn on IPsec failure auditing on the VPN server (and the client): `auditpol /set /subcategory:"IPsec Main Mode" /failure:enable`, then read the failure point and failure reason of Security event 4653 [MS].';
const CHECK_FRAGMENTATION = [
  'Take a network trace on the client: IKE_AUTH messages larger than the path MTU that go out as IP fragments and get no answer mean a device on the path drops fragments [PR].',
  'Enable IKEv2 fragmentation on the RRAS server (Windows Server 1803 or later, such as Windows Server 2019): DWORD `EnableServerFragmentation` = 1 under `HKLM\\SYSTEM\\CurrentControlSet\\Services\\RemoteAccess\\Parameters\\Ikev2`, then restart the server; or let the firewall pass IP fragments [PR].',
  'On the client, IKEv2 fragmentation is used unless the profile turns it off: ProfileXML `DisableIKEv2Fragmentation` set to `true` disables it (VPNv2 CSP; default false) [MS].',
];

/**
 * Denying a user or device on purpose (a leaver, a lost laptop): what makes it take effect and what shows it. Shown
 * where an administrator looks after denying access: client errors 691/812 and the NPS deny reasons.
 */
const NOTES_DENY_ACCESS = [
  'Denying access on purpose: revoking a certificate does not cut access at once, because the VPN and NPS servers (and OCSP responders) cache revocation information [PR]; to reload it on NPS run `certutil -urlcache * delete` and `certutil -setreg chain\\ChainCacheResyncFiletime @now` [MS].',
  'Denying access on purpose: block users with a network policy that denies a security group, ordered before the policy that grants VPN access; a device tunnel is authenticated by RRAS without NPS, so block a device by importing its certificate into the Untrusted Certificates store of every VPN server [PR].',
  "Denying access on purpose: sessions already up stay up; on each VPN server `Get-RemoteAccessConnectionStatistics` lists them and `Disconnect-VpnUser -UserName <user>` (or `-HostIPAddress <tunnel address>`) ends one; both read that server's inbox accounting store, so run them on the server that holds the connection [MS].",
];
const DENY_ACCESS_SOURCES = sources(PR.denyingAccess, MS.npsCrlRegistry, MS.remoteAccessConnectionStatistics, MS.disconnectVpnUser);

export const GUIDANCE: Readonly<Record<string, Guidance>> = {
  'ras:691': {
    causes: [
      'The user name or password is not valid, or the authentication protocol used is not permitted on the server [MS].',
      'IKEv2 authentication failures and PEAP problems also end in 691 [PR].',
    ],
    checks: [
      CHECK_READ_6273,
      'Find the Access-Reject line of the user in the NPS accounting log (`aovpn logs IN*.log`).',
      'On the VPN server, look for RemoteAccess event 20271 at the same time: it names the user, the client address and the reason [INF].',
    ],
    related: [
      related('event', 6273, 'NPS side: the denial with its reason code.', NPS_AUDIT_SOURCE),
      related('event', 20271, 'VPN server side: the failed authentication and its reason.', 'RemoteAccess'),
      related('nps-reason', 16, 'NPS reason for a credentials mismatch.'),
      related('ras', 812, 'Authentication method not allowed by the server policy.'),
    ],
    notes: NOTES_DENY_ACCESS,
    source: sources(MS.rasErrorCodes, PR.error691And812, DENY_ACCESS_SOURCES),
  },
  'ras:800': {
    causes: ['With the Automatic tunnel type, every protocol tried failed [MS].', 'UDP 500 and 4500 blocked on the way to the server, or wrong IKE certificates [MS].'],
    checks: [
      'Set an explicit tunnel type in ProfileXML (`NativeProtocolType` IKEv2 or SSTP) to see the underlying error [MS].',
      'Check that UDP 500 and 4500 reach the VPN server for IKEv2 [MS], and TCP 443 for SSTP [PR].',
      'Check the IKEv2 certificates on client and server (see 13801 and 13806) [MS].',
    ],
    related: [related('ras', 809, 'The server does not answer at all.'), related('ike', 13801, 'IKE certificate rejected.'), related('ike', 13806, 'No valid machine certificate for IKE.')],
    source: sources(MS.troubleshootAovpn, PR.error809),
  },
  'ras:809': {
    causes: [
      'UDP 500/4500 (IKEv2) or TCP 443 (SSTP) is blocked by a firewall, NAT device or router between client and VPN server [MS][PR].',
      'IKEv2 fragmentation: with certificate authentication the IKE_AUTH messages are large (long chains, RSA keys over 2048 bits); beyond the path MTU they travel as IP fragments, and a firewall or router that drops fragments lets IKEv2 start and then time out [PR].',
      'A load balancer in front of the VPN server does not pass the VPN traffic [PR].',
      'The server name resolves to the wrong address, or not at all [MS][PR].',
    ],
    checks: [
      'Check every firewall, NAT device and load balancer on the path for UDP 500 and 4500 (IKEv2) or TCP 443 (SSTP) [MS][PR].',
      ...CHECK_FRAGMENTATION,
      "Check that the name in the profile's `Servers` element resolves publicly to the VPN server [MS].",
    ],
    related: [related('ras', 800, 'What the Automatic tunnel type reports when every protocol fails.'), related('ras', 868, 'The server name did not resolve.')],
    source: sources(MS.troubleshootAovpn, PR.ikev2Fragmentation, PR.error809, MS.vpnv2Csp),
  },
  'ras:812': {
    causes: [
      "The EAP method of the client's EapHostConfig does not match the constraints of the NPS network policy (for example the policy requires PEAP with a certificate while the client uses EAP-MSCHAPv2) [MS].",
      'The server names in the EAP configuration do not match the NPS certificate name [PR].',
      'With Entra ID Conditional Access certificates, NPS rejects with reason 258: the one-hour certificates carry no revocation information, and NPS checks revocation by default [PR][MS].',
    ],
    checks: [
      "Compare the EAP type and inner method of the ProfileXML EapHostConfig with the network policy's Constraints > Authentication Methods on NPS [MS].",
      'On the VPN server, look for event 20276 logged at the same time [MS].',
      CHECK_READ_6273,
    ],
    related: [
      related('event', 20276, 'VPN server side of the same failure.', 'RemoteAccess'),
      related('event', 20271, 'VPN server side: the failed authentication and its reason.', 'RemoteAccess'),
      related('nps-reason', 66, 'NPS: authentication method not enabled on the policy.'),
      related('nps-reason', 258, 'NPS: revocation check failed (Entra ID Conditional Access certificates).'),
    ],
    notes: NOTES_DENY_ACCESS,
    source: sources(MS.troubleshootAovpn, PR.error691And812, PR.conditionalAccess812, MS.conditionalAccessVpn, DENY_ACCESS_SOURCES),
  },
  'ras:853': {
    causes: [
      'The issuing CA certificate is missing from the enterprise NTAuth store that NPS consults [PR].',
      'NPS cannot complete the revocation check (NPS reason 258): the CRL Distribution Point of a certificate in the chain is missing or unreachable from NPS, for example the issuing CA of Cloud PKI for Intune [PR].',
      'Entra ID Conditional Access: the leaf certificates Entra ID issues for VPN are valid for about one hour and carry no CRL distribution point by design, so NPS cannot check their revocation; the Entra "VPN Server" CA that signs them is a root certificate [MS].',
      'The server names in the EAP configuration differ from the NPS certificate name only in letter case: Windows 11 21H2 (build 22000) compared them case-sensitively (practitioners traced 853 to this), and 22H2 (build 22621) went back to case-insensitive matching [PR][MS].',
      'The domain controller strong certificate mapping change (KB5014754, enforced by the February 2025 updates): NPS rejects with reason 16 and the domain controller logs Kerberos-Key-Distribution-Center event 39 [PR][MS].',
    ],
    checks: [CHECK_NTAUTH, CHECK_URLFETCH, CHECK_IGNORE_NO_REVOCATION, CHECK_READ_6273],
    related: [
      related('nps-reason', 258, 'NPS could not check revocation of the client certificate.'),
      related('nps-reason', 16, 'Certificate could not be mapped to an account (strong mapping).'),
      related('event', 39, 'Domain controller side of a strong mapping failure.', KDC_SOURCE),
      related(
        'nps-reason',
        262,
        'NPS received an incomplete RADIUS message whose signature it could not verify; sometimes found on the NPS side of an 853 (not confirmed by Microsoft documentation).',
      ),
      related('event', 6273, 'NPS side: the denial with its reason code.', NPS_AUDIT_SOURCE),
    ],
    notes: [NOTE_NO_REVOCATION_CHECK],
    source: sources(PR.error853Articles, PR.cloudPki853, MS.conditionalAccessVpn, MS.npsCrlRegistry, MS.windows11Eap, MS.kb5014754),
  },
  'ras:858': {
    causes: ['The Server Authentication certificate on the NPS server has expired [MS].'],
    checks: ["On every NPS server, check the expiry of the certificate selected in the network policy's PEAP/EAP properties and renew it [INF]."],
    related: [
      related('ras', 864, 'The client does not trust the root of the NPS certificate.'),
      related('ras', 857, 'The NPS certificate is not valid for another reason.'),
      related('hresult', 0x800b0101, 'The generic "certificate expired" HRESULT.'),
    ],
    source: MS.rasErrorCodes,
  },
  'ras:864': {
    causes: [
      "The root that issued the NPS certificate is not in the client's Trusted Root Certification Authorities store, or the `TrustedRootCA` thumbprint in the EAP configuration is wrong [PR].",
      'The NPS certificate subject does not match the name in the EAP configuration, lacks the Server Authentication EKU, or is not the certificate selected in the NPS network policy [PR].',
      'After an upgrade to Windows 11: the client trusts the NPS certificate only when the thumbprint of its trusted root is in the profile (`TrustedRootCA`), where Windows 10 sometimes accepted a root that was merely in the store [MS].',
    ],
    checks: [
      'Compare the `TrustedRootCA` thumbprint(s) in the EapHostConfig with the root that issued the NPS certificate [PR].',
      'On NPS, check the certificate selected in the network policy (Constraints > Authentication Methods > PEAP/EAP properties): subject or SAN = the name clients expect, Server Authentication EKU [PR].',
    ],
    related: [related('ras', 858, 'The NPS certificate has expired.'), related('hresult', 0x800b0109, 'The generic "untrusted root" HRESULT.')],
    source: sources(PR.error864And13801, MS.windows11Eap),
  },
  'ras:868': {
    checks: ["Check that the VPN server name in the profile's `Servers` element resolves in public DNS [MS]."],
    related: [related('ras', 809, 'The name resolves but the server does not answer.')],
    source: MS.troubleshootAovpn,
  },
  'ike:13801': {
    causes: [
      'The VPN server certificate lacks the Server Authentication EKU, has expired, or its root is not trusted by the client [MS].',
      'The server certificate subject is not the name the client dials (the `Servers` value), for example the internal host name [MS][PR].',
      'Intermittent 13801: the device has several certificates with Client Authentication; adding the IP security IKE intermediate EKU to the device certificate fixes it [PR].',
    ],
    checks: [
      'On the VPN server (Local Computer\\Personal): subject = the public FQDN from ProfileXML `Servers`, EKU Server Authentication 1.3.6.1.5.5.7.3.1 (IP security IKE intermediate 1.3.6.1.5.5.8.2.2 recommended), not expired, issued by the private CA [MS][PR].',
      'On the client: the root of the server certificate is in Trusted Root Certification Authorities [MS].',
      CHECK_IPSEC_AUDIT,
    ],
    related: [
      related('hresult', 0x80070040, "Microsoft's AOVPN article reads this HRESULT as a missing Server Authentication EKU."),
      related('hresult', 0x800b0109, 'Untrusted root.'),
      related('ike', 13806, 'No valid machine certificate.'),
      related('event', 4653, 'IPsec main mode failure as audited on the VPN server.', NPS_AUDIT_SOURCE),
    ],
    source: sources(MS.troubleshootAovpn, PR.error864And13801, MS.auditIpsecMainMode),
  },
  'ike:13806': {
    causes: [
      'Device tunnel: the device certificate is missing from Local Computer\\Personal, is not trusted, or lacks Client Authentication [MS][PR].',
      'The VPN server lacks its machine certificate or the root for the client certificate [MS].',
    ],
    checks: [
      'On the client: Local Computer\\Personal holds a valid certificate with Client Authentication 1.3.6.1.5.5.7.3.2 from the internal CA, subject = the device FQDN, not expired or revoked [PR].',
      'On the client: the root and intermediate CAs of both the device and the server certificate are trusted [MS].',
      'On the VPN server: the root of the device certificate is accepted (`Set-VpnAuthProtocol -RootCertificateNameToAccept`) [MS].',
    ],
    related: [related('ike', 13801, 'The certificate was found but rejected.')],
    source: sources(MS.troubleshootAovpn, MS.deviceTunnel, PR.error864And13801),
  },
  'ike:13868': {
    causes: [
      'The IKEv2 security policy of the client does not match the one configured on the VPN server (encryption, integrity, Diffie-Hellman or PFS group); practitioners document 13868 as this policy mismatch, typically after custom IPsec settings on RRAS or a third-party VPN appliance [PR].',
    ],
    checks: [
      'On the VPN server, show the IKEv2 policy it accepts: `Get-VpnServerIPsecConfiguration` [PR].',
      'On the client, show what the connection offers: `Get-VpnConnection -Name <connection> [-AllUserConnection] | Select-Object -ExpandProperty IPsecCustomPolicy` [PR].',
      'Make the ProfileXML `CryptographySuite` (AuthenticationTransformConstants, CipherTransformConstants, EncryptionMethod, IntegrityCheckMethod, DHGroup, PfsGroup) match the server policy, or change the server side to match [PR].',
      CHECK_IPSEC_AUDIT,
    ],
    related: [related('event', 4653, 'IPsec main mode failure as audited on the VPN server.', NPS_AUDIT_SOURCE)],
    source: sources(PR.ikev2PolicyMismatch, MS.auditIpsecMainMode),
  },
  'ike:13881': {
    notes: ['No explicit Always On VPN minimum key size was found (UNVERIFIED).'],
  },
  [`hresult:${0x800b0101}`]: {
    causes: ['RasClient 20227 with -2146762495: the TLS certificate of the SSTP listener on the VPN server has expired [PR].'],
    checks: ['Renew the TLS certificate used by SSTP on the VPN server [PR].'],
    related: [related('event', 20227, 'RasClient logs this HRESULT as the negative decimal -2146762495.', 'RasClient')],
    source: PR.sstpExpired,
  },
  [`hresult:${0x800b0109}`]: {
    causes: ['The client does not trust the root of the server certificate [MS].'],
    checks: ["Install the root CA certificate in the client's Trusted Root Certification Authorities store [MS]."],
    related: [related('ike', 13801, 'IKE credentials rejected.'), related('ras', 864, 'EAP: no trusted root for the NPS certificate.')],
    source: MS.troubleshootAovpn,
  },
  [`hresult:${0x80070040}`]: {
    causes: ["Per Microsoft's Always On VPN troubleshooting article: the VPN server certificate lacks the Server Authentication EKU [MS]."],
    checks: ['Check that the VPN server certificate includes Server Authentication 1.3.6.1.5.5.7.3.1 [MS].'],
    related: [related('win32', 64, 'The Win32 error inside this HRESULT (generic reading).'), related('ike', 13801, 'The usual IKEv2 error for a wrong server certificate.')],
    notes: ['Two readings: generically HRESULT_FROM_WIN32(ERROR_NETNAME_DELETED, 64); the Always On VPN article interprets it as a server certificate without Server Authentication.'],
    source: MS.troubleshootAovpn,
  },
  [`hresult:${0x80092012}`]: {
    related: [related('nps-reason', 258, 'NPS shows this same message as the Reason of reason code 258.'), related('ras', 853, 'The client error when NPS rejects for this reason.')],
  },
  'win32:0': {
    causes: [
      'RasClient 20226 "reason code … is 0": a normal termination.',
      'RasClient reporting error 0 after a timeout while NPS logs 6274 (request discarded): the Azure MFA NPS extension failed, and its AuthZ log shows event 3 `ESTS_TOKEN_ERROR` [PR].',
    ],
    checks: CHECK_AZURE_MFA,
    related: [
      related('event', 6274, 'NPS discarded the request.', NPS_AUDIT_SOURCE),
      related('event', 3, 'Azure MFA NPS extension: ESTS_TOKEN_ERROR.', 'AzureMfa'),
      related('event', 20226, 'Normal termination reports reason code 0.', 'RasClient'),
    ],
    source: PR.azureMfaEstsTokenError,
  },
  'nps-reason:16': {
    causes: [
      'A wrong password, or a user name that maps to no account [MS].',
      'With certificate authentication: the certificate cannot be mapped to an account, for example after the domain controller strong certificate mapping change; the DC then logs Kerberos-Key-Distribution-Center event 39 [PR].',
    ],
    checks: [
      'On the domain controllers, look for Kerberos-Key-Distribution-Center event 39 (or 40, 41) at the time of the rejection [PR][MS].',
      "Check that the user certificate carries the SID extension 1.3.6.1.4.1.311.25.2 (`certutil -dump <client-certificate.cer>`), or is mapped strongly another way (explicit mapping in the account's altSecurityIdentities, or the SID in a SAN URL) [MS].",
    ],
    related: [
      related('ras', 853, 'The client error for a rejected user certificate.'),
      related('ras', 691, 'The client error for rejected credentials.'),
      related('event', 39, 'Domain controller: certificate not strongly mapped.', KDC_SOURCE),
    ],
    source: sources(MS.npsReasonCodes0To37, PR.error853Articles, MS.kb5014754, MS.askDsStrongMapping),
  },
  'nps-reason:22': {
    causes: ['The EAP method in the client EapHostConfig is not enabled in the network policy, or the NPS server certificate has a problem [INF].'],
    checks: ["Compare the EAP types of the EapHostConfig with the network policy's Authentication Methods [INF]."],
    related: [related('ras', 812, 'The client error for an authentication method mismatch.')],
  },
  'nps-reason:23': {
    checks: ['Look at the EAP logs on NPS for the underlying error [MS].'],
  },
  'nps-reason:48': {
    causes: [
      'No network policy matched the request [MS]: typically the user or computer is not in the group the VPN policy requires, or another condition of the policy (NAS-Port-Type, tunnel type) differs [INF].',
    ],
    checks: ["Check the account's group membership and the conditions of the VPN network policy on NPS [MS]."],
    related: [related('event', 6273, 'NPS denial event.', NPS_AUDIT_SOURCE)],
    notes: NOTES_DENY_ACCESS,
    source: sources(MS.npsReasonCodes38To257, DENY_ACCESS_SOURCES),
  },
  'nps-reason:49': {
    checks: ['Review the conditions of the connection request policies on NPS against this request [MS].'],
    related: [related('nps-reason', 48, 'No matching network policy (the next stage).')],
  },
  'nps-reason:65': {
    causes: [
      "The Dial-in tab of the account sets Network Access Permission to Deny; NPS then denies the account whatever the network policies grant, unless the matching policy is set to ignore the account's dial-in properties [MS].",
    ],
    checks: [
      'In Active Directory, set Network Access Permission on the account\'s Dial-in tab to "Control access through NPS Network Policy" (or Allow) [MS].',
      'If you set the account to Deny on purpose, this reason confirms it [MS].',
    ],
    notes: NOTES_DENY_ACCESS,
    source: sources(MS.npsReasonCodes38To257, MS.manageNetworkPolicies, DENY_ACCESS_SOURCES),
  },
  'nps-reason:66': {
    causes: ['The EAP type or inner method of the ProfileXML EAP configuration is not enabled on the matching network policy; the client usually reports 812 [MS].'],
    checks: ["Compare the EapHostConfig (PEAP 25 or EAP-TLS 13, and the inner method) with the network policy's Constraints > Authentication Methods [MS]."],
    related: [related('ras', 812, 'The client error for the same mismatch.')],
    source: MS.troubleshootAovpn,
  },
  'nps-reason:258': {
    causes: [
      'The CRL Distribution Point of the client certificate, or of a CA in its chain, is missing or not reachable from NPS [MS].',
      'Entra ID Conditional Access: the leaf certificates (valid about one hour) carry no CRL by design; the Entra "VPN Server" CA is a root [MS].',
      'Cloud PKI for Intune: the issuing CA certificate carries no CDP [PR].',
    ],
    checks: [CHECK_URLFETCH, CHECK_IGNORE_NO_REVOCATION],
    related: [
      related('ras', 853, 'The usual client error for this rejection.'),
      related('ras', 812, 'Also reported by clients with Entra ID Conditional Access certificates.'),
      related('hresult', 0x80092012, 'CRYPT_E_NO_REVOCATION_CHECK: the message NPS shows for 258.'),
    ],
    notes: ['Event 6273 shows the Reason "The revocation function was unable to check revocation for the certificate." [PR]', NOTE_NO_REVOCATION_CHECK],
    source: sources(MS.conditionalAccessVpn, MS.npsCrlRegistry, PR.conditionalAccess812, PR.cloudPki853),
  },
  'nps-reason:259': {
    causes: ['The CRL or CDP cannot be reached from NPS, so the revocation status is unknown [MS].'],
    checks: [CHECK_URLFETCH],
    related: [related('nps-reason', 258, 'The revocation check could not be done.'), related('ras', 853, 'The usual client error.')],
  },
  'nps-reason:262': {
    checks: [
      'Compare the shared secret of the RADIUS client (the VPN server) on both sides: Microsoft gives this check for NPS event 18, a Message-Authenticator that is not valid [MS]; that it also explains 262 is our inference [INF].',
    ],
    related: [
      related('event', 18, 'NPS: invalid Message-Authenticator from a RADIUS client.', 'NPS'),
      related('ras', 853, 'A client-side error sometimes found with this reason (not confirmed by Microsoft documentation).'),
    ],
    source: MS.troubleshootNps,
  },
  'nps-reason:265': {
    causes: ['The client certificate chains to a root that NPS does not trust [MS].'],
    checks: [CHECK_NPS_TRUSTS_CHAIN],
    related: [related('ras', 853, 'The client error for a rejected user certificate.')],
  },
  'nps-reason:266': {
    checks: ['Look at the RADIUS client (VPN server) that sent the message and at the matching event 6274 on NPS [INF].'],
    related: [related('event', 6274, 'NPS discarded the request.', NPS_AUDIT_SOURCE)],
  },
  'nps-reason:267': { checks: [CHECK_CLIENT_AUTH_EKU] },
  'nps-reason:268': { checks: ['Renew the client certificate.'], related: [related('ras', 854, 'The client error for an expired client certificate.')] },
  'nps-reason:272': {
    checks: ['Find the accounts the certificate maps to (for example the same UPN on two accounts) and keep one mapping [INF].'],
  },
  'nps-reason:273': {
    checks: ['Verify the client certificate chain on NPS with `certutil -verify -urlfetch <client-certificate.cer>` [INF].'],
  },
  'nps-reason:281': {
    checks: ['Check the path length constraint (Basic Constraints) of the CA certificates in the chain: `certutil -verify <client-certificate.cer>` [MS].'],
  },
  'nps-reason:282': {
    checks: [
      "List the client certificate's extensions with `certutil -dump <client-certificate.cer>` and find the one marked critical that NPS does not recognise (the meaning Microsoft gives 282) [MS].",
    ],
  },
  'nps-reason:283': { checks: [CHECK_CLIENT_AUTH_EKU] },
  'nps-reason:286': { checks: [CHECK_NPS_TRUSTS_CHAIN] },
  'nps-reason:287': { checks: [CHECK_NPS_TRUSTS_CHAIN] },
  'nps-reason:289': { related: [related('ras', 855, 'The client error for a revoked client certificate.')] },
  'nps-reason:291': { checks: [CHECK_URLFETCH], related: [related('nps-reason', 258, 'The same revocation family.')] },
  'nps-reason:295': { checks: [CHECK_NPS_TRUSTS_CHAIN], related: [related('ras', 853, 'The client error for a rejected user certificate.')] },
  'nps-reason:296': { checks: [CHECK_CLIENT_AUTH_EKU] },
  'nps-reason:297': {
    checks: ['Check the subject and SAN of the client certificate (the template builds them from Active Directory) [INF].'],
  },
  'nps-reason:298': {
    checks: ["Check that the SAN of the user certificate contains the user's UPN and that the User-Name sent by the client matches it [MS]."],
  },
  'nps-reason:301': {
    related: [related('ras', 823, 'Client side: invalid crypto-binding TLV.')],
    notes: ['Relates to the PEAP `RequireCryptoBinding` setting.'],
  },
  'nps-reason:302': {
    related: [related('ras', 824, 'Client side: crypto-binding TLV not received.')],
    notes: ['Relates to the PEAP `RequireCryptoBinding` setting.'],
  },
  'event:20227': {
    checks: [
      'Decode the error code with `aovpn explain <code>`.',
      'Look at the last RasClient informational event before it: after 20222 the failure is in reaching the server, after 20223/20224 in authentication [MS].',
    ],
    related: [
      related('event', 20226, 'The event for a connection that ended rather than failed.', 'RasClient'),
      related('event', 6273, 'NPS side of an authentication failure.', NPS_AUDIT_SOURCE),
      related('event', 20271, 'VPN server side of an authentication failure.', 'RemoteAccess'),
    ],
  },
  'event:20226': {
    related: [related('win32', 0, 'Reason code 0: normal termination.')],
  },
  'event:20271': {
    checks: ['Read the reason at the end of the message, then the NPS Security event 6273 for the same user and time; its Reason Code says why NPS refused [MS].'],
    related: [
      related('event', 6273, 'NPS side: the denial with its reason code.', NPS_AUDIT_SOURCE),
      related('event', 20276, 'VPN server: the authentication protocol did not match.', 'RemoteAccess'),
      related('ras', 691, 'A usual client error for a failed authentication.'),
      related('ras', 812, 'The client error when the authentication method is refused.'),
    ],
    source: MS.auditNps,
  },
  'event:20272': {
    checks: [
      "Use it to confirm when and why a user's session ended (for example after `Disconnect-VpnUser`) and which tunnel type it used; `Get-RemoteAccessConnectionStatistics` shows the sessions still up [MS].",
    ],
    related: [related('event', 20274, 'The tunnel address the session had.', 'RemoteAccess'), related('event', 20275, 'The same disconnection, by tunnel address.', 'RemoteAccess')],
    source: sources(MS.disconnectVpnUser, MS.remoteAccessConnectionStatistics),
  },
  'event:20274': {
    checks: ['The tunnel address is the one `Disconnect-VpnUser -HostIPAddress` takes to end this session [MS].'],
    related: [related('event', 20275, 'The disconnection of that address.', 'RemoteAccess')],
    source: MS.disconnectVpnUser,
  },
  'event:20275': {
    related: [related('event', 20272, 'The session record with duration, bytes and disconnect reason.', 'RemoteAccess'), related('event', 20274, 'When that address was assigned.', 'RemoteAccess')],
  },
  'event:20276': {
    related: [related('ras', 812, 'The client error for the same failure.')],
  },
  'event:6273': {
    checks: [
      'Decode the "Reason Code" (`aovpn explain reason:<N>`); "Network Policy Name" shows which policy matched [MS].',
      'If no 6272/6273 events are logged at all, enable NPS auditing: `auditpol /set /subcategory:"Network Policy Server" /success:enable /failure:enable` [MS].',
    ],
    notes: NOTES_DENY_ACCESS,
    source: sources(MS.troubleshootNps, DENY_ACCESS_SOURCES),
  },
  'event:6274': {
    causes: ['With the Azure MFA NPS extension: the extension failed (AuthZ event 3 ESTS_TOKEN_ERROR) and the client reports error 0 after a timeout [PR].'],
    checks: ['Decode the "Reason Code" (`aovpn explain reason:<N>`) [MS].', ...CHECK_AZURE_MFA],
    related: [related('event', 3, 'Azure MFA NPS extension: ESTS_TOKEN_ERROR.', 'AzureMfa'), related('win32', 0, 'What the client reports in that case.')],
    source: PR.azureMfaEstsTokenError,
  },
  'event:3': {
    causes: [
      'The user is not synchronised to Entra ID or not licensed, the NPS extension certificate was not uploaded, or the "Azure Multi-Factor Auth Client" / "Azure Multi-Factor Auth Connector" service principals are disabled [PR].',
    ],
    checks: CHECK_AZURE_MFA.slice(1),
    related: [related('event', 6274, 'NPS discarded the request.', NPS_AUDIT_SOURCE), related('win32', 0, 'The client reports error 0 after a timeout.')],
  },
  'event:4652': {
    checks: [CHECK_IPSEC_AUDIT],
    related: [related('event', 4653, 'The other main mode failure event of the subcategory.', NPS_AUDIT_SOURCE)],
  },
  'event:4653': {
    causes: ['IKEv2 VPN connections are negotiated by the IKE service that this subcategory audits, so an IKEv2 failure on the VPN server or client can show here with its reason [INF].'],
    checks: [
      'Read "Failure Point" (this computer or the peer) and "Failure Reason"; the reason is the text of a Windows IKE error, so `aovpn explain` on the matching 13xxx code explains it (for example "Policy match error" is 13868) [MS][INF].',
      'Enable the subcategory if the event is missing: `auditpol /set /subcategory:"IPsec Main Mode" /failure:enable` [MS].',
    ],
    related: [
      related('ike', 13868, 'IKE policy mismatch.'),
      related('ike', 13801, 'IKE authentication credentials rejected.'),
      related('ike', 13806, 'No valid machine certificate.'),
      related('event', 4654, 'The quick mode counterpart.', NPS_AUDIT_SOURCE),
    ],
    source: sources(MS.auditIpsecMainMode, MS.ikeMainModeFailureStruct),
  },
  'event:4654': {
    checks: ['Read "Failure Point" and "Failure Reason"; enable the subcategory if the event is missing: `auditpol /set /subcategory:"IPsec Quick Mode" /failure:enable` [MS].'],
    related: [related('event', 4653, 'The main mode counterpart.', NPS_AUDIT_SOURCE)],
  },
  'event:39': {
    causes: [
      'The user (or device) certificate lacks the SID extension 1.3.6.1.4.1.311.25.2 and has no explicit mapping; typical for certificates whose subject is supplied in the request, as with SCEP and offline enrolment [MS].',
    ],
    checks: [
      'Check the certificate named in the event: `certutil -dump <certificate.cer>` lists the extension 1.3.6.1.4.1.311.25.2 when the SID is present [INF].',
      "Map it strongly: reissue from an enterprise CA template built from Active Directory (the CA adds the SID), put the SID in a SAN URL, or add an explicit mapping to the account's altSecurityIdentities [MS].",
    ],
    related: [
      related('nps-reason', 16, 'NPS side: the certificate could not be mapped to an account.'),
      related('ras', 853, 'The client error when NPS rejects the certificate.'),
      related('event', 40, 'Certificate older than its account.', KDC_SOURCE),
      related('event', 41, 'SID in the certificate does not match the account.', KDC_SOURCE),
    ],
    source: sources(MS.askDsStrongMapping, PR.error853Articles),
  },
  'event:40': {
    related: [related('event', 39, 'Certificate not strongly mapped.', KDC_SOURCE)],
  },
  'event:41': {
    checks: ['Reissue the certificate for the right account; the SID in it belongs to another (or a recreated) account [INF].'],
    related: [related('event', 39, 'Certificate not strongly mapped.', KDC_SOURCE)],
  },
  'event:13': {
    checks: ['Check that the address is one of your VPN servers; if so, add it to RADIUS Clients on NPS [MS].'],
    source: MS.troubleshootNps,
  },
  'event:18': {
    checks: ['Compare the shared secret of the RADIUS client on NPS and on the VPN server, or set a new one on both [MS].'],
    related: [related('nps-reason', 262, 'A RADIUS message whose signature could not be verified.')],
    source: MS.troubleshootNps,
  },
  'event:4418': {
    checks: ['Make the RADIUS client send the Message-Authenticator attribute, or exempt that client from limitProxyState as KB5040268 describes [MS].'],
    source: MS.kb5040268,
    related: [related('event', 4421, 'The startup warning about the same settings.', 'NPS')],
  },
  'event:4420': {
    checks: ['Update the remote RADIUS server so it signs its responses before enabling requireMsgAuth on this proxy [MS].'],
    related: [related('event', 4421, 'The startup warning about the same settings.', 'NPS')],
    source: OTHER.nps4420Text,
  },
  'event:4421': {
    checks: [
      'On NPS: `netsh nps set requiremsgauth all = enable` and `netsh nps set limitproxystate all = enable`; per RADIUS client `Set-NpsRadiusClient -Name <client> -AuthAttributeRequired $True` [PR].',
      'On an RRAS server that does not use EAP: `netsh ras aaaa set authserver name = <server> signature = enabled` [PR].',
    ],
    notes: ['Always On VPN uses EAP, which Blast-RADIUS (CVE-2024-3596) does not expose; NPS is often shared with other RADIUS clients that are [PR].'],
    related: [related('event', 4418, 'A request dropped under limitProxyState.', 'NPS'), related('event', 4420, 'A proxied response without Message-Authenticator.', 'NPS')],
    source: PR.blastRadius,
  },
};
