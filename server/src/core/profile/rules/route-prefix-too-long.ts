// A prefix length can be at most 32 bits for IPv4 and 128 bits for IPv6. The XSD (unsignedByte, 0-255) and the CSP
// (int) accept larger numbers, which cannot form a route (VPNv2 CSP RouteList PrefixSize).
import { codeSpan } from '../../text/markdown';
import { maxPrefixLength } from '../../values/ip';
import type { ProfileRule } from '../rule';
import { cspSection, related, routes } from '../helpers';

export const routePrefixTooLong: ProfileRule = {
  id: 'profile/route-prefix-too-long',
  defaultSeverity: 'error',
  title: 'Route prefix longer than the address (32 bits for IPv4, 128 for IPv6)',
  docUrl: cspSection('deviceprofilenameroutelistrouterowidprefixsize'),
  // Which length was meant (a host, or the network's mask) is the administrator's to say: no fix.
  fixKinds: [],
  docs: {
    rationale:
      '`<PrefixSize>` is the number of leading bits of `<Address>` that name the network. An IPv4 address has 32 bits and an IPv6 address 128, so a longer prefix cannot form a route, even though the published schema accepts any number up to 255. ' +
      "Numbers above 255 are left to the catalogue's range check.",
    wrong: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <Route><Address>10.0.0.1</Address><PrefixSize>33</PrefixSize></Route>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <Route><Address>10.0.0.1</Address><PrefixSize>32</PrefixSize></Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    for (const route of routes(profile)) {
      if (!route.address || route.prefix === undefined || !route.prefixElement || !route.addressElement) continue;
      if (route.prefix > 255) continue; // out of the element's range: the catalogue check reports it
      const max = maxPrefixLength(route.address.family);
      if (route.prefix <= max) continue;
      report({
        range: route.prefixElement.text.range,
        message: `${codeSpan(route.addressElement.text.trimmed)} is an IPv${route.address.family} address, so its prefix length can be 0–${max}; \`${route.prefix}\` cannot form a route. Use ${max} for a single host or the length of the network's mask.`,
        related: [related(route.addressElement, `IPv${route.address.family} address`)],
      });
    }
  },
};
