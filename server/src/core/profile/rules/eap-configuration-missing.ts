// EAP as user or machine method needs the `<Eap><Configuration>` block (VPNv2 CSP Eap: "Required when the native
// profile specifies EAP authentication"). Microsoft's deployment guide exports it with
// `Get-VpnConnection … .EapConfigXmlStream.InnerXml`. Device tunnels are covered by profile/device-tunnel-authentication.
import type { ProfileRule } from '../rule';
import { cspSection, valueOrNameRange } from '../helpers';

export const eapConfigurationMissing: ProfileRule = {
  id: 'profile/eap-configuration-missing',
  defaultSeverity: 'error',
  title: 'EAP authentication without an EAP configuration',
  docUrl: cspSection('deviceprofilenamenativeprofileauthenticationeap'),
  // The EAP configuration comes from a working connection: nothing to write automatically.
  fixKinds: [],
  docs: {
    rationale:
      'With `<UserMethod>Eap</UserMethod>` (or `<MachineMethod>Eap</MachineMethod>`) the connection authenticates with EAP, and the VPNv2 CSP requires the EAP configuration in `<Authentication><Eap><Configuration>`. ' +
      "Microsoft's deployment guide creates it by configuring a template connection with the EAP settings wanted and reading `EapConfigXmlStream.InnerXml` from `Get-VpnConnection`.",
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <UserMethod>Eap</UserMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <MachineMethod>Certificate</MachineMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const authentication = profile.element('NativeProfile/Authentication');
    if (!authentication || authentication.child('Eap') || profile.isDeviceTunnel) return;
    const method = [authentication.child('UserMethod'), authentication.child('MachineMethod')].find((m) => profile.enumValue(m) === 'EAP');
    if (!method) return;
    report({
      range: valueOrNameRange(method),
      message:
        '`EAP` authentication needs its settings: add `<Eap><Configuration>…</Configuration></Eap>` to `<Authentication>` with the `<EapHostConfig>` exported from a working connection (`(Get-VpnConnection -Name "<connection name>").EapConfigXmlStream.InnerXml`).',
    });
  },
};
