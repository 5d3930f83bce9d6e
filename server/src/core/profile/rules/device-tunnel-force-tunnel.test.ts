import { testRule } from '../../testing/ruleTester';
import { deviceTunnelForceTunnel } from './device-tunnel-force-tunnel';
import { DEVICE_NATIVE, deviceProfile, userProfile } from './testing';

const forceTunnel = deviceProfile(DEVICE_NATIVE.replace('SplitTunnel', 'ForceTunnel'));
const HOST_ROUTES =
  '  <Route>\n    <Address>10.0.0.10</Address>\n    <PrefixSize>32</PrefixSize>\n  </Route>\n  <Route>\n    <Address>10.0.0.11</Address>\n    <PrefixSize>32</PrefixSize>\n  </Route>\n';
const withoutPolicy = deviceProfile(DEVICE_NATIVE.replace('    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n', ''));

testRule(deviceTunnelForceTunnel, {
  valid: [
    { name: 'a split-tunnel device tunnel', text: deviceProfile() },
    { name: 'a force-tunnel user tunnel', text: userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>') },
  ],
  invalid: [
    {
      name: 'force tunnel on a device tunnel is an error; changing it to SplitTunnel is a suggestion',
      text: forceTunnel,
      findings: [
        {
          at: 'ForceTunnel',
          severity: 'error',
          message: 'does not support force tunnelling',
          related: ['DeviceTunnel'],
          fixes: [{ title: 'Change to SplitTunnel', kind: 'suggestion', output: deviceProfile() }],
        },
      ],
    },
    {
      name: 'a device tunnel without RoutingPolicyType and without routes is a warning (force tunnel is the documented default); adding SplitTunnel is a suggestion',
      text: withoutPolicy,
      findings: [
        {
          at: 'NativeProfile',
          severity: 'warning',
          message: 'lists no routes: without `<RoutingPolicyType>` and routes, Windows uses force tunnel',
          related: ['DeviceTunnel'],
          fixes: [{ title: 'Add <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', kind: 'suggestion', output: deviceProfile() }],
        },
      ],
    },
    {
      name: 'with routes, the default is not documented: information that says so, not a warning',
      text: deviceProfile(DEVICE_NATIVE.replace('    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n', ''), HOST_ROUTES),
      findings: [
        {
          at: 'NativeProfile',
          severity: 'information',
          message: 'lists 2 routes, and how Windows routes it without `<RoutingPolicyType>` is not documented',
          related: ['DeviceTunnel'],
          fixes: [{ title: 'Add <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', kind: 'suggestion', output: deviceProfile(DEVICE_NATIVE, HOST_ROUTES) }],
        },
      ],
    },
  ],
});
