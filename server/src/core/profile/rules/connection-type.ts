// A profile connects either with the built-in client (NativeProfile, "required when using a Windows Inbox VPN
// Protocol") or with a Microsoft Store plug-in (PluginProfile, "required when using a Microsoft Store based VPN
// plugin") (VPNv2 CSP).
import type { ProfileRule } from '../rule';
import { related } from '../helpers';

export const connectionType: ProfileRule = {
  id: 'profile/connection-type',
  defaultSeverity: 'warning',
  title: 'A profile needs exactly one of NativeProfile and PluginProfile',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofile',
  check({ profile, report }) {
    const native = profile.root.child('NativeProfile');
    const plugin = profile.root.child('PluginProfile');
    if (native && plugin) {
      report({
        range: plugin.nameRange,
        message: 'This profile has both `<NativeProfile>` (built-in client) and `<PluginProfile>` (third-party plug-in); a VPN profile uses one client. Keep the one you deploy.',
        related: [related(native, 'built-in client settings')],
      });
    } else if (!native && !plugin && profile.root.closed) {
      report({
        range: profile.root.nameRange,
        message: 'This profile has no `<NativeProfile>` (built-in IKEv2/SSTP client) or `<PluginProfile>` (third-party plug-in), so it names no VPN server to connect to. Add one of them.',
      });
    }
  },
};
