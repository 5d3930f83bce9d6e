// Blast-RADIUS (CVE-2024-3596): an attacker between a RADIUS client and server forges responses through the MD5
// Response Authenticator. RADIUS packets that carry EAP must also carry a Message-Authenticator attribute (RFC 3579
// §3.2), and the published mitigations rely on requiring that attribute (on NPS: Set-NpsRadiusClient
// -AuthAttributeRequired). Plain MS-CHAPv2 carries no EAP, so nothing requires the attribute by default.
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { valueOrNameRange } from '../helpers';

export const mschapv2BlastRadius: ProfileRule = {
  id: 'profile/mschapv2-blast-radius',
  defaultSeverity: 'warning',
  title: 'Plain MS-CHAPv2 user authentication is exposed to Blast-RADIUS',
  docUrl: SOURCES.blastRadius.url,
  // Moving users to EAP needs an EAP configuration and server changes: no fix.
  fixKinds: [],
  docs: {
    rationale:
      'Blast-RADIUS (CVE-2024-3596) lets an attacker on the path between a RADIUS client and server turn a rejection into an acceptance by forging the MD5-based Response Authenticator. ' +
      'RADIUS packets that carry EAP must also carry a Message-Authenticator attribute (RFC 3579), which is what the published mitigations require; plain MS-CHAPv2 (`<UserMethod>MSChapv2</UserMethod>`) carries no EAP, so nothing requires that attribute unless the server is configured to. ' +
      'The finding matters when the VPN server forwards authentication to RADIUS (NPS), which the profile does not show. Prefer EAP, and on NPS require the Message-Authenticator attribute from your RADIUS clients.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>SSTP</NativeProtocolType>\n    <Authentication>\n      <UserMethod>MSChapv2</UserMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>SSTP</NativeProtocolType>\n    <Authentication>\n      <MachineMethod>Certificate</MachineMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const user = profile.element('NativeProfile/Authentication/UserMethod');
    if (!user || profile.enumValue(user) !== 'MSChapv2') return;
    report({
      range: valueOrNameRange(user),
      message:
        'Plain MS-CHAPv2 is not EAP: when the VPN server passes it to a RADIUS server (such as NPS), the answer is protected only by the MD5-based Response Authenticator that Blast-RADIUS (CVE-2024-3596) forges, unless the server requires the Message-Authenticator attribute. RADIUS packets carrying EAP must carry that attribute. Use `<UserMethod>Eap</UserMethod>` with an EAP configuration, and on NPS require the Message-Authenticator attribute from your RADIUS clients.',
    });
  },
};
