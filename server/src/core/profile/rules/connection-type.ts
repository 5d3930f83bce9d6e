// A profile connects either with the built-in client (NativeProfile, "required when using a Windows Inbox VPN
// Protocol") or with a Microsoft Store plug-in (PluginProfile, "required when using a Microsoft Store based VPN
// plugin") (VPNv2 CSP).
import type { ProfileRule } from '../rule';
import { cspSection, related } from '../helpers';

export const connectionType: ProfileRule = {
  id: 'profile/connection-type',
  defaultSeverity: 'warning',
  title: 'A profile needs exactly one of NativeProfile and PluginProfile',
  docUrl: cspSection('deviceprofilenamenativeprofile'),
  // Which client the profile deploys is the administrator's decision: no fix.
  fixKinds: [],
  docs: {
    rationale:
      'A VPN profile connects either with the VPN client built into Windows, described by `<NativeProfile>` (needed for the built-in protocols), or with a VPN plug-in app from the Microsoft Store, described by `<PluginProfile>` (needed for a plug-in). ' +
      'With both, the profile does not say which client you deploy; with neither, it names no VPN server to connect to.',
    wrong: '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const native = profile.root.child('NativeProfile');
    const plugin = profile.root.child('PluginProfile');
    if (native && plugin) {
      report({
        range: plugin.nameRange,
        message: 'This profile has both `<NativeProfile>` (the built-in client) and `<PluginProfile>` (a VPN plug-in app); a VPN profile uses one client. Keep the one you deploy.',
        related: [related(native, 'built-in client settings')],
      });
    } else if (!native && !plugin && profile.root.closed) {
      report({
        range: profile.root.nameRange,
        message: 'This profile has neither `<NativeProfile>` (the built-in client) nor `<PluginProfile>` (a VPN plug-in app), so it names no VPN server to connect to. Add one of them.',
      });
    }
  },
};
