import { testRule } from '../../testing/ruleTester';
import { alwaysOnWithoutTrustedNetwork } from './always-on-without-trusted-network';
import { deviceProfile, nativeWith, userProfile } from './testing';

const TRUSTED = '  <TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection>\n';

testRule(alwaysOnWithoutTrustedNetwork, {
  valid: [
    { name: 'Always On with Trusted Network Detection', text: userProfile(nativeWith('IKEv2')) },
    { name: 'Always On turned off', text: '<VPNProfile><AlwaysOn>false</AlwaysOn><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile>' },
    { name: 'a LockDown profile', text: '<VPNProfile><AlwaysOn>true</AlwaysOn><LockDown>true</LockDown><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile>' },
  ],
  invalid: [
    {
      name: 'Always On without Trusted Network Detection is information on AlwaysOn',
      text: userProfile(nativeWith('IKEv2')).replace(TRUSTED, ''),
      findings: [{ at: { tag: 'AlwaysOn' }, severity: 'information', message: 'also when the device is already on the corporate network', fixes: [] }],
    },
    {
      name: 'a device tunnel without AlwaysOn is always on too: reported on DeviceTunnel',
      text: deviceProfile().replace('  <AlwaysOn>true</AlwaysOn>\n', '').replace(TRUSTED, ''),
      findings: [{ at: { tag: 'DeviceTunnel' }, severity: 'information', fixes: [] }],
    },
  ],
});
