import { testRule } from '../../testing/ruleTester';
import { deviceTunnelForceTunnel } from './device-tunnel-force-tunnel';
import { DEVICE_NATIVE, deviceProfile, userProfile } from './testing';

const forceTunnel = deviceProfile(DEVICE_NATIVE.replace('SplitTunnel', 'ForceTunnel'));
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
      name: 'a device tunnel without RoutingPolicyType is a warning; adding SplitTunnel is a suggestion',
      text: withoutPolicy,
      findings: [
        {
          at: 'NativeProfile',
          severity: 'warning',
          fixes: [{ title: 'Add <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', kind: 'suggestion', output: deviceProfile() }],
        },
      ],
    },
  ],
});
