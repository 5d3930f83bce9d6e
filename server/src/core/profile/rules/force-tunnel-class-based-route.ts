// Practitioners: "If ForceTunnel is enabled, DisableClassBasedDefaultRoute must be set to 'false' or removed the
// element completely" (https://github.com/richardhicks/aovpn/blob/master/ProfileXML_User.xml). Microsoft documents
// the element only as turning off the class-based route derived from the VPN address (VPNv2 CSP).
// Both repairs change routing and one deletes an element, so they are suggestions (issue 9).
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { isTrue, related, removeElement } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const forceTunnelClassBasedRoute: ProfileRule = {
  id: 'profile/force-tunnel-class-based-route',
  defaultSeverity: 'warning',
  title: 'Force tunnel with DisableClassBasedDefaultRoute set to true',
  docUrl: SOURCES.aovpnUserSample.url,
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      '`<DisableClassBasedDefaultRoute>` stops Windows from adding the class-based route derived from the VPN address (for example `10.0.0.0/8` for a `10.x` address), a split-tunnel concern: with force tunnel, all traffic already goes through the VPN. ' +
      "Microsoft does not document the combination with force tunnel; practitioners' sample profiles state that with force tunnel the element must be `false` or left out. Both repairs are offered as suggestions.",
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>\n  </NativeProfile>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    const disable = profile.element('NativeProfile/DisableClassBasedDefaultRoute');
    if (profile.routingPolicy !== 'ForceTunnel' || !policy || !disable || !isTrue(disable)) return;
    report({
      range: disable.nameRange,
      message:
        "`<DisableClassBasedDefaultRoute>` turns off a split-tunnel route; practitioners' sample profiles state that with force tunnel it must be `false` or left out (Microsoft does not document the combination). Set it to `false` or remove it.",
      related: [related(policy, 'force tunnel is set here')],
      fixes: [
        { title: 'Change to false', edits: [replaceValue(disable, 'false')], kind: 'suggestion' },
        { title: 'Remove <DisableClassBasedDefaultRoute>', edits: [removeElement(profile.text, disable)], kind: 'suggestion' },
      ],
    });
  },
};
