// Blast-RADIUS (CVE-2024-3596): RADIUS integrity rests on MD5, and PAP, CHAP, MS-CHAP and MS-CHAPv2 are exposed
// while EAP and PEAP are not (DOMAIN.md §8, practitioner field notes).
import type { ProfileRule } from '../rule';
import { valueOrNameRange } from '../helpers';

export const mschapv2BlastRadius: ProfileRule = {
  id: 'profile/mschapv2-blast-radius',
  defaultSeverity: 'warning',
  title: 'Plain MS-CHAPv2 user authentication is exposed to Blast-RADIUS',
  docUrl: 'https://www.cve.org/CVERecord?id=CVE-2024-3596',
  check({ profile, report }) {
    const user = profile.element('NativeProfile/Authentication/UserMethod');
    if (!user || user.text.trimmed.toLowerCase() !== 'mschapv2') return;
    report({
      range: valueOrNameRange(user),
      message:
        'Plain MS-CHAPv2 passes through RADIUS protected only by MD5, which Blast-RADIUS (CVE-2024-3596) defeats; EAP methods such as PEAP and EAP-TLS are not exposed. Use `<UserMethod>Eap</UserMethod>` with an EAP configuration, and on NPS require the Message-Authenticator attribute for your RADIUS clients.',
    });
  },
};
