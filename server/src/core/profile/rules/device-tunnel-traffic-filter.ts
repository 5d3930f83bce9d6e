// "If in the device tunnel profile you turn on traffic filters, then the Device Tunnel denies inbound traffic"
// (Configure VPN device tunnels); since Windows 10 2004 a rule can say `<Direction>Inbound</Direction>`, and "If no
// inbound filter is provided, then by default all unsolicited inbound traffic will be blocked" (VPNv2 CSP).
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { related } from '../helpers';

export const deviceTunnelTrafficFilter: ProfileRule = {
  id: 'profile/device-tunnel-traffic-filter',
  defaultSeverity: 'information',
  title: 'Traffic filters on a device tunnel block manage-out traffic',
  docUrl: SOURCES.deviceTunnel.url,
  // Which inbound traffic to allow is the administrator's decision: no fix.
  fixKinds: [],
  docs: {
    rationale:
      'Microsoft documents that a device tunnel with traffic filters denies inbound traffic, so server-initiated management over the tunnel (WinRM, remote Group Policy update, Configuration Manager push) stops working. ' +
      'Since Windows 10 2004 a traffic filter can apply to inbound traffic (`<Direction>Inbound</Direction>`); without an inbound rule, unsolicited inbound traffic is blocked. ' +
      'Whether you manage devices from the inside is not visible in the profile, so this is information.',
    wrong:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.10</RemoteAddressRanges>\n  </TrafficFilter>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.10</RemoteAddressRanges>\n  </TrafficFilter>\n  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.20</RemoteAddressRanges>\n    <Direction>Inbound</Direction>\n  </TrafficFilter>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const filters = profile.elements('TrafficFilter');
    if (!profile.isDeviceTunnel || !deviceTunnel || filters.length === 0) return;
    if (filters.some((f) => profile.enumValue(f.child('Direction')) === 'Inbound')) return;
    report({
      range: filters[0].nameRange,
      message:
        'With traffic filters, the device tunnel denies inbound connections, so server-initiated management (WinRM, remote Group Policy update, Configuration Manager push) stops working. If you need it, add rules with `<Direction>Inbound</Direction>` (Windows 10 2004 or later) or leave out the traffic filters.',
      related: [related(deviceTunnel, 'the profile is a device tunnel here')],
    });
  },
};
