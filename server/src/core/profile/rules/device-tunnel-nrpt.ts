// NRPT rules belong on the device tunnel only when no user tunnel is deployed (Configure VPN device tunnels: "If a
// User Tunnel and a Device Tunnel are used on a system, you can use the NRPT only on the User Tunnel").
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { related } from '../helpers';

export const deviceTunnelNrpt: ProfileRule = {
  id: 'profile/device-tunnel-nrpt',
  defaultSeverity: 'information',
  title: 'NRPT rules on a device tunnel work only without a user tunnel',
  docUrl: SOURCES.deviceTunnel.url,
  // Whether a user tunnel is deployed too is not visible in this profile: advice only.
  fixKinds: [],
  docs: {
    rationale:
      'Microsoft documents that a device tunnel may carry Name Resolution Policy Table (NRPT) rules only when it is the only tunnel on the device; when a user tunnel is deployed as well, NRPT rules can be used only on the user tunnel. ' +
      'Whether this device also gets a user tunnel is not visible in the profile, so the finding is information.',
    wrong:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const first = profile.elements('DomainNameInformation')[0];
    if (!profile.isDeviceTunnel || !deviceTunnel || !first) return;
    report({
      range: first.nameRange,
      message:
        'NRPT rules (`<DomainNameInformation>`) on a device tunnel are supported only when the device has no user tunnel. If you also deploy a user tunnel, move these rules to the user tunnel profile.',
      related: [related(deviceTunnel, 'the profile is a device tunnel here')],
    });
  },
};
