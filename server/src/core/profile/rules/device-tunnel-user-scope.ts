// The DeviceTunnel node exists only in the device scope (VPNv2 CSP: DeviceTunnel applicability "Device ✅ User ❌");
// checked when the profile sits in a SyncML command whose LocURI names the ./User/ scope.
import { DOCS } from '../../rules/rule';
import type { ProfileRule } from '../rule';
import { findPath } from '../../xml/query';

export const deviceTunnelUserScope: ProfileRule = {
  id: 'profile/device-tunnel-user-scope',
  defaultSeverity: 'error',
  title: 'A device tunnel profile sent to the user scope',
  docUrl: `${DOCS.vpnv2Csp}#deviceprofilenamedevicetunnel`,
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    if (!profile.isDeviceTunnel || !deviceTunnel) return;
    const item = [...profile.root.ancestors()].find((a) => a.localName === 'Item');
    const locUri = item && findPath(item, 'Target/LocURI');
    if (!locUri || !/^\.\/User\//i.test(locUri.text.trimmed)) return;
    report({
      range: deviceTunnel.nameRange,
      message: 'A device tunnel must be deployed to the device: the `DeviceTunnel` setting does not exist under `./User/Vendor/MSFT/VPNv2`. Use `./Device/Vendor/MSFT/VPNv2/<name>/ProfileXML` (or the SYSTEM context with the WMI bridge).',
      related: [{ range: locUri.text.range, message: 'the command targets the user scope' }],
    });
  },
};
