// `<Eap><Configuration>` must hold the EapHostConfig block (VPNv2 CSP Eap: "Required when the native profile
// specifies EAP authentication"); the practitioner User template ships it empty with a paste-here comment
// (DOMAIN.md §6). The export command is the one the practitioner script uses (EapConfigXmlStream.InnerXml).
import type { ProfileRule } from '../rule';

export const emptyEapConfiguration: ProfileRule = {
  id: 'profile/empty-eap-configuration',
  defaultSeverity: 'error',
  title: 'Empty EAP configuration',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/eap-configuration',
  check({ profile, report }) {
    for (const configuration of profile.elements('NativeProfile/Authentication/Eap/Configuration')) {
      if (configuration.elements().length > 0 || configuration.text.trimmed) continue;
      if (!configuration.closed && !configuration.selfClosing) continue; // still being typed
      report({
        range: configuration.nameRange,
        message:
          '`<Configuration>` is empty, so the profile has no EAP settings and cannot authenticate. Paste the `<EapHostConfig>` element of a working connection here: configure a test VPN connection with the EAP settings you want (for example PEAP with EAP-TLS), then run `(Get-VpnConnection -Name "<connection name>").EapConfigXmlStream.InnerXml` in PowerShell and paste its output between `<Configuration>` and `</Configuration>`.',
      });
    }
  },
};
