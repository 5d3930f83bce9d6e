// "Once a TrafficFilterList is added, all traffic are blocked other than the ones matching the rules"; rules are
// combined with OR, the properties inside a rule with AND (VPNv2 CSP TrafficFilterList).
import type { ProfileRule } from '../rule';
import { cspSection } from '../helpers';

export const trafficFilterBlocksOtherTraffic: ProfileRule = {
  id: 'profile/traffic-filter-blocks-other-traffic',
  defaultSeverity: 'information',
  title: 'Traffic filters block all VPN traffic they do not allow',
  docUrl: cspSection('deviceprofilenametrafficfilterlist'),
  // Which traffic to allow is the administrator's design: advice only.
  fixKinds: [],
  docs: {
    rationale:
      'Microsoft documents that once a profile has traffic filters, only traffic matching a rule may use the VPN interface: everything else is blocked. Rules are combined with OR, and the conditions inside one rule with AND. ' +
      'Filters are often written for the applications in mind and forget the traffic that makes them work, such as DNS, authentication to domain controllers and management tools. This information appears once per profile.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const filters = profile.elements('TrafficFilter');
    if (filters.length === 0) return;
    report({
      range: filters[0].nameRange,
      message: `With traffic filters (${filters.length} here), the VPN interface blocks every packet no rule allows. Rules are combined with OR, the conditions inside a rule with AND. Make sure DNS, authentication (domain controllers) and management traffic have a rule too.`,
    });
  },
};
