import { testRule } from '../../testing/ruleTester';
import { deviceTunnelNrpt } from './device-tunnel-nrpt';
import { DEVICE_NATIVE, deviceProfile, userProfile } from './testing';

const NRPT = '  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n';

testRule(deviceTunnelNrpt, {
  valid: [
    { name: 'NRPT rules on a user tunnel', text: userProfile('    <Servers>vpn.example.net</Servers>', NRPT) },
    { name: 'a device tunnel without NRPT rules', text: deviceProfile() },
  ],
  invalid: [
    {
      name: 'NRPT rules on a device tunnel are reported once, as information on the first rule',
      text: deviceProfile(DEVICE_NATIVE, NRPT + NRPT),
      findings: [{ at: { tag: 'DomainNameInformation' }, severity: 'information', message: 'only when the device has no user tunnel', related: [{ tag: 'DeviceTunnel' }], fixes: [] }],
    },
  ],
});
