// Plain MS-CHAPv2 user authentication is not supported with IKEv2 (VPNv2 CSP UserMethod: "MSChapv2 (This is not
// supported for IKEv2)").
import type { ProfileRule } from '../rule';
import { cspSection, possibleProtocols, related, valueOrNameRange } from '../helpers';

export const mschapv2Ikev2: ProfileRule = {
  id: 'profile/mschapv2-ikev2',
  defaultSeverity: 'error',
  title: 'MS-CHAPv2 user authentication with IKEv2',
  docUrl: cspSection('deviceprofilenamenativeprofileauthenticationusermethod'),
  // Moving users to EAP needs an EAP configuration: no fix.
  fixKinds: [],
  docs: {
    rationale:
      'The VPNv2 CSP documents two user authentication methods, `EAP` and `MSChapv2`, and notes that `MSChapv2` is not supported with IKEv2. ' +
      'An IKEv2-only profile with `<UserMethod>MSChapv2</UserMethod>` therefore cannot authenticate users; with IKEv2, password authentication goes through EAP (for example PEAP with EAP-MSCHAPv2). ' +
      'Profiles that may also use another protocol (`Automatic`, a protocol list) are not reported.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <Authentication>\n      <UserMethod>MSChapv2</UserMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>SSTP</NativeProtocolType>\n    <Authentication>\n      <UserMethod>MSChapv2</UserMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const user = profile.element('NativeProfile/Authentication/UserMethod');
    const type = profile.element('NativeProfile/NativeProtocolType');
    const protocols = possibleProtocols(profile);
    if (!user || !type || profile.enumValue(user) !== 'MSChapv2' || !protocols) return;
    if (protocols.size !== 1 || !protocols.has('IKEv2')) return;
    report({
      range: valueOrNameRange(user),
      message:
        'Plain `MSChapv2` user authentication is not supported with IKEv2. Use `<UserMethod>Eap</UserMethod>` with an EAP configuration (EAP-TLS or PEAP; PEAP with EAP-MSCHAPv2 if you need passwords).',
      related: [related(type, 'IKEv2 is chosen here')],
    });
  },
};
