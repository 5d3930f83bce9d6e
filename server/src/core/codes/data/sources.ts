// Public sources of the code knowledge, written once and cited by the data files. Microsoft first; practitioners'
// articles where Microsoft is silent. Where a practitioner article has no stable address of its own, its title is
// given with the blog's tag page that lists it.

/** Microsoft Learn and Microsoft Support pages. */
export const MS = {
  rasErrorCodes: 'https://learn.microsoft.com/windows/win32/rras/routing-and-remote-access-error-codes',
  systemErrorCodes12000: 'https://learn.microsoft.com/windows/win32/debug/system-error-codes--12000-15999-',
  systemErrorCodes0: 'https://learn.microsoft.com/windows/win32/debug/system-error-codes--0-499-',
  certTrustReturnValues: 'https://learn.microsoft.com/windows/win32/seccrypto/certificate-and-trust-return-values',
  npsReasonCodes0To37: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/dd197464(v=ws.10)',
  npsReasonCodes38To257: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/dd197521(v=ws.10)',
  npsReasonCodes258To282: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/dd197582(v=ws.10)',
  npsReasonCodes283To303: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/dd197508(v=ws.10)',
  npsDatabaseLogFormat: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc771748(v=ws.10)',
  rasConnectionEstablishment: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc773769(v=ws.10)',
  troubleshootAovpn: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn',
  troubleshootNps: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/troubleshoot-network-policy-server',
  auditNps: 'https://learn.microsoft.com/windows/security/threat-protection/auditing/audit-network-policy-server',
  auditIpsecMainMode: 'https://learn.microsoft.com/windows/security/threat-protection/auditing/audit-ipsec-main-mode',
  auditIpsecQuickMode: 'https://learn.microsoft.com/windows/security/threat-protection/auditing/audit-ipsec-quick-mode',
  /** Sets IgnoreNoRevocationCheck and NoRevocationCheck; leaf certificates of one hour without CRL. */
  conditionalAccessVpn: 'https://learn.microsoft.com/windows-server/remote/remote-access/how-to-aovpn-conditional-access',
  /** IgnoreNoRevocationCheck, IgnoreRevocationOffline, NoRevocationCheck, NoRootRevocationCheck; CRL cache reset. */
  npsCrlRegistry: 'https://learn.microsoft.com/windows-server/networking/technologies/nps/network-policy-server-certificate-revocation-list-check-registry-settings',
  manageNetworkPolicies: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc732724(v=ws.10)',
  vpnv2Csp: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp',
  /** Server name matching case-sensitive in Windows 11 21H2 only; root thumbprint needed in the profile. */
  windows11Eap: 'https://learn.microsoft.com/windows-server/networking/technologies/extensible-authentication-protocol/windows-11-changes',
  deviceTunnel: 'https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  eapConfiguration: 'https://learn.microsoft.com/windows/client-management/mdm/eap-configuration',
  disconnectVpnUser: 'https://learn.microsoft.com/powershell/module/remoteaccess/disconnect-vpnuser',
  remoteAccessConnectionStatistics: 'https://learn.microsoft.com/powershell/module/remoteaccess/get-remoteaccessconnectionstatistics',
  kb5014754: 'https://support.microsoft.com/topic/kb5014754-certificate-based-authentication-changes-on-windows-domain-controllers-ad2c23b0-15d8-4340-a468-4d4f3b188f16',
  askDsStrongMapping: 'https://techcommunity.microsoft.com/blog/askds/understanding-and-troubleshooting---strong-certificate-name-mapping-in-active-di/4451386',
  kb5040268: 'https://support.microsoft.com/topic/kb5040268-how-to-manage-the-access-request-packets-attack-vulnerability-associated-with-cve-2024-3596-a0e2f0b1-f200-4a7b-844f-48d1d5ab9e66',
  ikeMainModeFailureStruct: 'https://learn.microsoft.com/windows/win32/api/fwpmtypes/ns-fwpmtypes-fwpm_net_event_ikeext_mm_failure0',
} as const;

/** Practitioners' published findings (marked [PR] in the text). */
export const PR = {
  ikev2PolicyMismatch: 'https://directaccess.richardhicks.com/2019/09/02/always-on-vpn-ikev2-policy-mismatch-error/',
  ikev2Fragmentation: 'https://directaccess.richardhicks.com/2019/02/11/always-on-vpn-and-ikev2-fragmentation/',
  denyingAccess: 'https://directaccess.richardhicks.com/2019/04/22/denying-access-to-always-on-vpn-users-or-computers/',
  conditionalAccess812: 'https://directaccess.richardhicks.com/2021/08/29/always-on-vpn-authentication-failure-with-azure-conditional-access/',
  strongMappingAovpn2022: 'https://directaccess.richardhicks.com/2022/05/16/certificate-based-authentication-changes-and-always-on-vpn/',
  azureMfaEstsTokenError: 'https://directaccess.richardhicks.com/2019/04/29/always-on-vpn-and-azure-mfa-ests-token-error/',
  error853Articles:
    'Richard Hicks, "Troubleshooting Always On VPN Error 853", "Always On VPN Error 853 on Windows 11" and "Always On VPN Authentication Failure After February 2025 Security Update", listed at https://directaccess.richardhicks.com/tag/853/',
  cloudPki853: 'Richard Hicks, "Always On VPN and Cloud PKI for Intune Error 853", listed at https://directaccess.richardhicks.com/tag/cloud-pki-for-intune',
  sstpExpired: 'Richard Hicks, "Always On VPN Error -2146762495", listed at https://directaccess.richardhicks.com/tag/expired-certificate/',
  blastRadius: 'Richard Hicks, "Always On VPN and Blast-RADIUS", listed at https://directaccess.richardhicks.com/tag/vulnerability/',
  error809: 'Richard Hicks, "Troubleshooting Always On VPN Error Code 809", listed at https://directaccess.richardhicks.com/tag/error-code-809/',
  error691And812: 'Richard Hicks, "Troubleshooting Always On VPN Error 691 and 812", parts 1 and 2 (directaccess.richardhicks.com)',
  error864And13801: 'Richard Hicks, "Troubleshooting Always On VPN Error Code 864", "Always On VPN Intermittent 13801 Error" (directaccess.richardhicks.com)',
} as const;

/** Other public references: message tables and event texts quoted in public repositories. */
export const OTHER = {
  /** Message table of mprmsg.dll (RasClient and RemoteAccess events), extracted per Windows version. */
  mprmsgTable: 'https://github.com/libyal/winevt-kb/blob/5e51c65e83317e81eb68bca37a0fc56cc512eb1e/docs/sources/message-files/MessageFile-mprmsg.dll.md',
  /** The RemoteAccess provider: System log, message file mprmsg.dll. */
  remoteAccessProvider: 'https://github.com/libyal/winevt-kb/blob/5e51c65e83317e81eb68bca37a0fc56cc512eb1e/docs/sources/eventlog-providers/Provider-RemoteAccess.md',
  /** Event 4420's text as logged, quoted in a public issue. */
  nps4420Text: 'https://github.com/lithnet/pan-ra-proxy/issues/10',
  /** Third-party event encyclopedia; Microsoft's Quick Mode page does not list 4654. */
  event4654: 'https://www.ultimatewindowssecurity.com/securitylog/encyclopedia/event.aspx?eventid=4654',
  /** A secondary list of NPS System events, not confirmed by Microsoft documentation. */
  npsEventList: 'https://pastebin.com/kneU7mue',
} as const;
