// Event IDs met when troubleshooting Always On VPN, with the source (provider) that logs them and the public source of
// each meaning (data/sources.ts). RasClient and RemoteAccess message texts: the mprmsg.dll message table as extracted
// per Windows version in libyal/winevt-kb; NPS audit events: Microsoft "Audit Network Policy Server"; IPsec audit
// events: Microsoft "Audit IPsec Main Mode"; KDC events: KB5014754; NPS System events: Microsoft's NPS troubleshooting
// guide and KB5040268. Events that rest on a secondary list only say so in their notes.
import { MS, OTHER, PR } from './sources';

export interface EventRow {
  readonly id: number;
  /** Provider name as Event Viewer shows it in "Source:". */
  readonly source: string;
  /** Other spellings of the source seen in exports, for matching. */
  readonly sourceAliases: readonly string[];
  readonly log: string;
  readonly symbol?: string;
  readonly summary: string;
  readonly notes?: readonly string[];
  readonly reference: string;
}

const RAS_CLIENT = { source: 'RasClient', sourceAliases: [], log: 'Application' } as const;
/** RRAS on the VPN server logs under "RemoteAccess" in the System log (message file mprmsg.dll). */
const REMOTE_ACCESS = { source: 'RemoteAccess', sourceAliases: ['RRAS', 'Routing and Remote Access'], log: 'System' } as const;
const SECURITY_AUDITING = {
  source: 'Microsoft-Windows-Security-Auditing',
  sourceAliases: ['Microsoft Windows security auditing', 'Security-Auditing'],
  log: 'Security',
} as const;
const NPS_SYSTEM = { source: 'NPS', sourceAliases: ['IAS', 'Microsoft-Windows-NPS'], log: 'System' } as const;
const KDC = {
  source: 'Kerberos-Key-Distribution-Center',
  sourceAliases: ['Microsoft-Windows-Kerberos-Key-Distribution-Center', 'Kdcsvc', 'KDC'],
  log: 'System',
} as const;
const UNVERIFIED_NPS_SYSTEM = 'UNVERIFIED: taken from a secondary list, not confirmed against Microsoft documentation.';

const RAS_CONNECTION = `${MS.rasConnectionEstablishment}; message texts: ${OTHER.mprmsgTable}`;
const REMOTE_ACCESS_MESSAGES = `${OTHER.mprmsgTable}; source and log: ${OTHER.remoteAccessProvider}`;
const ROUTING_DOMAIN_NOTE = 'Since Windows Server 2012 R2 the message starts with a RoutingDomainID, so every insertion string moves up by one.';
const KDC_SOURCES = `${MS.kb5014754}; ${MS.askDsStrongMapping}; ${PR.strongMappingAovpn2022}`;

export const EVENT_IDS: readonly EventRow[] = [
  {
    id: 20220,
    ...RAS_CLIENT,
    summary: 'A connection made through a device was terminated; the message carries the error code.',
    notes: ['Newer Windows versions log the text "The connection to %1 made using device %2 was terminated. %3".'],
    reference: RAS_CONNECTION,
  },
  {
    id: 20221,
    ...RAS_CLIENT,
    symbol: 'ROUTERLOG_PRECONNECT_INFO',
    summary: 'The user started dialing; the event records the connection settings (AutoLogon, UseRasCredentials, VpnStrategy, DataEncryption…).',
    reference: RAS_CONNECTION,
  },
  {
    id: 20222,
    ...RAS_CLIENT,
    symbol: 'ROUTERLOG_CONNECTING_DEVICE',
    summary: 'The client is trying to reach the remote access server through a device (for example a WAN Miniport).',
    notes: ['Errors Microsoft lists for failures after this stage: 633, 676, 678, 680, 692, 740, 741, 742, 766, 786–791, 793, 807–811, 814, 815, 825, 827, 835.'],
    reference: RAS_CONNECTION,
  },
  {
    id: 20223,
    ...RAS_CLIENT,
    symbol: 'ROUTERLOG_DEVICE_CONNECTED',
    summary: 'The link or tunnel to the server is up (device connected).',
    notes: ['Errors Microsoft lists for failures after this stage (and after 20224): 647–649, 691, 708, 718, 732–738, 741, 742, 764, 778, 798, 801, 805, 806, 808, 812, 826.'],
    reference: RAS_CONNECTION,
  },
  {
    id: 20224,
    ...RAS_CLIENT,
    symbol: 'ROUTERLOG_LINK_ESTABLISHED',
    summary: 'All selected devices are connected.',
    reference: RAS_CONNECTION,
  },
  {
    id: 20225,
    ...RAS_CLIENT,
    symbol: 'ROUTERLOG_RASCONNECTION_ESTABLISHED',
    summary: 'The connection is established (all PPP phases completed).',
    reference: RAS_CONNECTION,
  },
  {
    id: 20226,
    ...RAS_CLIENT,
    summary: 'A dialed connection has ended; the message carries the reason code (0 = normal termination).',
    notes: ['Insertion strings: {CoId, user, connection name, reason code}; the reason code is the 4th.'],
    reference: OTHER.mprmsgTable,
  },
  {
    id: 20227,
    ...RAS_CLIENT,
    symbol: 'ROUTERLOG_RASCONNECTION_FAILED',
    summary: 'A dialed connection failed; the message carries the error code.',
    notes: [
      "The error code is the 4th insertion string (EventData: {CoId, user, connection name, error code}), not %3 as on Microsoft's 2008 R2 page, which shows the CoId as a separate prefix.",
      'The code can be a negative decimal HRESULT: -2146762495 is 0x800B0101 (CERT_E_EXPIRED).',
    ],
    reference: `Microsoft "RAS Connection Establishment Issues" (Windows Server 2008); ${OTHER.mprmsgTable}`,
  },
  {
    id: 20271,
    ...REMOTE_ACCESS,
    summary: 'On the VPN (RRAS) server: a user reached the server from the address given but failed authentication; the message gives the reason.',
    notes: ['Logged on the VPN server, not on the client. Insertion strings: {CoId, user, client address, reason}.'],
    reference: REMOTE_ACCESS_MESSAGES,
  },
  {
    id: 20272,
    ...REMOTE_ACCESS,
    summary:
      "On the VPN (RRAS) server: a user's session ended; the message gives the port, start and end, duration, bytes sent and received, the reason for disconnecting, the tunnel type and the quarantine state.",
    notes: ['Logged on the VPN server, not on the client.', ROUTING_DOMAIN_NOTE],
    reference: REMOTE_ACCESS_MESSAGES,
  },
  {
    id: 20274,
    ...REMOTE_ACCESS,
    summary: "On the VPN (RRAS) server: the user's connection on a port was assigned the tunnel address given.",
    notes: ['Logged on the VPN server, not on the client.', ROUTING_DOMAIN_NOTE],
    reference: REMOTE_ACCESS_MESSAGES,
  },
  {
    id: 20275,
    ...REMOTE_ACCESS,
    summary: 'On the VPN (RRAS) server: the user with the tunnel address given has disconnected.',
    notes: ['Logged on the VPN server, not on the client.', ROUTING_DOMAIN_NOTE],
    reference: REMOTE_ACCESS_MESSAGES,
  },
  {
    id: 20276,
    ...REMOTE_ACCESS,
    summary: 'On the VPN (RRAS) server: the authentication protocol did not match; the server-side partner of client error 812.',
    notes: ['Logged on the VPN server, not on the client. The message names the port and says the selected authentication protocol failed.'],
    reference: `${MS.troubleshootAovpn}; ${REMOTE_ACCESS_MESSAGES}`,
  },
  { id: 6272, ...SECURITY_AUDITING, summary: 'NPS granted access to a user.', reference: MS.auditNps },
  {
    id: 6273,
    ...SECURITY_AUDITING,
    summary: 'NPS denied access to a user; the event gives the Reason Code and Reason.',
    notes: ['The event\'s "Reason" text can differ from the documented description (258 shows the CryptoAPI revocation message).'],
    reference: MS.auditNps,
  },
  {
    id: 6274,
    ...SECURITY_AUDITING,
    summary: 'NPS discarded the request for a user; the event gives the Reason Code.',
    reference: MS.auditNps,
  },
  { id: 6275, ...SECURITY_AUDITING, summary: 'NPS discarded an accounting request for a user.', reference: MS.auditNps },
  { id: 6276, ...SECURITY_AUDITING, summary: 'NPS quarantined a user (NAP).', reference: MS.auditNps },
  { id: 6277, ...SECURITY_AUDITING, summary: 'NPS granted access to a user, but on probation (NAP).', reference: MS.auditNps },
  { id: 6278, ...SECURITY_AUDITING, summary: 'NPS granted full access because the host met the health policy (NAP).', reference: MS.auditNps },
  { id: 6279, ...SECURITY_AUDITING, summary: 'NPS locked the user account after repeated failed attempts.', reference: MS.auditNps },
  { id: 6280, ...SECURITY_AUDITING, summary: 'NPS unlocked the user account.', reference: MS.auditNps },
  {
    id: 4652,
    ...SECURITY_AUDITING,
    summary: 'An IPsec main mode negotiation (IKE or AuthIP) failed; a sibling of 4653 in the same audit subcategory.',
    notes: ['Logged only when the "IPsec Main Mode" audit subcategory is enabled for failures.'],
    reference: MS.auditIpsecMainMode,
  },
  {
    id: 4653,
    ...SECURITY_AUDITING,
    summary: 'An IPsec main mode negotiation (IKE or AuthIP) failed; the event gives the local and remote endpoints, the failure point (this computer or the peer) and the failure reason.',
    notes: ['Logged only when the "IPsec Main Mode" audit subcategory is enabled for failures.'],
    reference: MS.auditIpsecMainMode,
  },
  {
    id: 4654,
    ...SECURITY_AUDITING,
    summary: 'An IPsec quick mode negotiation failed; the event gives the endpoints, the failure point and the failure reason.',
    notes: [
      'Logged only when the "IPsec Quick Mode" audit subcategory is enabled for failures.',
      "Microsoft's page on that subcategory does not list 4654; its subcategory and fields come from a third-party event encyclopedia.",
    ],
    reference: `${MS.auditIpsecQuickMode}; ${OTHER.event4654}`,
  },
  {
    id: 39,
    ...KDC,
    summary: 'On a domain controller: the KDC met a valid user certificate that it could not map to an account in a strong way (explicit mapping, key trust or the SID in the certificate).',
    notes: [
      'Part of the strong certificate mapping changes of KB5014754. A warning while the KDC runs in Compatibility mode; in Full Enforcement mode such certificates are refused. Microsoft ended Compatibility mode with the September 2025 updates.',
    ],
    reference: KDC_SOURCES,
  },
  {
    id: 40,
    ...KDC,
    summary: 'On a domain controller: a certificate was issued before its user existed in Active Directory and no strong mapping was found (KB5014754).',
    reference: KDC_SOURCES,
  },
  {
    id: 41,
    ...KDC,
    summary: "On a domain controller: the SID in the certificate's SID extension does not match the user's SID (KB5014754).",
    reference: KDC_SOURCES,
  },
  {
    id: 13,
    ...NPS_SYSTEM,
    summary: 'NPS received a RADIUS message from an address that is not a configured RADIUS client.',
    reference: MS.troubleshootNps,
  },
  {
    id: 17,
    ...NPS_SYSTEM,
    summary: 'A RADIUS message arrived without the required Message-Authenticator attribute.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: `secondary list: ${OTHER.npsEventList}`,
  },
  {
    id: 18,
    ...NPS_SYSTEM,
    summary: 'An Access-Request arrived from a RADIUS client with a Message-Authenticator attribute that is not valid; usually the shared secrets differ.',
    reference: MS.troubleshootNps,
  },
  {
    id: 4400,
    ...NPS_SYSTEM,
    summary: 'NPS established an LDAP connection to a domain controller.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: `secondary list: ${OTHER.npsEventList}`,
  },
  {
    id: 4401,
    ...NPS_SYSTEM,
    summary: 'A domain controller NPS uses is not responding.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: `secondary list: ${OTHER.npsEventList}`,
  },
  {
    id: 4402,
    ...NPS_SYSTEM,
    summary: 'NPS found no domain controller available.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: `secondary list: ${OTHER.npsEventList}`,
  },
  {
    id: 4418,
    ...NPS_SYSTEM,
    summary: 'NPS dropped an Access-Request that carried a Proxy-State attribute but no Message-Authenticator (limitProxyState enforced; Blast-RADIUS hardening of KB5040268).',
    notes: ['An error event, added to NPS by the Windows updates of July 9, 2024 and later.'],
    reference: MS.kb5040268,
  },
  {
    id: 4420,
    ...NPS_SYSTEM,
    summary:
      'NPS acting as a RADIUS proxy received a response from a remote RADIUS server without a Message-Authenticator attribute; it is still accepted because requireMsgAuth is in Audit mode (KB5040268).',
    notes: ['Once requireMsgAuth is enabled, such responses are dropped. The event text is as quoted in a public issue; the event belongs to the KB5040268 series.'],
    reference: `${MS.kb5040268}; ${OTHER.nps4420Text}`,
  },
  {
    id: 4421,
    ...NPS_SYSTEM,
    summary: 'After a service start (with KB5040268 installed): RequireMsgAuth and/or limitProxyState are in Disable mode and should be enabled (Blast-RADIUS hardening).',
    notes: ['The event text comes from practitioners; the event belongs to the KB5040268 series.'],
    reference: `${PR.blastRadius}; ${MS.kb5040268}`,
  },
  {
    id: 3,
    source: 'AzureMfa',
    sourceAliases: ['AuthZ', 'AzureMfa-AuthZ'],
    log: 'Applications and Services Logs > Microsoft > AzureMfa > AuthZ',
    symbol: 'ESTS_TOKEN_ERROR',
    summary: 'The Azure MFA NPS extension logged ESTS_TOKEN_ERROR while authorizing the user.',
    reference: PR.azureMfaEstsTokenError,
  },
];
