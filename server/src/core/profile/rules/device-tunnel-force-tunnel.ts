// A device tunnel supports split tunnelling only (vpn-device-tunnel-config.md: "Device tunnel does not support Force
// tunnel"); without RoutingPolicyType Windows uses force tunnel when no routes are given (vpn-routing.md).
import { DOCS, type ProfileRule } from '../../rules/rule';
import { insertAfter, insertFirstChild, related, replaceValue } from '../helpers';

export const deviceTunnelForceTunnel: ProfileRule = {
  id: 'profile/device-tunnel-force-tunnel',
  defaultSeverity: 'error',
  title: 'A device tunnel must be split tunnel',
  docUrl: DOCS.deviceTunnel,
  check(profile, reporter) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const native = profile.element('NativeProfile');
    if (!profile.isDeviceTunnel || !deviceTunnel || !native) return;
    const isDevice = related(deviceTunnel, 'the profile is a device tunnel here');
    const policy = native.child('RoutingPolicyType');
    if (policy && profile.routingPolicy === 'ForceTunnel') {
      reporter.report(deviceTunnelForceTunnel, {
        range: policy.text.range,
        message: 'A device tunnel does not support force tunnelling. Use `SplitTunnel` and add a `<Route>` for each network the device tunnel must reach (typically domain controllers and management servers, as host routes).',
        related: [isDevice],
        fixes: [{ title: 'Change to `SplitTunnel`', edits: [replaceValue(policy, 'SplitTunnel')], isPreferred: true }],
      });
    } else if (!policy) {
      const servers = native.child('Servers');
      const xml = '<RoutingPolicyType>SplitTunnel</RoutingPolicyType>';
      reporter.report(deviceTunnelForceTunnel, {
        range: native.nameRange,
        severity: 'warning',
        message: 'A device tunnel must be split tunnel, but this profile does not say so; without `<RoutingPolicyType>` Windows uses force tunnel when no routes are given. Add `<RoutingPolicyType>SplitTunnel</RoutingPolicyType>`.',
        related: [isDevice],
        fixes: [{ title: 'Add `<RoutingPolicyType>SplitTunnel</RoutingPolicyType>`', edits: [servers ? insertAfter(profile.text, servers, xml) : insertFirstChild(profile.text, native, xml)], isPreferred: true }],
      });
    }
  },
};
