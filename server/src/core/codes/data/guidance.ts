// Causes, checks and cross-references for the codes that matter to Always On VPN, keyed "kind:code".
// Facts: shared/reference/DOMAIN.md §3.2, §3.3, §4, §5.2 and §8 (each [MS] Microsoft, [PR] practitioner, [INF] inference
// as marked there); the registry workaround: MicrosoftDocs/windowsserverdocs vpn-config-eap-tls-to-ignore-crl-checking.md.
import type { Guidance, RelatedCode } from '../types';

const NPS_AUDIT_SOURCE = 'Microsoft-Windows-Security-Auditing';

const related = (kind: RelatedCode['kind'], code: number, note: string, eventSource?: string): RelatedCode =>
  eventSource ? { kind, code, note, eventSource } : { kind, code, note };

// One concept, one place: checks several codes share.
const CHECK_NTAUTH =
  'On NPS, list the enterprise NTAuth store with `certutil -enterprise -viewstore NTAuth`; add a missing issuing CA with `certutil -enterprise -addstore NTAuth <issuing-CA.cer>`.';
const CHECK_URLFETCH =
  'On NPS, run `certutil -verify -urlfetch <client-certificate.cer>`: it shows whether the CRL of every certificate in the chain can be fetched ("no revocation information available" for a CA without a CDP).';
const CHECK_IGNORE_NO_REVOCATION =
  'Only for certificates that carry no CDP (Entra ID Conditional Access certificates, Cloud PKI for Intune): set DWORD `IgnoreNoRevocationCheck` = 1 under `HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13` (and under `...\\EAP\\25` when PEAP is used) on every NPS server, then reboot the server; restarting the NPS or RRAS services is not enough.';
const CHECK_READ_6273 =
  'On NPS, open the Security event 6273 (or 6274) logged at the same time and decode its Reason Code (`aovpn explain reason:<N>`).';
const CHECK_CLIENT_AUTH_EKU =
  'Check that the client certificate (or its template\'s Application Policies) includes Client Authentication 1.3.6.1.5.5.7.3.2, then re-enrol.';
const CHECK_NPS_TRUSTS_CHAIN =
  'On NPS, make sure the root and intermediate CA certificates of the client certificate are trusted by the computer, and that the issuing CA is in NTAuth; `certutil -verify -urlfetch <client-certificate.cer>` on NPS shows where the chain breaks.';
const CHECK_AZURE_MFA = [
  'On NPS, open Applications and Services Logs > Microsoft > AzureMfa > AuthZ and look for event 3 `ESTS_TOKEN_ERROR`.',
  'Check the prerequisites: the user is synchronised to Entra ID and licensed, and the NPS extension certificate was uploaded.',
  'Check that the service principals "Azure Multi-Factor Auth Client" (app id 981f26a1-7f43-403b-a875-f8b09b8cd720) and "Azure Multi-Factor Auth Connector" (app id 1f5530b3-261a-47a9-b357-ded261e17918) are enabled, then run `Restart-Service IAS`.',
];

export const GUIDANCE: Readonly<Record<string, Guidance>> = {
  'ras:691': {
    causes: [
      'The user name or password is not valid, or the authentication protocol used is not permitted on the server.',
      'IKEv2 authentication failures and PEAP problems also end in 691 [PR].',
    ],
    checks: [CHECK_READ_6273, 'Find the Access-Reject line of the user in the NPS accounting log (`aovpn logs IN*.log`).'],
    related: [
      related('event', 6273, 'NPS side: the denial with its reason code.', NPS_AUDIT_SOURCE),
      related('nps-reason', 16, 'NPS reason for a credentials mismatch.'),
      related('ras', 812, 'Authentication method not allowed by the server policy.'),
    ],
  },
  'ras:800': {
    causes: [
      'With the Automatic tunnel type, every protocol tried failed [MS].',
      'UDP 500 and 4500 blocked on the way to the server, or wrong IKE certificates [MS].',
    ],
    checks: [
      'Set an explicit tunnel type in ProfileXML (`NativeProtocolType` IKEv2 or SSTP) to see the underlying error.',
      'Check that UDP 500 and 4500 (IKEv2) and TCP 443 (SSTP) reach the VPN server.',
      'Check the IKEv2 certificates on client and server (see 13801 and 13806).',
    ],
    related: [
      related('ras', 809, 'The server does not answer at all.'),
      related('ike', 13801, 'IKE certificate rejected.'),
      related('ike', 13806, 'No valid machine certificate for IKE.'),
    ],
  },
  'ras:809': {
    causes: [
      'UDP 500/4500 (IKEv2) or TCP 443 (SSTP) is blocked by a firewall between client and VPN server [MS][PR].',
      'A NAT device or load balancer in front of the VPN server does not pass the VPN traffic [PR].',
      'The server name resolves to the wrong address, or not at all [PR].',
    ],
    checks: [
      'Check every firewall, NAT device and load balancer on the path for UDP 500 and 4500 (IKEv2) or TCP 443 (SSTP).',
      'Check that the name in the profile\'s `Servers` element resolves publicly to the VPN server.',
    ],
    related: [
      related('ras', 800, 'What the Automatic tunnel type reports when every protocol fails.'),
      related('ras', 868, 'The server name did not resolve.'),
    ],
  },
  'ras:812': {
    causes: [
      'The EAP method of the client\'s EapHostConfig does not match the constraints of the NPS network policy (for example the policy requires PEAP with a certificate while the client uses EAP-MSCHAPv2) [MS][PR].',
      'The server names in the EAP configuration do not match the NPS certificate name [PR].',
      'With Entra ID Conditional Access certificates, NPS rejects with reason 258 because the certificate has no CDP [PR].',
    ],
    checks: [
      'Compare the EAP type and inner method of the ProfileXML EapHostConfig with the network policy\'s Constraints > Authentication Methods on NPS.',
      'On the VPN server, look for event 20276 logged at the same time.',
      CHECK_READ_6273,
    ],
    related: [
      related('event', 20276, 'VPN server side of the same failure.', 'RemoteAccess'),
      related('nps-reason', 66, 'NPS: authentication method not enabled on the policy.'),
      related('nps-reason', 258, 'NPS: revocation check failed (Entra ID CA certificates).'),
    ],
  },
  'ras:853': {
    causes: [
      'The issuing CA certificate is missing from the enterprise NTAuth store that NPS consults [PR].',
      'NPS cannot complete the revocation check (NPS reason 258): the CRL Distribution Point is missing or unreachable from NPS, or the issuing CA (Cloud PKI for Intune, Entra ID CA) has no CDP [PR].',
      'The server names in the EAP configuration differ from the NPS certificate name only in letter case: Windows 11 21H2 compared them case-sensitively (practitioners traced 853 to this), and Microsoft documents that 22H2 went back to case-insensitive matching [PR][MS].',
      'The February 2025 domain controller strong certificate mapping change: NPS rejects with reason 16 and the DC logs Kerberos-Key-Distribution-Center event 39 [PR].',
    ],
    checks: [CHECK_NTAUTH, CHECK_URLFETCH, CHECK_IGNORE_NO_REVOCATION, CHECK_READ_6273],
    related: [
      related('nps-reason', 258, 'NPS could not check revocation of the client certificate.'),
      related('nps-reason', 16, 'Certificate could not be mapped to an account (strong mapping).'),
      related(
        'nps-reason',
        262,
        'NPS received an incomplete RADIUS message whose signature it could not verify; sometimes found on the NPS side of an 853 (not confirmed by Microsoft documentation).',
      ),
      related('event', 6273, 'NPS side: the denial with its reason code.', NPS_AUDIT_SOURCE),
    ],
  },
  'ras:858': {
    causes: ['The Server Authentication certificate on the NPS server has expired.'],
    checks: [
      'On every NPS server, check the expiry of the certificate selected in the network policy\'s PEAP/EAP properties and renew it (template: a copy of "RAS and IAS Server", with autoenrolment).',
    ],
    related: [
      related('ras', 864, 'The client does not trust the root of the NPS certificate.'),
      related('ras', 857, 'The NPS certificate is not valid for another reason.'),
      related('hresult', 0x800b0101, 'The generic "certificate expired" HRESULT.'),
    ],
  },
  'ras:864': {
    causes: [
      'The root that issued the NPS certificate is not in the client\'s Trusted Root Certification Authorities store, or the `TrustedRootCA` thumbprint in the EAP configuration is wrong [PR].',
      'The NPS certificate subject does not match the name in the EAP configuration, lacks the Server Authentication EKU, or is not the certificate selected in the NPS network policy [PR].',
    ],
    checks: [
      'Compare the `TrustedRootCA` thumbprint(s) in the EapHostConfig with the root that issued the NPS certificate.',
      'On NPS, check the certificate selected in the network policy (Constraints > Authentication Methods > PEAP/EAP properties): subject or SAN = the name clients expect, Server Authentication EKU.',
    ],
    related: [
      related('ras', 858, 'The NPS certificate has expired.'),
      related('hresult', 0x800b0109, 'The generic "untrusted root" HRESULT.'),
    ],
  },
  'ras:868': {
    checks: ['Check that the VPN server name in the profile\'s `Servers` element resolves in public DNS.'],
    related: [related('ras', 809, 'The name resolves but the server does not answer.')],
  },
  'ike:13801': {
    causes: [
      'The VPN server certificate lacks the Server Authentication EKU (IP security IKE intermediate is recommended too), has expired, or its root is not trusted by the client [MS][PR].',
      'The server certificate subject is not the public FQDN the client dials (the `Servers` value), for example the internal host name [PR].',
      'Intermittent 13801: the device has several certificates with Client Authentication; adding the IP security IKE intermediate EKU to the device certificate fixes it [PR].',
    ],
    checks: [
      'On the VPN server (Local Computer\\Personal): subject = the public FQDN from ProfileXML `Servers`, EKUs Server Authentication 1.3.6.1.5.5.7.3.1 and IP security IKE intermediate 1.3.6.1.5.5.8.2.2, not expired, issued by the private CA.',
      'On the client: the root of the server certificate is in Trusted Root Certification Authorities.',
    ],
    related: [
      related('hresult', 0x80070040, 'Microsoft\'s AOVPN article reads this HRESULT as a missing Server Authentication EKU.'),
      related('hresult', 0x800b0109, 'Untrusted root.'),
      related('ike', 13806, 'No valid machine certificate.'),
    ],
  },
  'ike:13806': {
    causes: [
      'Device tunnel: the device certificate is missing from Local Computer\\Personal, is not trusted, or lacks Client Authentication [MS][PR].',
      'The VPN server lacks its machine certificate or the root for the client certificate [MS][PR].',
    ],
    checks: [
      'On the client: Local Computer\\Personal holds a valid certificate with Client Authentication 1.3.6.1.5.5.7.3.2 from the internal CA, subject = the device FQDN, not expired or revoked.',
      'On the client: the root and intermediate CAs of both the device and the server certificate are trusted.',
      'On the VPN server: the root of the device certificate is accepted (`Set-VpnAuthProtocol -RootCertificateNameToAccept`).',
    ],
    related: [related('ike', 13801, 'The certificate was found but rejected.')],
  },
  'ike:13868': {
    causes: [
      'The IKEv2 parameters differ between client and server: the `CryptographySuite` of the profile does not match the IKEv2 policy of the RRAS server [INF].',
    ],
    checks: [
      'Compare the ProfileXML `CryptographySuite` (AuthenticationTransformConstants, CipherTransformConstants, EncryptionMethod, IntegrityCheckMethod, DHGroup, PfsGroup) with the custom IPsec policy of the RRAS server.',
    ],
    notes: ['Practitioners list 13868 among the common Always On VPN errors; the cause given here is an inference from the error name.'],
  },
  'ike:13881': {
    notes: ['No explicit Always On VPN minimum key size was found (UNVERIFIED).'],
  },
  [`hresult:${0x800b0101}`]: {
    causes: [
      'RasClient 20227 with -2146762495: the TLS certificate of the SSTP listener on the VPN server has expired [PR].',
    ],
    checks: ['Renew the TLS certificate used by SSTP on the VPN server.'],
    related: [related('event', 20227, 'RasClient logs this HRESULT as the negative decimal -2146762495.', 'RasClient')],
  },
  [`hresult:${0x800b0109}`]: {
    causes: ['The client does not trust the root of the server certificate [MS].'],
    checks: ['Install the root CA certificate in the client\'s Trusted Root Certification Authorities store.'],
    related: [
      related('ike', 13801, 'IKE credentials rejected.'),
      related('ras', 864, 'EAP: no trusted root for the NPS certificate.'),
    ],
  },
  [`hresult:${0x80070040}`]: {
    causes: ['Per Microsoft\'s Always On VPN troubleshooting article: the VPN server certificate lacks the Server Authentication EKU.'],
    checks: ['Check that the VPN server certificate includes Server Authentication 1.3.6.1.5.5.7.3.1.'],
    related: [
      related('win32', 64, 'The Win32 error inside this HRESULT (generic reading).'),
      related('ike', 13801, 'The usual IKEv2 error for a wrong server certificate.'),
    ],
    notes: [
      'Two readings: generically HRESULT_FROM_WIN32(ERROR_NETNAME_DELETED, 64); the Always On VPN article interprets it as a server certificate without Server Authentication.',
    ],
  },
  [`hresult:${0x80092012}`]: {
    related: [
      related('nps-reason', 258, 'NPS shows this same message as the Reason of reason code 258.'),
      related('ras', 853, 'The client error when NPS rejects for this reason.'),
    ],
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
  },
  'nps-reason:16': {
    causes: [
      'A wrong password, or a user name that maps to no account.',
      'With certificate authentication: the certificate cannot be mapped to an account, for example after the domain controller strong certificate mapping change; the DC then logs Kerberos-Key-Distribution-Center event 39 [PR].',
    ],
    checks: ['On the domain controllers, look for Kerberos-Key-Distribution-Center event 39 at the time of the rejection.'],
    related: [
      related('ras', 853, 'The client error for a rejected user certificate.'),
      related('ras', 691, 'The client error for rejected credentials.'),
    ],
  },
  'nps-reason:22': {
    causes: [
      'The EAP method in the client EapHostConfig is not enabled in the network policy, or the NPS server certificate has a problem.',
    ],
    checks: ['Compare the EAP types of the EapHostConfig with the network policy\'s Authentication Methods.'],
    related: [related('ras', 812, 'The client error for an authentication method mismatch.')],
  },
  'nps-reason:23': {
    checks: ['Look at the EAP logs on NPS for the underlying error.'],
  },
  'nps-reason:48': {
    causes: [
      'The user or computer is not in the group referenced by the VPN network policy.',
      'Another condition of the policy (NAS-Port-Type, tunnel type) does not match.',
    ],
    checks: ['Check the account\'s group membership and the conditions of the VPN network policy on NPS.'],
    related: [related('event', 6273, 'NPS denial event.', NPS_AUDIT_SOURCE)],
  },
  'nps-reason:49': {
    checks: ['Review the conditions of the connection request policies on NPS against this request.'],
    related: [related('nps-reason', 48, 'No matching network policy (the next stage).')],
  },
  'nps-reason:65': {
    causes: ['The Dial-in tab of the account sets Network Access Permission to Deny.'],
    checks: [
      'In Active Directory, set Network Access Permission on the account\'s Dial-in tab to "Control access through NPS Network Policy" (or Allow).',
    ],
  },
  'nps-reason:66': {
    causes: [
      'The EAP type or inner method of the ProfileXML EAP configuration is not enabled on the matching network policy; the client usually reports 812.',
    ],
    checks: [
      'Compare the EapHostConfig (PEAP 25 or EAP-TLS 13, and the inner method) with the network policy\'s Constraints > Authentication Methods.',
    ],
    related: [related('ras', 812, 'The client error for the same mismatch.')],
  },
  'nps-reason:258': {
    causes: [
      'The CRL Distribution Point of the client certificate, or of a CA in its chain, is missing or not reachable from NPS.',
      'Certificates issued without a CDP: Entra ID Conditional Access short-lived certificates and Cloud PKI for Intune issuing CAs.',
    ],
    checks: [CHECK_URLFETCH, CHECK_IGNORE_NO_REVOCATION],
    related: [
      related('ras', 853, 'The usual client error for this rejection.'),
      related('ras', 812, 'Also reported by clients with Entra ID CA certificates.'),
      related('hresult', 0x80092012, 'CRYPT_E_NO_REVOCATION_CHECK: the message NPS shows for 258.'),
    ],
    notes: ['Event 6273 shows the Reason "The revocation function was unable to check revocation for the certificate."'],
  },
  'nps-reason:259': {
    causes: ['The CRL or CDP cannot be reached from NPS, so the revocation status is unknown.'],
    checks: [CHECK_URLFETCH],
    related: [
      related('nps-reason', 258, 'The revocation check could not be done.'),
      related('ras', 853, 'The usual client error.'),
    ],
  },
  'nps-reason:262': {
    checks: [
      'Look at the RADIUS client (the VPN server) that sent the message, and compare its RADIUS settings (shared secret, Message-Authenticator) with NPS [INF].',
    ],
    related: [related('ras', 853, 'A client-side error sometimes found with this reason (not confirmed by Microsoft documentation).')],
  },
  'nps-reason:265': {
    causes: ['The client certificate chains to a root that NPS does not trust.'],
    checks: [CHECK_NPS_TRUSTS_CHAIN],
    related: [related('ras', 853, 'The client error for a rejected user certificate.')],
  },
  'nps-reason:266': {
    checks: ['Look at the RADIUS client (VPN server) that sent the message and at the matching event 6274 on NPS.'],
    related: [related('event', 6274, 'NPS discarded the request.', NPS_AUDIT_SOURCE)],
  },
  'nps-reason:267': { checks: [CHECK_CLIENT_AUTH_EKU] },
  'nps-reason:268': { checks: ['Renew the client certificate.'], related: [related('ras', 854, 'The client error for an expired client certificate.')] },
  'nps-reason:272': {
    checks: ['Find the accounts the certificate maps to (for example the same UPN on two accounts) and keep one mapping [INF].'],
  },
  'nps-reason:273': {
    checks: ['Verify the client certificate chain on NPS with `certutil -verify -urlfetch <client-certificate.cer>`.'],
  },
  'nps-reason:281': {
    checks: ['Check the path length constraint (Basic Constraints) of the CA certificates in the chain: `certutil -verify <client-certificate.cer>`.'],
  },
  'nps-reason:282': {
    checks: ['Check the extensions of the client certificate and its template for one marked critical that NPS does not recognise [INF].'],
  },
  'nps-reason:283': { checks: [CHECK_CLIENT_AUTH_EKU] },
  'nps-reason:286': { checks: [CHECK_NPS_TRUSTS_CHAIN] },
  'nps-reason:287': { checks: [CHECK_NPS_TRUSTS_CHAIN] },
  'nps-reason:289': { related: [related('ras', 855, 'The client error for a revoked client certificate.')] },
  'nps-reason:291': { checks: [CHECK_URLFETCH], related: [related('nps-reason', 258, 'The same revocation family.')] },
  'nps-reason:295': { checks: [CHECK_NPS_TRUSTS_CHAIN], related: [related('ras', 853, 'The client error for a rejected user certificate.')] },
  'nps-reason:296': { checks: [CHECK_CLIENT_AUTH_EKU] },
  'nps-reason:297': {
    checks: ['Check the subject and SAN of the client certificate (the template builds them from Active Directory).'],
  },
  'nps-reason:298': {
    checks: [
      'Check that the SAN of the user certificate contains the user\'s UPN and that the User-Name sent by the client matches it.',
    ],
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
      'Look at the last RasClient informational event before it: after 20222 the failure is in reaching the server, after 20223/20224 in authentication.',
    ],
    related: [
      related('event', 20226, 'The event for a connection that ended rather than failed.', 'RasClient'),
      related('event', 6273, 'NPS side of an authentication failure.', NPS_AUDIT_SOURCE),
    ],
  },
  'event:20226': {
    related: [related('win32', 0, 'Reason code 0: normal termination.')],
  },
  'event:20276': {
    related: [related('ras', 812, 'The client error for the same failure.')],
  },
  'event:6273': {
    checks: [
      'Decode the "Reason Code" (`aovpn explain reason:<N>`); "Network Policy Name" shows which policy matched.',
      'If no 6272/6273 events are logged at all, enable NPS auditing: `auditpol /set /subcategory:"Network Policy Server" /success:enable /failure:enable` [PR].',
    ],
  },
  'event:6274': {
    causes: ['With the Azure MFA NPS extension: the extension failed (AuthZ event 3 ESTS_TOKEN_ERROR) and the client reports error 0 after a timeout [PR].'],
    checks: ['Decode the "Reason Code" (`aovpn explain reason:<N>`).', ...CHECK_AZURE_MFA],
    related: [
      related('event', 3, 'Azure MFA NPS extension: ESTS_TOKEN_ERROR.', 'AzureMfa'),
      related('win32', 0, 'What the client reports in that case.'),
    ],
  },
  'event:3': {
    causes: [
      'The user is not synchronised to Entra ID or not licensed, the NPS extension certificate was not uploaded, or the "Azure Multi-Factor Auth Client" / "Azure Multi-Factor Auth Connector" service principals are disabled [PR].',
    ],
    checks: CHECK_AZURE_MFA.slice(1),
    related: [
      related('event', 6274, 'NPS discarded the request.', NPS_AUDIT_SOURCE),
      related('win32', 0, 'The client reports error 0 after a timeout.'),
    ],
  },
  'event:4421': {
    checks: [
      'On NPS: `netsh nps set requiremsgauth all = enable` and `netsh nps set limitproxystate all = enable`; per RADIUS client `Set-NpsRadiusClient -Name <client> -AuthAttributeRequired $True`.',
      'On an RRAS server that does not use EAP: `netsh ras aaaa set authserver name = <server> signature = enabled`.',
    ],
    notes: ['Always On VPN uses EAP, which Blast-RADIUS (CVE-2024-3596) does not expose; NPS is often shared with other RADIUS clients that are.'],
  },
};
