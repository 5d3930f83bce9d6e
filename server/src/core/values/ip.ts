// IPv4/IPv6 parsing, formatting and prefix arithmetic, strict enough for a linter.

export type IpFamily = 4 | 6;

export interface IpAddress {
  readonly family: IpFamily;
  /** 4 octets for IPv4, 16 octets for IPv6. */
  readonly bytes: readonly number[];
}

export function parseIPv4(text: string): IpAddress | undefined {
  // Hand-rolled: routes are parsed by the thousand on every keystroke. The octets are kept in locals and the
  // array made once at its final size (pushing onto [] allocated room for 17).
  let octets = 0;
  let first = 0;
  let second = 0;
  let third = 0;
  let fourth = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x2e;
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      if (++digits > 3) return undefined;
    } else if (c === 0x2e) {
      if (digits === 0 || value > 255) return undefined;
      if (octets === 0) first = value;
      else if (octets === 1) second = value;
      else if (octets === 2) third = value;
      else if (octets === 3) fourth = value;
      else return undefined; // a fifth octet
      octets++;
      value = 0;
      digits = 0;
    } else return undefined;
  }
  return octets === 4 ? { family: 4, bytes: [first, second, third, fourth] } : undefined;
}

/** True when an IPv4 octet is written with a leading zero (some parsers read it as octal). */
export function hasLeadingZeroOctet(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    if (text.charCodeAt(i) === 0x30 && (i === 0 || text.charCodeAt(i - 1) === 0x2e) && text.charCodeAt(i + 1) !== 0x2e) return true;
  }
  return false;
}

export function parseIPv6(text: string): IpAddress | undefined {
  if (text.length < 2 || text.includes('%')) return undefined;
  const doubleColon = text.indexOf('::');
  if (doubleColon !== -1 && text.indexOf('::', doubleColon + 1) !== -1) return undefined;
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4(piece);
        if (!v4) return undefined;
        groups.push((v4.bytes[0] << 8) | v4.bytes[1], (v4.bytes[2] << 8) | v4.bytes[3]);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
      groups.push(parseInt(piece, 16));
    }
    return groups;
  };
  let groups: number[];
  if (doubleColon === -1) {
    const all = parseGroups(text);
    if (!all || all.length !== 8) return undefined;
    groups = all;
  } else {
    const head = parseGroups(text.slice(0, doubleColon));
    const tail = parseGroups(text.slice(doubleColon + 2));
    if (!head || !tail || head.length + tail.length > 7) return undefined;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  const bytes: number[] = [];
  for (const g of groups) bytes.push(g >> 8, g & 0xff);
  return { family: 6, bytes };
}

export function parseIp(text: string): IpAddress | undefined {
  return text.includes(':') ? parseIPv6(text) : parseIPv4(text);
}

export function formatIp(address: IpAddress): string {
  if (address.family === 4) return address.bytes.join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((address.bytes[i] << 8) | address.bytes[i + 1]);
  // RFC 5952: compress the longest run (length >= 2) of zero groups.
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function maxPrefixLength(family: IpFamily): number {
  return family === 4 ? 32 : 128;
}

/** The address with every bit after `prefixLength` cleared. */
export function networkAddress(address: IpAddress, prefixLength: number): IpAddress {
  const bytes = address.bytes.map((byte, index) => {
    const bitsBefore = index * 8;
    if (prefixLength >= bitsBefore + 8) return byte;
    if (prefixLength <= bitsBefore) return 0;
    const keep = prefixLength - bitsBefore;
    return byte & (0xff << (8 - keep)) & 0xff;
  });
  return { family: address.family, bytes };
}

export function hasHostBits(address: IpAddress, prefixLength: number): boolean {
  const network = networkAddress(address, prefixLength);
  return network.bytes.some((byte, index) => byte !== address.bytes[index]);
}

export function compareIp(a: IpAddress, b: IpAddress): number {
  for (let i = 0; i < a.bytes.length; i++) if (a.bytes[i] !== b.bytes[i]) return a.bytes[i] - b.bytes[i];
  return 0;
}
