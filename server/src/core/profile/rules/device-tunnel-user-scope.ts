// The DeviceTunnel node exists only in the device scope (VPNv2 CSP: DeviceTunnel "./Device only profile");
// checked when the profile sits in a SyncML command whose LocURI names the ./User/ scope.
import { findPath } from '../../xml/query';
import type { ProfileRule } from '../rule';
import { cspSection } from '../helpers';

export const deviceTunnelUserScope: ProfileRule = {
  id: 'profile/device-tunnel-user-scope',
  defaultSeverity: 'error',
  title: 'A device tunnel profile sent to the user scope',
  docUrl: cspSection('deviceprofilenamedevicetunnel'),
  // The deployment target is outside the profile and the administrator's to change: no fix.
  fixKinds: [],
  docs: {
    rationale:
      'The VPNv2 CSP documents `DeviceTunnel` for device profiles only: a device tunnel must be written under `./Device/Vendor/MSFT/VPNv2/<name>/ProfileXML` (or, with the WMI bridge, from the SYSTEM context, as Microsoft\'s device tunnel guide does). ' +
      'A SyncML command that sends a device tunnel to `./User/…` targets a scope where the setting does not exist.',
    wrong:
      '<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>\n  <Target><LocURI>./User/Vendor/MSFT/VPNv2/Device%20Tunnel/ProfileXML</LocURI></Target>\n  <Data><VPNProfile><DeviceTunnel>true</DeviceTunnel><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile></Data>\n</Item></Add></Atomic></SyncBody></SyncML>\n',
    right:
      '<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>\n  <Target><LocURI>./Device/Vendor/MSFT/VPNv2/Device%20Tunnel/ProfileXML</LocURI></Target>\n  <Data><VPNProfile><DeviceTunnel>true</DeviceTunnel><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile></Data>\n</Item></Add></Atomic></SyncBody></SyncML>\n',
  },
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    if (!profile.isDeviceTunnel || !deviceTunnel) return;
    const item = [...profile.root.ancestors()].find((a) => a.localName === 'Item');
    const locUri = item && findPath(item, 'Target/LocURI');
    if (!locUri || !/^\.\/User\//i.test(locUri.text.trimmed)) return;
    report({
      range: deviceTunnel.nameRange,
      message:
        'A device tunnel must be deployed to the device: the `DeviceTunnel` setting does not exist under `./User/Vendor/MSFT/VPNv2`. Use `./Device/Vendor/MSFT/VPNv2/<name>/ProfileXML` (or the SYSTEM context with the WMI bridge).',
      related: [{ range: locUri.text.range, message: 'the command targets the user scope' }],
    });
  },
};
