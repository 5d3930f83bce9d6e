// Always On connects automatically everywhere; Trusted Network Detection keeps it from connecting on the corporate
// network (VPNv2 CSP TrustedNetworkDetection; vpn-auto-trigger-profile.md). A device tunnel is always on by itself.
import type { ProfileRule } from '../rule';
import { isTrue } from '../helpers';

export const alwaysOnWithoutTrustedNetwork: ProfileRule = {
  id: 'profile/always-on-without-trusted-network',
  defaultSeverity: 'information',
  title: 'Always On without Trusted Network Detection',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-auto-trigger-profile#trusted-network-detection',
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
