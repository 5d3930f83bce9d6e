// Practitioners: "As of July 2021, traffic filters are not compatible with IPv6. Do not configure traffic filters
// when assigning IPv6 addresses to Always On VPN clients" (https://github.com/richardhicks/aovpn/blob/master/
// ProfileXML_User.xml). Microsoft documents nothing about it. Raised when the profile routes IPv6 into the VPN.
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { related, routes } from '../helpers';

export const trafficFilterIpv6: ProfileRule = {
  id: 'profile/traffic-filter-ipv6',
  defaultSeverity: 'information',
  title: 'Traffic filters in a profile that routes IPv6',
  docUrl: SOURCES.aovpnUserSample.url,
  // Whether clients get IPv6 addresses is decided on the VPN server: advice only.
  fixKinds: [],
  docs: {
    rationale:
      "Practitioners report that, as of July 2021, traffic filters do not work when Always On VPN clients are assigned IPv6 addresses, and advise against combining them; Microsoft's documentation says nothing about it. " +
      'The profile cannot show which addresses the VPN server assigns, so the finding appears when a profile with traffic filters routes IPv6 networks into the tunnel, as information.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>\n  <Route><Address>2001:db8::</Address><PrefixSize>32</PrefixSize></Route>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>\n  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const filters = profile.elements('TrafficFilter');
    if (filters.length === 0) return;
    const ipv6Route = routes(profile).find((r) => r.address?.family === 6 && !r.exclusion);
    if (!ipv6Route) return;
    report({
      range: filters[0].nameRange,
      message:
        'This profile routes IPv6 through the VPN and uses traffic filters. Practitioners report (as of July 2021) that traffic filters do not work when VPN clients are assigned IPv6 addresses; Microsoft does not document it. Test carefully, or do not assign IPv6 to clients while you use traffic filters.',
      related: [related(ipv6Route.element, 'IPv6 route')],
    });
  },
};
