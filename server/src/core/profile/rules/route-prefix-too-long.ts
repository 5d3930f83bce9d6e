// A prefix length can be at most 32 bits for IPv4 and 128 bits for IPv6; the XSD (unsignedByte) and the DDF
// ([0-4294967295]) accept larger numbers that cannot form a route (DOMAIN.md §1.2).
import type { ProfileRule } from '../rule';
import { maxPrefixLength } from '../../values/ip';
import { related, routes } from '../helpers';

export const routePrefixTooLong: ProfileRule = {
  id: 'profile/route-prefix-too-long',
  defaultSeverity: 'error',
  title: 'Route prefix longer than the address (32 bits for IPv4, 128 for IPv6)',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenameroutelistrouterowidprefixsize',
  check({ profile, report }) {
    for (const route of routes(profile)) {
      if (!route.address || route.prefix === undefined || !route.prefixElement || !route.addressElement) continue;
      if (route.prefix > 255) continue; // out of the element's range: the catalogue check reports it
      const max = maxPrefixLength(route.address.family);
      if (route.prefix <= max) continue;
      report({
        range: route.prefixElement.text.range,
        message: `\`${route.addressElement.text.trimmed}\` is an IPv${route.address.family} address, so its prefix length can be 0–${max}; \`${route.prefix}\` cannot form a route. Use ${max} for a single host or the length of the network's mask.`,
        related: [related(route.addressElement, `IPv${route.address.family} address`)],
      });
    }
  },
};
