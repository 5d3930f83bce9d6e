// Traffic filters on a device tunnel block inbound (manage-out) traffic (vpn-device-tunnel-config.md); inbound rules
// need `<Direction>Inbound</Direction>` (VPNv2 CSP TrafficFilterList Direction, Windows 10 2004).
import { DOCS } from '../../rules/rule';
import type { ProfileRule } from '../rule';
import { related } from '../helpers';

export const deviceTunnelTrafficFilter: ProfileRule = {
  id: 'profile/device-tunnel-traffic-filter',
  defaultSeverity: 'information',
  title: 'Traffic filters on a device tunnel block manage-out traffic',
  docUrl: DOCS.deviceTunnel,
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const filters = profile.elements('TrafficFilter');
    if (!profile.isDeviceTunnel || !deviceTunnel || filters.length === 0) return;
    if (filters.some((f) => f.child('Direction')?.text.trimmed.toLowerCase() === 'inbound')) return;
    report({
      range: filters[0].nameRange,
      message:
        'With traffic filters, the device tunnel denies inbound connections, so server-initiated management (WinRM, remote Group Policy update, Configuration Manager push) stops working. If you need manage-out, add rules with `<Direction>Inbound</Direction>` (Windows 10 2004 or later) or leave out the traffic filters.',
      related: [related(deviceTunnel, 'the profile is a device tunnel here')],
    });
  },
};
