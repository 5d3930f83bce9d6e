// Always On connects the profile by itself; Trusted Network Detection keeps it from connecting on the corporate
// network (VPN auto-triggered profile options). A device tunnel is always on by itself (VPNv2 CSP DeviceTunnel).
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { isTrue, sourceSection } from '../helpers';

export const alwaysOnWithoutTrustedNetwork: ProfileRule = {
  id: 'profile/always-on-without-trusted-network',
  defaultSeverity: 'information',
  title: 'Always On without Trusted Network Detection',
  docUrl: sourceSection(SOURCES.vpnAutoTrigger, 'trusted-network-detection'),
  // The DNS suffix of the corporate network is the administrator's to name: nothing to fix automatically.
  fixKinds: [],
  docs: {
    rationale:
      'With Always On, Windows connects the profile by itself at sign-in, when the network changes and when the screen turns on; a device tunnel is always on even without the setting. ' +
      '`<TrustedNetworkDetection>` lists the DNS suffixes of the corporate network: when the network name of the physical connection matches one of them (and that network is private or provisioned by MDM), Windows does not start the VPN. ' +
      'Without it, the profile also connects on the corporate network itself. LockDown profiles are not reported: Windows keeps them connected at all times by design.',
    wrong: '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n  <TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const alwaysOn = profile.root.child('AlwaysOn');
    const anchor = isTrue(alwaysOn) ? alwaysOn : profile.isDeviceTunnel ? profile.root.child('DeviceTunnel') : undefined;
    if (!anchor || profile.root.child('TrustedNetworkDetection') || isTrue(profile.root.child('LockDown'))) return;
    report({
      range: anchor.nameRange,
      message:
        'This profile connects automatically, also when the device is already on the corporate network. Add `<TrustedNetworkDetection>` with the DNS suffix of your internal network (for example `corp.example.net`) so that it stays disconnected there.',
    });
  },
};
