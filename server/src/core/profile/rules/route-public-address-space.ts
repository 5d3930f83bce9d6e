// A route meant for a private block (RFC 1918 §3: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) written with a shorter
// prefix that also takes in the public addresses around it: `172.0.0.0/8` for `172.16.0.0/12`, `192.0.0.0/8` or
// `192.168.0.0/15` for `192.168.0.0/16`. Traffic to those public networks is then sent into the tunnel. Only near
// misses are reported (a prefix at most 8 bits shorter than the block's, and at least /7): a short route such as
// `0.0.0.0/1` is a deliberate choice. Which network was meant is a guess, and routing changes are a person's call:
// the fix is a suggestion.
import { codeSpan } from '../../text/markdown';
import { SOURCES } from '../../sources';
import { compareIp, formatIp, networkAddress, parseIp, type IpAddress } from '../../values/ip';
import type { ProfileRule } from '../rule';
import { isTrue, routes } from '../helpers';
import { replaceValue } from '../../xml/edits';

const PRIVATE_BLOCKS: readonly { readonly network: IpAddress; readonly prefix: number }[] = [
  { network: parseIp('10.0.0.0')!, prefix: 8 },
  { network: parseIp('172.16.0.0')!, prefix: 12 },
  { network: parseIp('192.168.0.0')!, prefix: 16 },
];

/** How much shorter than the private block's prefix a route may be and still count as a near miss. */
const NEAR_MISS_BITS = 8;
/** Shorter routes (`0.0.0.0/1`, `128.0.0.0/1`…) are deliberate. */
const SHORTEST_NEAR_MISS = 7;

export const routePublicAddressSpace: ProfileRule = {
  id: 'profile/route-public-address-space',
  defaultSeverity: 'warning',
  title: 'A route around a private block that also sends public address space into the tunnel',
  docUrl: SOURCES.rfc1918.url,
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'RFC 1918 reserves three private IPv4 blocks: `10.0.0.0/8`, `172.16.0.0/12` and `192.168.0.0/16`. A route written as `172.0.0.0/8` or `192.0.0.0/8` contains one of them, but also the public addresses around it, ' +
      "so a split tunnel sends traffic for those public networks (other organisations' servers, cloud services) to the VPN, where it is usually not wanted or not routed at all. " +
      'The finding names the public ranges the route takes in. Whether the private block was meant is for you to confirm, so the fix is a suggestion.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route><Address>172.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n  <Route><Address>172.16.0.0</Address><PrefixSize>12</PrefixSize></Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    // With force tunnel (or LockDown) every address goes to the VPN anyway.
    if (profile.routingPolicy === 'ForceTunnel' || isTrue(profile.root.child('LockDown'))) return;
    for (const route of routes(profile)) {
      if (route.exclusion || !route.address || route.address.family !== 4 || route.prefix === undefined || !route.addressElement || !route.prefixElement) continue;
      const network = networkAddress(route.address, route.prefix);
      const block = PRIVATE_BLOCKS.find(
        (b) => route.prefix! < b.prefix && route.prefix! >= Math.max(SHORTEST_NEAR_MISS, b.prefix - NEAR_MISS_BITS) && compareIp(networkAddress(b.network, route.prefix!), network) === 0,
      );
      if (!block) continue;
      const written = `${route.addressElement.text.trimmed}/${route.prefix}`;
      const meant = `${formatIp(block.network)}/${block.prefix}`;
      const publicRanges = outside(network, route.prefix, block.network, block.prefix).map(([from, to]) => `${codeSpan(formatIp(from))}–${codeSpan(formatIp(to))}`);
      report({
        range: route.addressElement.text.range,
        message:
          `${codeSpan(written)} contains the private block ${codeSpan(meant)} (RFC 1918), but also the public addresses ${publicRanges.join(' and ')}: traffic to them is sent into the tunnel. ` +
          `If the private block was meant, write ${codeSpan(meant)}.`,
        related: [{ range: route.prefixElement.text.range, message: `prefix length ${route.prefix}; the private block has ${block.prefix}` }],
        fixes: [
          {
            title: `Change to ${meant}`,
            edits: [replaceValue(route.addressElement, formatIp(block.network)), replaceValue(route.prefixElement, String(block.prefix))],
            kind: 'suggestion',
          },
        ],
      });
    }
  },
};

/** The parts of `outer/outerPrefix` outside `inner/innerPrefix` (which it contains), as first and last address. */
function outside(outer: IpAddress, outerPrefix: number, inner: IpAddress, innerPrefix: number): [IpAddress, IpAddress][] {
  const toNumber = (a: IpAddress) => a.bytes.reduce((n, b) => n * 256 + b, 0);
  const fromNumber = (n: number): IpAddress => ({ family: 4, bytes: [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256) });
  const outerStart = toNumber(outer);
  const outerEnd = outerStart + 2 ** (32 - outerPrefix) - 1;
  const innerStart = toNumber(inner);
  const innerEnd = innerStart + 2 ** (32 - innerPrefix) - 1;
  const parts: [IpAddress, IpAddress][] = [];
  if (innerStart > outerStart) parts.push([fromNumber(outerStart), fromNumber(innerStart - 1)]);
  if (innerEnd < outerEnd) parts.push([fromNumber(innerEnd + 1), fromNumber(outerEnd)]);
  return parts;
}
