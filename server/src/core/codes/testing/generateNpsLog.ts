// Synthetic NPS accounting logs for tests and the benchmark: deterministic (seeded), realistic Always On VPN traffic
// in any of the three formats. Pure: it returns text or hands chunks to a callback; the caller writes files.
// Each session is an Access-Request followed by an Access-Accept (plus accounting Start/Stop) or an Access-Reject
// with a reason code typical of Always On VPN.
import { DATABASE_COLUMNS } from '../npsLog/fields';

export type GeneratedLogFormat = 'database' | 'ias' | 'dts';

export interface NpsLogGeneratorOptions {
  readonly format?: GeneratedLogFormat;
  readonly seed?: number;
  /** Share of sessions rejected, 0..1 (default 0.2). */
  readonly rejectRatio?: number;
  /** Distinct users (default 500). */
  readonly users?: number;
}

export interface GeneratedRecord {
  readonly computer: string;
  readonly date: string;
  readonly time: string;
  readonly packetType: number;
  readonly userName: string;
  readonly fullyQualifiedName: string;
  readonly nasIp: string;
  readonly nasIdentifier: string;
  readonly callingStation: string;
  readonly calledStation: string;
  readonly authenticationType: number;
  readonly policy: string;
  readonly reasonCode: number;
  readonly acctStatusType?: number;
  readonly sessionId: string;
}

/** Reason codes of rejected sessions and their weights. */
export const GENERATED_REJECT_REASONS: readonly (readonly [number, number])[] = [
  [258, 40],
  [16, 25],
  [48, 15],
  [66, 10],
  [65, 5],
  [265, 5],
];

const POLICIES = ['AOVPN User Tunnel', 'AOVPN User Tunnel (PEAP-TLS)', 'Deny Contractors'];
const NPS_SERVERS = ['NPS01', 'NPS02'];
const VPN_SERVERS: readonly (readonly [string, string])[] = [
  ['VPN01', '10.20.0.5'],
  ['VPN02', '10.20.0.6'],
];

// Small, fast, deterministic PRNG (mulberry32).
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function pickWeighted(next: () => number, choices: readonly (readonly [number, number])[]): number {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = next() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices[choices.length - 1][0];
}

/** Endless records, session by session. */
export function* generateRecords(options: NpsLogGeneratorOptions = {}): Generator<GeneratedRecord> {
  const next = random(options.seed ?? 1);
  const rejectRatio = options.rejectRatio ?? 0.2;
  const userCount = options.users ?? 500;
  let seconds = 8 * 3600;
  let day = 22;
  for (let session = 1; ; session++) {
    seconds += 1 + Math.floor(next() * 3);
    if (seconds >= 86400) {
      seconds -= 86400;
      day = day === 28 ? 1 : day + 1;
    }
    const date = `01/${pad(day)}/2025`;
    const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
    const userIndex = Math.floor(next() * userCount);
    const user = `user${pad(userIndex, 4)}`;
    const [nasIdentifier, nasIp] = VPN_SERVERS[session % VPN_SERVERS.length];
    const base = {
      computer: NPS_SERVERS[session % NPS_SERVERS.length],
      date,
      time,
      nasIp,
      nasIdentifier,
      callingStation: `198.51.100.${1 + (userIndex % 254)}`,
      calledStation: '203.0.113.10',
      sessionId: `${session.toString(16).toUpperCase().padStart(8, '0')}`,
    };
    const rejected = next() < rejectRatio;
    const policy = POLICIES[rejected && next() < 0.3 ? 2 : userIndex % 2];
    yield { ...base, packetType: 1, userName: `${user}@corp.example.net`, fullyQualifiedName: '', authenticationType: 11, policy: '', reasonCode: 0 };
    if (rejected) {
      const reasonCode = pickWeighted(next, GENERATED_REJECT_REASONS);
      const policyName = reasonCode === 48 ? '' : policy;
      yield { ...base, packetType: 3, userName: '', fullyQualifiedName: `CORP\\${user}`, authenticationType: 11, policy: policyName, reasonCode };
      continue;
    }
    yield { ...base, packetType: 2, userName: '', fullyQualifiedName: `CORP\\${user}`, authenticationType: 11, policy, reasonCode: 0 };
    yield { ...base, packetType: 4, userName: `${user}@corp.example.net`, fullyQualifiedName: '', authenticationType: 11, policy: '', reasonCode: 0, acctStatusType: 1 };
    yield { ...base, packetType: 4, userName: `${user}@corp.example.net`, fullyQualifiedName: '', authenticationType: 11, policy: '', reasonCode: 0, acctStatusType: 2 };
  }
}

const quote = (text: string): string => (text === '' ? '' : `"${text.replace(/"/g, '""')}"`);

/** One line of the database-compatible format (66 columns, text quoted). */
export function formatDatabaseLine(record: GeneratedRecord): string {
  const columns = new Array<string>(DATABASE_COLUMNS.length).fill('');
  const set = (name: string, value: string) => {
    columns[DATABASE_COLUMNS.indexOf(name)] = value;
  };
  set('ComputerName', quote(record.computer));
  set('ServiceName', quote('IAS'));
  set('Record-Date', record.date);
  set('Record-Time', record.time);
  set('Packet-Type', String(record.packetType));
  set('User-Name', quote(record.userName));
  set('Fully-Qualified-Distinguished-Name', quote(record.fullyQualifiedName));
  set('Called-Station-ID', quote(record.calledStation));
  set('Calling-Station-ID', quote(record.callingStation));
  set('NAS-Identifier', quote(record.nasIdentifier));
  set('NAS-IP-Address', quote(record.nasIp));
  set('NAS-Port', '1');
  set('Client-Vendor', '0');
  set('Client-IP-Address', quote(record.nasIp));
  set('Client-Friendly-Name', quote(record.nasIdentifier));
  set('NAS-Port-Type', '5');
  set('Framed-Protocol', '1');
  set('Service-Type', '2');
  set('Authentication-Type', String(record.authenticationType));
  set('Policy-Name', quote(record.policy));
  set('Reason-Code', String(record.reasonCode));
  if (record.packetType === 2) set('Class', quote(`311 1 ${record.nasIp} ${record.date} ${record.time} ${record.sessionId}`));
  set('EAP-Friendly-Name', quote('Microsoft: Smart Card or other certificate'));
  if (record.acctStatusType !== undefined) set('Acct-Status-Type', String(record.acctStatusType));
  set('Acct-Session-Id', quote(record.sessionId));
  set('Proxy-Policy-Name', quote('Use Windows authentication for all users'));
  set('Provider-Type', '1');
  return columns.join(',');
}

/** One line of the IAS format: six header fields, then attribute,value pairs. */
export function formatIasLine(record: GeneratedRecord): string {
  const pairs: (string | number)[] = [4127, record.authenticationType, 4136, record.packetType, 4142, record.reasonCode];
  pairs.push(4108, record.nasIp, 4128, record.nasIdentifier, 61, 5, 6, 2, 7, 1, 31, record.callingStation, 30, record.calledStation);
  if (record.fullyQualifiedName) pairs.push(4129, record.fullyQualifiedName);
  if (record.policy) pairs.push(4149, record.policy);
  if (record.acctStatusType !== undefined) pairs.push(40, record.acctStatusType);
  pairs.push(44, record.sessionId, 4154, 'Use Windows authentication for all users', 4155, 1);
  return [record.nasIp, record.userName, record.date, record.time, 'IAS', record.computer, ...pairs].join(',');
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One line of the DTS (XML) format. */
export function formatDtsLine(record: GeneratedRecord): string {
  const element = (name: string, type: number, value: string | number) => `<${name} data_type="${type}">${xml(String(value))}</${name}>`;
  const parts = [
    element('Timestamp', 4, `${record.date} ${record.time}.000`),
    element('Computer-Name', 1, record.computer),
    element('Event-Source', 1, 'IAS'),
    element('NAS-IP-Address', 3, record.nasIp),
    element('NAS-Identifier', 1, record.nasIdentifier),
    element('Calling-Station-Id', 1, record.callingStation),
    element('Called-Station-Id', 1, record.calledStation),
    element('NAS-Port-Type', 0, 5),
    element('Service-Type', 0, 2),
    element('Framed-Protocol', 0, 1),
    element('Client-IP-Address', 3, record.nasIp),
    element('Client-Friendly-Name', 1, record.nasIdentifier),
  ];
  if (record.userName) parts.push(element('User-Name', 1, record.userName));
  if (record.fullyQualifiedName) parts.push(element('SAM-Account-Name', 1, record.fullyQualifiedName));
  parts.push(element('Proxy-Policy-Name', 1, 'Use Windows authentication for all users'));
  if (record.policy) parts.push(element('NP-Policy-Name', 1, record.policy));
  if (record.acctStatusType !== undefined) parts.push(element('Acct-Status-Type', 0, record.acctStatusType));
  parts.push(element('Authentication-Type', 0, record.authenticationType), element('Packet-Type', 0, record.packetType), element('Reason-Code', 0, record.reasonCode), element('Provider-Type', 0, 1));
  return `<Event>${parts.join('')}</Event>`;
}

const FORMATTERS: Readonly<Record<GeneratedLogFormat, (record: GeneratedRecord) => string>> = {
  database: formatDatabaseLine,
  ias: formatIasLine,
  dts: formatDtsLine,
};

/** A log of about `targetBytes` (whole lines, CRLF line ends as NPS writes them). */
export function generateNpsLog(targetBytes: number, options: NpsLogGeneratorOptions = {}): string {
  const format = FORMATTERS[options.format ?? 'database'];
  const lines: string[] = [];
  let size = 0;
  for (const record of generateRecords(options)) {
    if (size >= targetBytes) break;
    const line = format(record) + '\r\n';
    lines.push(line);
    size += line.length;
  }
  return lines.join('');
}

/**
 * Streams about `targetBytes` of log to `onChunk` in chunks of about `chunkBytes` (ASCII, so bytes = characters),
 * for files far larger than memory. Returns the exact number of bytes produced.
 */
export function generateNpsLogChunks(targetBytes: number, onChunk: (chunk: Uint8Array) => void, options: NpsLogGeneratorOptions & { chunkBytes?: number } = {}): number {
  const format = FORMATTERS[options.format ?? 'database'];
  const chunkBytes = options.chunkBytes ?? 1 << 20;
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let pendingSize = 0;
  let total = 0;
  for (const record of generateRecords(options)) {
    if (total + pendingSize >= targetBytes) break;
    const line = format(record) + '\r\n';
    pending.push(line);
    pendingSize += line.length;
    if (pendingSize >= chunkBytes) {
      onChunk(encoder.encode(pending.join('')));
      total += pendingSize;
      pending = [];
      pendingSize = 0;
    }
  }
  if (pendingSize > 0) {
    onChunk(encoder.encode(pending.join('')));
    total += pendingSize;
  }
  return total;
}
