// EdpModeId ties the profile to Windows Information Protection (VPNv2 CSP EdpModeId); "Starting in July 2022,
// Microsoft is deprecating Windows Information Protection (WIP) and the APIs that support WIP" (WIP API notes).
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';

export const edpModeIdDeprecated: ProfileRule = {
  id: 'profile/edp-mode-id-deprecated',
  defaultSeverity: 'information',
  title: 'EdpModeId relies on the deprecated Windows Information Protection',
  docUrl: SOURCES.wipApi.url,
  // Whether to keep Windows Information Protection is the administrator's decision: no fix.
  fixKinds: [],
  docs: {
    rationale:
      '`<EdpModeId>` is the enterprise ID that connects the VPN profile with a Windows Information Protection (WIP) policy; when it is set and the profile is active, the VPN also connects automatically, and Microsoft recommends only one such profile per device. ' +
      'Microsoft has been deprecating WIP since July 2022: it stays supported on supported Windows versions, gets no new capabilities, and will not be supported in future versions.',
    wrong: '<VPNProfile>\n  <EdpModeId>corp.example.net</EdpModeId>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const edp = profile.root.child('EdpModeId');
    if (!edp || !edp.text.trimmed) return;
    report({
      range: edp.nameRange,
      message:
        '`<EdpModeId>` links the VPN to Windows Information Protection, which Microsoft has been deprecating since July 2022; future Windows versions will not support it. An active profile with an enterprise ID also connects automatically, and Microsoft recommends only one such profile per device.',
    });
  },
};
