// The `<Eap>` block is read for EAP authentication only (VPNv2 CSP Eap: "Required when the native profile specifies
// EAP authentication"; UserMethod values EAP/MSChapv2). Device tunnels are covered by profile/device-tunnel-authentication.
import type { ProfileRule } from '../rule';
import { insertBefore, related } from '../helpers';

export const eapWithoutEapMethod: ProfileRule = {
  id: 'profile/eap-without-eap-method',
  defaultSeverity: 'warning',
  title: 'An EAP configuration without EAP as the authentication method',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofileauthenticationusermethod',
  check({ profile, report }) {
    const authentication = profile.element('NativeProfile/Authentication');
    const eap = authentication?.child('Eap');
    if (!authentication || !eap || profile.isDeviceTunnel) return;
    const user = authentication.child('UserMethod');
    const machine = authentication.child('MachineMethod');
    if ([user, machine].some((m) => m?.text.trimmed.toLowerCase() === 'eap')) return;
    if (!user) {
      report({
        range: eap.nameRange,
        message: 'This `<Eap>` block is used only when the user authenticates with EAP, and `<Authentication>` has no `<UserMethod>`. Add `<UserMethod>Eap</UserMethod>`.',
        fixes: [{ title: 'Add `<UserMethod>Eap</UserMethod>`', edits: [insertBefore(profile.text, authentication.elements()[0], '<UserMethod>Eap</UserMethod>')], kind: 'safe' }],
      });
      return;
    }
    report({
      range: eap.nameRange,
      message: `This \`<Eap>\` block is used only with EAP authentication, but \`<UserMethod>\` is \`${user.text.trimmed}\`. Set \`<UserMethod>Eap</UserMethod>\` or remove the \`<Eap>\` block.`,
      related: [related(user, 'the user method')],
    });
  },
};
