// A device tunnel supports split tunnelling only (device tunnel guide). Without RoutingPolicyType, Microsoft documents
// force tunnel as the default when no routes are specified (VPN routing decisions): a warning then. With routes, what
// Windows does is not documented, so saying the policy out loud is advice (information), not a defect.
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { insertAfter, insertFirstChild, related } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const deviceTunnelForceTunnel: ProfileRule = {
  id: 'profile/device-tunnel-force-tunnel',
  defaultSeverity: 'error',
  title: 'A device tunnel must be split tunnel',
  docUrl: SOURCES.deviceTunnel.url,
  // Changing the routing of a tunnel changes what reaches the corporate network: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'Microsoft documents that the device tunnel does not support force tunnelling: it is meant for the few servers a device needs before anyone signs in ' +
      '(domain controllers, management servers), reached through host routes. A device tunnel set to `ForceTunnel` does not work as intended.',
    wrong:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>\n  </NativeProfile>\n  <Route><Address>10.0.0.10</Address><PrefixSize>32</PrefixSize></Route>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const native = profile.element('NativeProfile');
    if (!profile.isDeviceTunnel || !deviceTunnel || !native) return;
    const isDevice = related(deviceTunnel, 'the profile is a device tunnel here');
    const policy = native.child('RoutingPolicyType');
    if (policy && profile.routingPolicy === 'ForceTunnel') {
      report({
        range: policy.text.range,
        message:
          'A device tunnel does not support force tunnelling. Use `SplitTunnel` and add a `<Route>` for each network the device tunnel must reach (typically domain controllers and management servers, as host routes).',
        related: [isDevice],
        fixes: [{ title: 'Change to SplitTunnel', edits: [replaceValue(policy, 'SplitTunnel')], kind: 'suggestion' }],
      });
    } else if (!policy) {
      const servers = native.child('Servers');
      const xml = '<RoutingPolicyType>SplitTunnel</RoutingPolicyType>';
      const routes = profile.elements('Route').length;
      report({
        range: native.nameRange,
        severity: routes ? 'information' : 'warning',
        message: routes
          ? `This device tunnel does not name its routing policy. Microsoft documents force tunnel as the default only when no routes are given; this profile lists ${routes === 1 ? 'a route' : `${routes} routes`}, and how Windows routes it without \`<RoutingPolicyType>\` is not documented. A device tunnel must be split tunnel: writing \`<RoutingPolicyType>SplitTunnel</RoutingPolicyType>\` says so.`
          : 'A device tunnel must be split tunnel, but this profile does not say so and lists no routes: without `<RoutingPolicyType>` and routes, Windows uses force tunnel. Add `<RoutingPolicyType>SplitTunnel</RoutingPolicyType>` and a `<Route>` for each server the device tunnel must reach.',
        related: [isDevice],
        fixes: [{ title: `Add ${xml}`, edits: [servers ? insertAfter(profile.text, servers, xml) : insertFirstChild(profile.text, native, xml)], kind: 'suggestion' }],
      });
    }
  },
};
