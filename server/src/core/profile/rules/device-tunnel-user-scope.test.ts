import { testRule } from '../../testing/ruleTester';
import { deviceTunnelUserScope } from './device-tunnel-user-scope';
import { deviceProfile } from './testing';

const syncml = (uri: string) => `<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>
  <Target><LocURI>${uri}</LocURI></Target>
  <Data>${deviceProfile()}</Data>
</Item></Add></Atomic></SyncBody></SyncML>`;
const USER_URI = './User/Vendor/MSFT/VPNv2/Device%20Tunnel/ProfileXML';

testRule(deviceTunnelUserScope, {
  valid: [
    { name: 'the device scope', text: syncml('./Device/Vendor/MSFT/VPNv2/DeviceTunnel/ProfileXML') },
    { name: 'the unscoped path', text: syncml('./Vendor/MSFT/VPNv2/DeviceTunnel/ProfileXML') },
    { name: 'a plain profile file', text: deviceProfile() },
  ],
  invalid: [
    {
      name: 'a device tunnel sent to ./User/: an error pointing at the LocURI',
      text: syncml(USER_URI),
      findings: [{ at: { tag: 'DeviceTunnel' }, severity: 'error', message: 'must be deployed to the device', related: [USER_URI], fixes: [] }],
    },
  ],
});
