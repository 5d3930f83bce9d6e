// NRPT rules belong on the device tunnel only when no user tunnel is deployed (vpn-device-tunnel-config.md: "If a
// User Tunnel and a Device Tunnel are used on a system, you can use the NRPT only on the User Tunnel").
import { DOCS } from '../../rules/rule';
import type { ProfileRule } from '../rule';
import { related } from '../helpers';

export const deviceTunnelNrpt: ProfileRule = {
  id: 'profile/device-tunnel-nrpt',
  defaultSeverity: 'information',
  title: 'NRPT rules on a device tunnel work only without a user tunnel',
  docUrl: DOCS.deviceTunnel,
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const first = profile.elements('DomainNameInformation')[0];
    if (!profile.isDeviceTunnel || !deviceTunnel || !first) return;
    report({
      range: first.nameRange,
      message: 'NRPT rules (`<DomainNameInformation>`) on a device tunnel are supported only when the machine has no user tunnel. If you also deploy a user tunnel, move these rules to the user tunnel profile.',
      related: [related(deviceTunnel, 'the profile is a device tunnel here')],
    });
  },
};
