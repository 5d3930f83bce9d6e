// EAP as user or machine method needs the `<Eap><Configuration>` block (VPNv2 CSP Eap: "Required when the native
// profile specifies EAP authentication"). Device tunnels are covered by profile/device-tunnel-authentication.
import type { ProfileRule } from '../rule';
import { valueOrNameRange } from '../helpers';

export const eapConfigurationMissing: ProfileRule = {
  id: 'profile/eap-configuration-missing',
  defaultSeverity: 'error',
  title: 'EAP authentication without an EAP configuration',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofileauthenticationeap',
  check({ profile, report }) {
    const authentication = profile.element('NativeProfile/Authentication');
    if (!authentication || authentication.child('Eap') || profile.isDeviceTunnel) return;
    const method = [authentication.child('UserMethod'), authentication.child('MachineMethod')].find((m) => m?.text.trimmed.toLowerCase() === 'eap');
    if (!method) return;
    report({
      range: valueOrNameRange(method),
      message:
        '`EAP` authentication needs its settings: add `<Eap><Configuration>…</Configuration></Eap>` to `<Authentication>` with the `<EapHostConfig>` exported from a working connection (`(Get-VpnConnection -Name "<connection name>").EapConfigXmlStream.InnerXml`).',
    });
  },
};
