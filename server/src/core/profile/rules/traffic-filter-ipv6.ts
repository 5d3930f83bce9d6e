// Practitioners report that traffic filters are not compatible with IPv6 addresses on the VPN client
// (richardhicks/aovpn ProfileXML_User.xml, "As of July 2021"; DOMAIN.md §1.4). Raised when the profile routes IPv6.
import type { ProfileRule } from '../rule';
import { related, routes } from '../helpers';

export const trafficFilterIpv6: ProfileRule = {
  id: 'profile/traffic-filter-ipv6',
  defaultSeverity: 'information',
  title: 'Traffic filters in a profile that routes IPv6',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-security-features#traffic-filters',
  check({ profile, report }) {
    const filters = profile.elements('TrafficFilter');
    if (filters.length === 0) return;
    const ipv6Route = routes(profile).find((r) => r.address?.family === 6 && !r.exclusion);
    if (!ipv6Route) return;
    report({
      range: filters[0].nameRange,
      message:
        'This profile routes IPv6 through the VPN and uses traffic filters. Practitioners report (since July 2021) that traffic filters do not work when VPN clients are assigned IPv6 addresses; test carefully, or do not assign IPv6 to clients while you use traffic filters.',
      related: [related(ipv6Route.element, 'IPv6 route')],
    });
  },
};
