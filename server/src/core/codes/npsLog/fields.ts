// What each field of an NPS accounting log means, and how to decode its numeric values.
// Column order of the database-compatible format: the heading row Microsoft gives in "Troubleshoot Always On VPN"
// (learn.microsoft.com/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn). IAS-format attribute numbers: sdoias.h ATTRIBUTEID (RADIUS attribute numbers
// below 4096, NPS-internal ones from 4096) and the IASParse example in MS cc781314. Value names: Packet-Type = RADIUS
// codes (RFC 2865/2866; authif.h RADIUS_CODE); Authentication-Type = sdoias.h AUTHENTICATION_TYPE (IAS_AUTH_*);
// NAS-Port-Type, Service-Type, Framed-Protocol: RFC 2865 §5.41, §5.6, §5.7; Acct-Status-Type, Acct-Authentic,
// Acct-Terminate-Cause: RFC 2866 §5.1, §5.6, §5.10; Tunnel-Type, Tunnel-Medium-Type: RFC 2868 §3.1, §3.2 (13 VLAN:
// RFC 3580); Provider-Type and Client-Vendor: value lists of MS cc771748 as copied in public NPS log parsers;
// EAP types: IANA "EAP Method Types" (13 EAP-TLS, 25 PEAP, 26 MS-EAP-Authentication, 55 TEAP), as Microsoft's EAP
// configuration samples use them (learn.microsoft.com/windows/client-management/mdm/eap-configuration).
import { lookupCode } from '../catalogue';

/** The 66 columns of the database-compatible (IN*.log) format, in order. Reason-Code is the 26th. */
export const DATABASE_COLUMNS: readonly string[] = [
  'ComputerName',
  'ServiceName',
  'Record-Date',
  'Record-Time',
  'Packet-Type',
  'User-Name',
  'Fully-Qualified-Distinguished-Name',
  'Called-Station-ID',
  'Calling-Station-ID',
  'Callback-Number',
  'Framed-IP-Address',
  'NAS-Identifier',
  'NAS-IP-Address',
  'NAS-Port',
  'Client-Vendor',
  'Client-IP-Address',
  'Client-Friendly-Name',
  'Event-Timestamp',
  'Port-Limit',
  'NAS-Port-Type',
  'Connect-Info',
  'Framed-Protocol',
  'Service-Type',
  'Authentication-Type',
  'Policy-Name',
  'Reason-Code',
  'Class',
  'Session-Timeout',
  'Idle-Timeout',
  'Termination-Action',
  'EAP-Friendly-Name',
  'Acct-Status-Type',
  'Acct-Delay-Time',
  'Acct-Input-Octets',
  'Acct-Output-Octets',
  'Acct-Session-Id',
  'Acct-Authentic',
  'Acct-Session-Time',
  'Acct-Input-Packets',
  'Acct-Output-Packets',
  'Acct-Terminate-Cause',
  'Acct-Multi-Ssn-ID',
  'Acct-Link-Count',
  'Acct-Interim-Interval',
  'Tunnel-Type',
  'Tunnel-Medium-Type',
  'Tunnel-Client-Endpt',
  'Tunnel-Server-Endpt',
  'Acct-Tunnel-Conn',
  'Tunnel-Pvt-Group-ID',
  'Tunnel-Assignment-ID',
  'Tunnel-Preference',
  'MS-Acct-Auth-Type',
  'MS-Acct-EAP-Type',
  'MS-RAS-Version',
  'MS-RAS-Vendor',
  'MS-CHAP-Error',
  'MS-CHAP-Domain',
  'MS-MPPE-Encryption-Types',
  'MS-MPPE-Encryption-Policy',
  'Proxy-Policy-Name',
  'Provider-Type',
  'Provider-Name',
  'Remote-Server-Address',
  'MS-RAS-Client-Name',
  'MS-RAS-Client-Version',
];

/** 0-based indexes of the database columns the summariser and the reject summaries read. */
export const DB = {
  computerName: 0,
  packetType: 4,
  userName: 5,
  fullyQualifiedName: 6,
  policyName: 24,
  reasonCode: 25,
} as const;

/** The six header fields of an IAS-format line, before the attribute-value pairs. */
export const IAS_HEADER: readonly string[] = ['NAS-IP-Address', 'User-Name', 'Record-Date', 'Record-Time', 'Service-Name', 'Computer-Name'];

/** Attribute numbers found in IAS-format lines (RADIUS attributes and NPS-internal ones). */
export const IAS_ATTRIBUTES: ReadonlyMap<number, string> = new Map([
  [1, 'User-Name'],
  [4, 'NAS-IP-Address'],
  [5, 'NAS-Port'],
  [6, 'Service-Type'],
  [7, 'Framed-Protocol'],
  [8, 'Framed-IP-Address'],
  [9, 'Framed-IP-Netmask'],
  [10, 'Framed-Routing'],
  [11, 'Filter-Id'],
  [12, 'Framed-MTU'],
  [18, 'Reply-Message'],
  [19, 'Callback-Number'],
  [25, 'Class'],
  [26, 'Vendor-Specific'],
  [27, 'Session-Timeout'],
  [28, 'Idle-Timeout'],
  [29, 'Termination-Action'],
  [30, 'Called-Station-Id'],
  [31, 'Calling-Station-Id'],
  [32, 'NAS-Identifier'],
  [40, 'Acct-Status-Type'],
  [41, 'Acct-Delay-Time'],
  [42, 'Acct-Input-Octets'],
  [43, 'Acct-Output-Octets'],
  [44, 'Acct-Session-Id'],
  [45, 'Acct-Authentic'],
  [46, 'Acct-Session-Time'],
  [47, 'Acct-Input-Packets'],
  [48, 'Acct-Output-Packets'],
  [49, 'Acct-Terminate-Cause'],
  [50, 'Acct-Multi-Session-Id'],
  [51, 'Acct-Link-Count'],
  [61, 'NAS-Port-Type'],
  [62, 'Port-Limit'],
  [64, 'Tunnel-Type'],
  [65, 'Tunnel-Medium-Type'],
  [66, 'Tunnel-Client-Endpt'],
  [67, 'Tunnel-Server-Endpt'],
  [68, 'Acct-Tunnel-Connection'],
  [77, 'Connect-Info'],
  [79, 'EAP-Message'],
  [80, 'Message-Authenticator'],
  [81, 'Tunnel-Pvt-Group-ID'],
  [82, 'Tunnel-Assignment-ID'],
  [83, 'Tunnel-Preference'],
  [85, 'Acct-Interim-Interval'],
  [95, 'NAS-IPv6-Address'],
  [4108, 'Client-IP-Address'],
  [4116, 'Client-Vendor'],
  [4120, 'MS-CHAP-Domain'],
  [4121, 'MS-CHAP-Error'],
  [4127, 'Authentication-Type'],
  [4128, 'Client-Friendly-Name'],
  [4129, 'SAM-Account-Name'],
  [4130, 'Fully-Qualified-User-Name'],
  [4132, 'EAP-Friendly-Name'],
  [4133, 'Auth-Provider-Type'],
  [4134, 'MS-Acct-Auth-Type'],
  [4135, 'MS-Acct-EAP-Type'],
  [4136, 'Packet-Type'],
  [4137, 'Auth-Provider-Name'],
  [4142, 'Reason-Code'],
  [4147, 'MS-RAS-Vendor'],
  [4148, 'MS-RAS-Version'],
  [4149, 'NP-Policy-Name'],
  [4154, 'Proxy-Policy-Name'],
  [4155, 'Provider-Type'],
  [4156, 'Provider-Name'],
  [4157, 'Remote-Server-Address'],
  [4159, 'MS-RAS-Client-Name'],
  [4160, 'MS-RAS-Client-Version'],
  [8139, 'Client-IPv6-Address'],
  [8158, 'MS-RAS-Correlation-ID'],
]);

export const IAS_ATTRIBUTE = { packetType: 4136, reasonCode: 4142, policyName: 4149, samAccountName: 4129, fullyQualifiedUserName: 4130, userName: 1 } as const;

const PACKET_TYPES = new Map([
  [1, 'Access-Request'],
  [2, 'Access-Accept'],
  [3, 'Access-Reject'],
  [4, 'Accounting-Request'],
  [5, 'Accounting-Response'],
  [11, 'Access-Challenge'],
]);

export const PACKET_TYPE_ACCESS_REJECT = 3;

const AUTHENTICATION_TYPES = new Map([
  [1, 'PAP'],
  [2, 'CHAP (MD5)'],
  [3, 'MS-CHAP'],
  [4, 'MS-CHAPv2'],
  [5, 'EAP'],
  [6, 'ARAP'],
  [7, 'None (unauthenticated)'],
  [8, 'Custom (extension)'],
  [9, 'MS-CHAP password change'],
  [10, 'MS-CHAPv2 password change'],
  [11, 'PEAP'],
]);

const NAS_PORT_TYPES = new Map([
  [0, 'Async'],
  [1, 'Sync'],
  [2, 'ISDN Sync'],
  [3, 'ISDN Async V.120'],
  [4, 'ISDN Async V.110'],
  [5, 'Virtual'],
  [6, 'PIAFS'],
  [7, 'HDLC Clear Channel'],
  [8, 'X.25'],
  [9, 'X.75'],
  [10, 'G.3 Fax'],
  [11, 'SDSL'],
  [12, 'ADSL-CAP'],
  [13, 'ADSL-DMT'],
  [14, 'IDSL'],
  [15, 'Ethernet'],
  [16, 'xDSL'],
  [17, 'Cable'],
  [18, 'Wireless - Other'],
  [19, 'Wireless - IEEE 802.11'],
]);

const SERVICE_TYPES = new Map([
  [1, 'Login'],
  [2, 'Framed'],
  [3, 'Callback Login'],
  [4, 'Callback Framed'],
  [5, 'Outbound'],
  [6, 'Administrative'],
  [7, 'NAS Prompt'],
  [8, 'Authenticate Only'],
  [9, 'Callback NAS Prompt'],
  [10, 'Call Check'],
  [11, 'Callback Administrative'],
]);

const FRAMED_PROTOCOLS = new Map([
  [1, 'PPP'],
  [2, 'SLIP'],
  [3, 'ARAP'],
  [4, 'Gandalf SingleLink/MultiLink'],
  [5, 'Xylogics IPX/SLIP'],
  [6, 'X.75 Synchronous'],
]);

const ACCT_STATUS_TYPES = new Map([
  [1, 'Start'],
  [2, 'Stop'],
  [3, 'Interim-Update'],
  [7, 'Accounting-On'],
  [8, 'Accounting-Off'],
]);

const ACCT_AUTHENTIC = new Map([
  [1, 'RADIUS'],
  [2, 'Local'],
  [3, 'Remote'],
]);

const ACCT_TERMINATE_CAUSES = new Map([
  [1, 'User Request'],
  [2, 'Lost Carrier'],
  [3, 'Lost Service'],
  [4, 'Idle Timeout'],
  [5, 'Session Timeout'],
  [6, 'Admin Reset'],
  [7, 'Admin Reboot'],
  [8, 'Port Error'],
  [9, 'NAS Error'],
  [10, 'NAS Request'],
  [11, 'NAS Reboot'],
  [12, 'Port Unneeded'],
  [13, 'Port Preempted'],
  [14, 'Port Suspended'],
  [15, 'Service Unavailable'],
  [16, 'Callback'],
  [17, 'User Error'],
  [18, 'Host Request'],
]);

const TUNNEL_TYPES = new Map([
  [1, 'PPTP'],
  [2, 'L2F'],
  [3, 'L2TP'],
  [4, 'ATMP'],
  [5, 'VTP'],
  [6, 'AH'],
  [7, 'IP-IP'],
  [8, 'MIN-IP-IP'],
  [9, 'ESP'],
  [10, 'GRE'],
  [11, 'DVS'],
  [12, 'IP-in-IP'],
  [13, 'VLAN'],
]);

const TUNNEL_MEDIUM_TYPES = new Map([
  [1, 'IPv4'],
  [2, 'IPv6'],
  [3, 'NSAP'],
  [4, 'HDLC'],
  [5, 'BBN 1822'],
  [6, 'IEEE 802'],
  [7, 'E.163'],
  [8, 'E.164'],
  [9, 'F.69'],
  [10, 'X.121'],
  [11, 'IPX'],
  [12, 'AppleTalk'],
  [13, 'DECnet IV'],
  [14, 'Banyan Vines'],
  [15, 'E.164 with NSAP subaddress'],
]);

const PROVIDER_TYPES = new Map([
  [0, 'None'],
  [1, 'Windows'],
  [2, 'RADIUS proxy'],
]);

const CLIENT_VENDORS = new Map([
  [0, 'RADIUS Standard'],
  [9, 'Cisco'],
  [311, 'Microsoft'],
]);

const EAP_TYPES = new Map([
  [13, 'EAP-TLS'],
  [25, 'PEAP'],
  [26, 'EAP-MSCHAPv2'],
  [55, 'TEAP'],
]);

type Decoder = (value: number) => string | undefined;

const fromMap =
  (map: ReadonlyMap<number, string>): Decoder =>
  (value) =>
    map.get(value);

function decodeReason(value: number): string | undefined {
  const entry = lookupCode('nps-reason', value);
  return entry ? `${entry.symbol ? entry.symbol + ': ' : ''}${entry.summary}` : undefined;
}

// Field names as the three formats spell them; several spellings can share one decoder.
const DECODERS: ReadonlyMap<string, Decoder> = new Map<string, Decoder>([
  ['packet-type', fromMap(PACKET_TYPES)],
  ['authentication-type', fromMap(AUTHENTICATION_TYPES)],
  ['reason-code', decodeReason],
  ['nas-port-type', fromMap(NAS_PORT_TYPES)],
  ['service-type', fromMap(SERVICE_TYPES)],
  ['framed-protocol', fromMap(FRAMED_PROTOCOLS)],
  ['acct-status-type', fromMap(ACCT_STATUS_TYPES)],
  ['acct-authentic', fromMap(ACCT_AUTHENTIC)],
  ['acct-terminate-cause', fromMap(ACCT_TERMINATE_CAUSES)],
  ['tunnel-type', fromMap(TUNNEL_TYPES)],
  ['tunnel-medium-type', fromMap(TUNNEL_MEDIUM_TYPES)],
  ['provider-type', fromMap(PROVIDER_TYPES)],
  ['client-vendor', fromMap(CLIENT_VENDORS)],
  ['ms-acct-eap-type', fromMap(EAP_TYPES)],
]);

const UNSIGNED = /^\d{1,10}$/;

/** The decoded meaning of a numeric field value, e.g. ("Packet-Type", "3") → "Access-Reject"; undefined when none. */
export function decodeNpsField(fieldName: string, value: string): string | undefined {
  const decoder = DECODERS.get(fieldName.toLowerCase());
  if (!decoder || !UNSIGNED.test(value)) return undefined;
  return decoder(Number(value));
}

/** Field names whose values the summary and hints treat as the request's policy and user. */
export const POLICY_FIELDS: ReadonlySet<string> = new Set(['policy-name', 'np-policy-name']);
export const USER_FIELDS: ReadonlySet<string> = new Set(['user-name', 'sam-account-name', 'fully-qualified-user-name', 'fully-qualifed-user-name', 'fully-qualified-distinguished-name']);
