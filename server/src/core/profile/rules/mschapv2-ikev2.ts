// Plain MS-CHAPv2 user authentication is not supported with IKEv2 (VPNv2 CSP UserMethod: "MSChapv2: This isn't
// supported for IKEv2").
import type { ProfileRule } from '../rule';
import { possibleProtocols, related, valueOrNameRange } from '../helpers';

export const mschapv2Ikev2: ProfileRule = {
  id: 'profile/mschapv2-ikev2',
  defaultSeverity: 'error',
  title: 'MS-CHAPv2 user authentication with IKEv2',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofileauthenticationusermethod',
  check({ profile, report }) {
    const user = profile.element('NativeProfile/Authentication/UserMethod');
    const type = profile.element('NativeProfile/NativeProtocolType');
    const protocols = possibleProtocols(profile);
    if (!user || !type || user.text.trimmed.toLowerCase() !== 'mschapv2' || !protocols) return;
    if (protocols.size !== 1 || !protocols.has('IKEv2')) return;
    report({
      range: valueOrNameRange(user),
      message:
        'Plain `MSChapv2` user authentication is not supported with IKEv2. Use `<UserMethod>Eap</UserMethod>` with an EAP configuration (EAP-TLS or PEAP; PEAP with EAP-MSCHAPv2 if you need passwords).',
      related: [related(type, 'IKEv2 is chosen here')],
    });
  },
};
