// "VPN proxy settings are used only on Force Tunnel connections. On Split Tunnel connections, the general proxy
// settings are used." (VPNv2 CSP Proxy). Removing `<Proxy>` deletes content: a suggestion that names what goes.
import type { ProfileRule } from '../rule';
import { cspSection, related, removeElement } from '../helpers';

export const proxySplitTunnel: ProfileRule = {
  id: 'profile/proxy-split-tunnel',
  defaultSeverity: 'warning',
  title: 'Proxy settings on a split-tunnel profile are ignored',
  docUrl: cspSection('deviceprofilenameproxy'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      "Microsoft documents that the VPN profile's `<Proxy>` settings are used only on force-tunnel connections; on split-tunnel connections Windows keeps using the general proxy settings. " +
      'A `<Proxy>` in a split-tunnel profile therefore has no effect: either the profile should force-tunnel, or the proxy settings can go. Removing them is a suggestion that names what it deletes.',
    wrong:
      '<VPNProfile>\n  <Proxy>\n    <AutoConfigUrl>http://proxy.example.net/proxy.pac</AutoConfigUrl>\n  </Proxy>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <Proxy>\n    <AutoConfigUrl>http://proxy.example.net/proxy.pac</AutoConfigUrl>\n  </Proxy>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const proxy = profile.root.child('Proxy');
    const policy = profile.element('NativeProfile/RoutingPolicyType');
    if (!proxy || !policy || profile.routingPolicy !== 'SplitTunnel') return;
    const settings = proxy.elements().map((child) => `<${child.localName}>`);
    report({
      range: proxy.nameRange,
      message:
        'Windows applies the VPN `<Proxy>` only to force-tunnel connections; on this split-tunnel profile it keeps using the general proxy settings. Remove `<Proxy>`, or use force tunnel if clients must use this proxy while connected.',
      related: [related(policy, 'split tunnel is set here')],
      fixes: [{ title: settings.length ? `Remove <Proxy> with ${settings.join(' and ')}` : 'Remove <Proxy>', edits: [removeElement(profile.text, proxy)], kind: 'suggestion' }],
    });
  },
};
