// A traffic filter's RoutingPolicyType applies only to rules with App or Claims (VPNv2 CSP TrafficFilterList
// RoutingPolicyType: "Specifies the routing policy if an App or Claims type is used in the traffic filter").
import type { ProfileRule } from '../rule';
import { removeElement } from '../helpers';

export const trafficFilterRoutingPolicyWithoutApp: ProfileRule = {
  id: 'profile/traffic-filter-routing-policy-without-app',
  defaultSeverity: 'warning',
  title: 'RoutingPolicyType in a traffic filter without App or Claims',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenametrafficfilterlisttrafficfilteridroutingpolicytype',
  check({ profile, report }) {
    for (const filter of profile.elements('TrafficFilter')) {
      if (filter.child('App') || filter.child('Claims')) continue;
      for (const policy of filter.childrenNamed('RoutingPolicyType')) {
        report({
          range: policy.nameRange,
          message: 'A traffic filter\'s `<RoutingPolicyType>` applies only to a rule with `<App>` or `<Claims>`; this rule has neither, so Windows ignores it. Remove it, or set the profile-wide routing in `<NativeProfile>`.',
          fixes: [{ title: 'Remove `<RoutingPolicyType>`', edits: [removeElement(profile.text, policy)], kind: 'safe' }],
        });
      }
    }
  },
};
