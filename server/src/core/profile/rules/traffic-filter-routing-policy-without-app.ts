// A traffic filter's RoutingPolicyType "Specifies the routing policy if an App or Claims type is used in the traffic
// filter … This is only applicable for App ID based Traffic Filter rules" (VPNv2 CSP TrafficFilterList
// RoutingPolicyType). Removing it deletes content: a suggestion (issue 9).
import type { ProfileRule } from '../rule';
import { cspSection, removeElement } from '../helpers';

export const trafficFilterRoutingPolicyWithoutApp: ProfileRule = {
  id: 'profile/traffic-filter-routing-policy-without-app',
  defaultSeverity: 'warning',
  title: 'RoutingPolicyType in a traffic filter without App or Claims',
  docUrl: cspSection('deviceprofilenametrafficfilterlisttrafficfilteridroutingpolicytype'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'Inside a `<TrafficFilter>`, `<RoutingPolicyType>` sets split or force tunnel for that one rule, and Microsoft documents it only for app-based rules: rules with `<App>` (or `<Claims>`, which the CSP marks as reserved). ' +
      'In a rule without either, the element has no documented effect, and it is easily mistaken for the profile-wide routing policy of `<NativeProfile>`.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n  </TrafficFilter>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <App>\n      <Id>C:\\Windows\\System32\\mstsc.exe</Id>\n    </App>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n  </TrafficFilter>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    for (const filter of profile.elements('TrafficFilter')) {
      if (filter.child('App') || filter.child('Claims')) continue;
      for (const policy of filter.childrenNamed('RoutingPolicyType')) {
        report({
          range: policy.nameRange,
          message:
            "Microsoft documents a traffic filter's `<RoutingPolicyType>` only for rules with `<App>` (or `<Claims>`); this rule has neither, so the setting has no documented effect. Remove it, or set the profile-wide routing in `<NativeProfile>`.",
          fixes: [{ title: 'Remove <RoutingPolicyType> from this traffic filter', edits: [removeElement(profile.text, policy)], kind: 'suggestion' }],
        });
      }
    }
  },
};
