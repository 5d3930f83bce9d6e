// The `<Eap>` block is read for EAP authentication only (VPNv2 CSP Eap: "Required when the native profile specifies
// EAP authentication"; UserMethod values EAP and MSChapv2). Device tunnels are covered by
// profile/device-tunnel-authentication. Adding a method changes authentication, so it is a suggestion (issue 9).
import { codeSpan } from '../../text/markdown';
import type { ProfileRule } from '../rule';
import { cspSection, insertBefore, related } from '../helpers';

export const eapWithoutEapMethod: ProfileRule = {
  id: 'profile/eap-without-eap-method',
  defaultSeverity: 'warning',
  title: 'An EAP configuration without EAP as the authentication method',
  docUrl: cspSection('deviceprofilenamenativeprofileauthenticationusermethod'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'The VPNv2 CSP describes the `<Eap>` block as the EAP configuration required when the profile authenticates with EAP; the authentication method itself is `<UserMethod>` (`EAP` or `MSChapv2`). ' +
      'An `<Eap>` block next to no method, or next to `MSChapv2`, is not what the connection authenticates with: either the method is missing or the block is left over. ' +
      'Adding `<UserMethod>Eap</UserMethod>` changes how users authenticate, so it is offered as a suggestion.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <UserMethod>MSChapv2</UserMethod>\n      <Eap>\n        <Configuration/>\n      </Eap>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <UserMethod>Eap</UserMethod>\n      <Eap>\n        <Configuration/>\n      </Eap>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const authentication = profile.element('NativeProfile/Authentication');
    const eap = authentication?.child('Eap');
    if (!authentication || !eap || profile.isDeviceTunnel) return;
    const user = authentication.child('UserMethod');
    const machine = authentication.child('MachineMethod');
    if ([user, machine].some((m) => profile.enumValue(m) === 'EAP')) return;
    if (!user) {
      report({
        range: eap.nameRange,
        message: 'This `<Eap>` block is used only when the user authenticates with EAP, and `<Authentication>` has no `<UserMethod>`. Add `<UserMethod>Eap</UserMethod>`.',
        fixes: [{ title: 'Add <UserMethod>Eap</UserMethod>', edits: [insertBefore(profile.text, authentication.elements()[0], '<UserMethod>Eap</UserMethod>')], kind: 'suggestion' }],
      });
      return;
    }
    report({
      range: eap.nameRange,
      message: `This \`<Eap>\` block is used only with EAP authentication, but \`<UserMethod>\` is ${codeSpan(user.text.trimmed)}. Set \`<UserMethod>Eap</UserMethod>\` or remove the \`<Eap>\` block.`,
      related: [related(user, 'the user method')],
    });
  },
};
