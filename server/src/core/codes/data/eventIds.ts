// Event IDs met when troubleshooting Always On VPN, with the source (provider) that logs them.
// Sources: shared/reference/DOMAIN.md §3.3 and §8 — RasClient: MS cc773769 "RAS Connection Establishment" and
// 3060ebb9 "RAS Connection Establishment Issues" (which names ROUTERLOG_RASCONNECTION_FAILED for 20227), message
// texts from the mprmsg.dll table (libyal/winevt-kb); NPS Security events: MS "Audit Network Policy Server";
// 20276: MS troubleshoot-always-on-vpn.md; NPS System events 13, 17, 4400–4402: secondary list, UNVERIFIED;
// 4421: practitioner article on Blast-RADIUS; AzureMfa event 3: practitioner scenario (DOMAIN.md §8).

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
const NPS_AUDIT = {
  source: 'Microsoft-Windows-Security-Auditing',
  sourceAliases: ['Microsoft Windows security auditing', 'Security-Auditing'],
  log: 'Security',
} as const;
const NPS_SYSTEM = { source: 'NPS', sourceAliases: ['IAS', 'Microsoft-Windows-NPS'], log: 'System' } as const;
const UNVERIFIED_NPS_SYSTEM = 'UNVERIFIED: taken from a secondary list, not confirmed against Microsoft documentation.';

const RAS_CONNECTION = 'MS cc773769 "RAS Connection Establishment"; mprmsg.dll message table';

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
    notes: [
      'Errors Microsoft lists for failures after this stage: 633, 676, 678, 680, 692, 740, 741, 742, 766, 786–791, 793, 807–811, 814, 815, 825, 827, 835.',
    ],
    reference: RAS_CONNECTION,
  },
  {
    id: 20223,
    ...RAS_CLIENT,
    symbol: 'ROUTERLOG_DEVICE_CONNECTED',
    summary: 'The link or tunnel to the server is up (device connected).',
    notes: [
      'Errors Microsoft lists for failures after this stage (and after 20224): 647–649, 691, 708, 718, 732–738, 741, 742, 764, 778, 798, 801, 805, 806, 808, 812, 826.',
    ],
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
    reference: 'mprmsg.dll message table as extracted in libyal/winevt-kb',
  },
  {
    id: 20227,
    ...RAS_CLIENT,
    symbol: 'ROUTERLOG_RASCONNECTION_FAILED',
    summary: 'A dialed connection failed; the message carries the error code.',
    notes: [
      'The error code is the 4th insertion string (EventData: {CoId, user, connection name, error code}), not %3 as on Microsoft\'s 2008 R2 page, which shows the CoId as a separate prefix.',
      'The code can be a negative decimal HRESULT: -2146762495 is 0x800B0101 (CERT_E_EXPIRED).',
    ],
    reference: 'MS 3060ebb9 "RAS Connection Establishment Issues"; mprmsg.dll message table',
  },
  {
    id: 20276,
    source: 'RemoteAccess',
    sourceAliases: ['RRAS', 'Routing and Remote Access'],
    log: 'System',
    summary: 'On the VPN (RRAS) server: the authentication protocol did not match; the server-side partner of client error 812.',
    notes: [
      'Logged on the VPN server, not on the client. The source name is inferred: RRAS server events are logged under "RemoteAccess".',
    ],
    reference: 'MS troubleshoot-always-on-vpn.md',
  },
  { id: 6272, ...NPS_AUDIT, summary: 'NPS granted access to a user.', reference: 'MS Audit Network Policy Server' },
  {
    id: 6273,
    ...NPS_AUDIT,
    summary: 'NPS denied access to a user; the event gives the Reason Code and Reason.',
    notes: ['The event\'s "Reason" text can differ from the documented description (258 shows the CryptoAPI revocation message).'],
    reference: 'MS Audit Network Policy Server',
  },
  {
    id: 6274,
    ...NPS_AUDIT,
    summary: 'NPS discarded the request for a user; the event gives the Reason Code.',
    reference: 'MS Audit Network Policy Server',
  },
  { id: 6275, ...NPS_AUDIT, summary: 'NPS discarded an accounting request for a user.', reference: 'MS Audit Network Policy Server' },
  { id: 6276, ...NPS_AUDIT, summary: 'NPS quarantined a user (NAP).', reference: 'MS Audit Network Policy Server' },
  { id: 6277, ...NPS_AUDIT, summary: 'NPS granted access to a user, but on probation (NAP).', reference: 'MS Audit Network Policy Server' },
  { id: 6278, ...NPS_AUDIT, summary: 'NPS granted full access because the host met the health policy (NAP).', reference: 'MS Audit Network Policy Server' },
  { id: 6279, ...NPS_AUDIT, summary: 'NPS locked the user account after repeated failed attempts.', reference: 'MS Audit Network Policy Server' },
  { id: 6280, ...NPS_AUDIT, summary: 'NPS unlocked the user account.', reference: 'MS Audit Network Policy Server' },
  {
    id: 13,
    ...NPS_SYSTEM,
    summary: 'NPS received a RADIUS message from an address that is not a configured RADIUS client.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: 'secondary list (DOMAIN.md §3.3)',
  },
  {
    id: 17,
    ...NPS_SYSTEM,
    summary: 'A RADIUS message arrived without the required Message-Authenticator attribute.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: 'secondary list (DOMAIN.md §3.3)',
  },
  {
    id: 4400,
    ...NPS_SYSTEM,
    summary: 'NPS established an LDAP connection to a domain controller.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: 'secondary list (DOMAIN.md §3.3)',
  },
  {
    id: 4401,
    ...NPS_SYSTEM,
    summary: 'A domain controller NPS uses is not responding.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: 'secondary list (DOMAIN.md §3.3)',
  },
  {
    id: 4402,
    ...NPS_SYSTEM,
    summary: 'NPS found no domain controller available.',
    notes: [UNVERIFIED_NPS_SYSTEM],
    reference: 'secondary list (DOMAIN.md §3.3)',
  },
  {
    id: 4421,
    ...NPS_SYSTEM,
    summary: 'After a service start (with KB5040268 installed): RequireMsgAuth and/or limitProxyState are in Disable mode and should be enabled (Blast-RADIUS hardening).',
    notes: ['From a practitioner article; not found in Microsoft reference pages.'],
    reference: 'practitioner article on Blast-RADIUS mitigation (DOMAIN.md §3.3, §8)',
  },
  {
    id: 3,
    source: 'AzureMfa',
    sourceAliases: ['AuthZ', 'AzureMfa-AuthZ'],
    log: 'Applications and Services Logs > Microsoft > AzureMfa > AuthZ',
    symbol: 'ESTS_TOKEN_ERROR',
    summary: 'The Azure MFA NPS extension logged ESTS_TOKEN_ERROR while authorizing the user.',
    reference: 'practitioner scenario (DOMAIN.md §8)',
  },
];
