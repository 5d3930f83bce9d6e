// `<Eap><Configuration>` must hold the EapHostConfig block (VPNv2 CSP Eap: "Required when the native profile
// specifies EAP authentication"); the practitioner user-tunnel sample ships it empty with a paste-here comment
// (https://github.com/richardhicks/aovpn/blob/master/ProfileXML_User.xml). Microsoft's EAP configuration page reads
// the block of a working connection with `EapConfigXmlStream.InnerXml`.
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';

export const emptyEapConfiguration: ProfileRule = {
  id: 'profile/empty-eap-configuration',
  defaultSeverity: 'error',
  title: 'Empty EAP configuration',
  docUrl: SOURCES.eapConfiguration.url,
  // The EAP configuration comes from a working connection: nothing to write automatically.
  fixKinds: [],
  docs: {
    rationale:
      '`<Configuration>` holds the `<EapHostConfig>` that tells Windows which EAP method to run and how (certificate selection, server validation). ' +
      'Empty, it gives the connection no EAP settings, so it cannot authenticate. Templates often ship it empty with a comment to paste into; Microsoft shows how to read the block of a working connection with `(Get-VpnConnection -Name "<name>").EapConfigXmlStream.InnerXml`.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <UserMethod>Eap</UserMethod>\n      <Eap>\n        <Configuration>\n          <!-- paste the EapHostConfig here -->\n        </Configuration>\n      </Eap>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <MachineMethod>Certificate</MachineMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
  },
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
