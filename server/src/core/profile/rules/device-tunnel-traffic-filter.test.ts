import { testRule } from '../../testing/ruleTester';
import { deviceTunnelTrafficFilter } from './device-tunnel-traffic-filter';
import { DEVICE_NATIVE, deviceProfile, userProfile } from './testing';

const FILTER = '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.10</RemoteAddressRanges>\n  </TrafficFilter>\n';

testRule(deviceTunnelTrafficFilter, {
  valid: [
    { name: 'an inbound rule next to the outbound one', text: deviceProfile(DEVICE_NATIVE, FILTER + '  <TrafficFilter>\n    <Direction>Inbound</Direction>\n  </TrafficFilter>\n') },
    { name: 'traffic filters on a user tunnel', text: userProfile('    <Servers>vpn.example.net</Servers>', FILTER) },
    { name: 'a device tunnel without traffic filters', text: deviceProfile() },
  ],
  invalid: [
    {
      name: 'traffic filters on a device tunnel: information about blocked manage-out traffic',
      text: deviceProfile(DEVICE_NATIVE, FILTER),
      findings: [{ at: { tag: 'TrafficFilter' }, severity: 'information', message: 'denies inbound connections', related: [{ tag: 'DeviceTunnel' }], fixes: [] }],
    },
  ],
});
