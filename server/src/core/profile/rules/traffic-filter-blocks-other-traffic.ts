// "Once a TrafficFilterList is added, all traffic is blocked other than the ones matching the rules." (VPNv2 CSP
// TrafficFilterList note); rules are OR'ed, conditions within a rule AND'ed (DDF).
import type { ProfileRule } from '../rule';

export const trafficFilterBlocksOtherTraffic: ProfileRule = {
  id: 'profile/traffic-filter-blocks-other-traffic',
  defaultSeverity: 'information',
  title: 'Traffic filters block all VPN traffic they do not allow',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenametrafficfilterlist',
  check({ profile, report }) {
    const filters = profile.elements('TrafficFilter');
    if (filters.length === 0) return;
    report({
      range: filters[0].nameRange,
      message: `With traffic filters (${filters.length} here), the VPN interface blocks every packet no rule allows. Rules are combined with OR, the conditions inside a rule with AND. Make sure DNS, authentication (domain controllers) and management traffic have a rule too.`,
    });
  },
};
