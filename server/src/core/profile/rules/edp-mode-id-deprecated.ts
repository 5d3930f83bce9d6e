// EdpModeId ties the profile to Windows Information Protection (VPNv2 CSP EdpModeId); Microsoft has deprecated WIP
// since July 2022 ("Announcing sunset of Windows Information Protection", win32 WIP API notes).
import type { ProfileRule } from '../rule';

export const edpModeIdDeprecated: ProfileRule = {
  id: 'profile/edp-mode-id-deprecated',
  defaultSeverity: 'information',
  title: 'EdpModeId relies on the deprecated Windows Information Protection',
  docUrl: 'https://learn.microsoft.com/windows/win32/devnotes/windows-information-protection-api',
  check({ profile, report }) {
    const edp = profile.root.child('EdpModeId');
    if (!edp || !edp.text.trimmed) return;
    report({
      range: edp.nameRange,
      message:
        '`<EdpModeId>` links the VPN to Windows Information Protection, which Microsoft has deprecated since July 2022; future Windows versions will not support it. An active profile with an enterprise ID also connects automatically, and Microsoft recommends only one such profile per device.',
    });
  },
};
