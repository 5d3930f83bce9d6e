// The profile's Servers against the workspace's VPN server certificates: a name clients dial that no certificate
// carries fails with IKEv2 error 13801 (Microsoft "Troubleshoot Always On VPN").
import { isPlaceholderName } from '../../profile/placeholders';
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { bestMatch, certificateHostNames } from '../names';
import type { ServerNameRule } from '../rule';
import { describeCertificates } from './shared';

export const profileServerNotInCertificatesRule: ServerNameRule = {
  id: 'cert/profile-server-not-in-certificates',
  defaultSeverity: 'warning',
  title: 'No VPN server certificate in the workspace names a server of the profile',
  docUrl: SOURCES.troubleshootAovpn.url,
  fixKinds: [],
  names: 'profile-servers',
  docs: {
    rationale:
      'Clients reject a VPN server whose certificate does not carry the name they dial (IKEv2 error 13801). When the workspace holds VPN server certificates, ' +
      "each server of the profile's `Servers` is compared with their names (case-insensitively, wildcards covering one label). Nothing is said when the workspace holds no such certificate, " +
      'nor for the placeholder of a New Profile template (`profile/template-placeholder` names it).',
  },
  check({ entry, certificates, report }) {
    if (isPlaceholderName(entry.name)) return;
    if (certificates.some((certificate) => bestMatch(certificateHostNames(certificate.certificate), entry.name) !== 'none')) return;
    report({
      message: `No VPN server certificate in the workspace names ${codeSpan(entry.name)} (found: ${describeCertificates(certificates)}). Clients dialing this name reject a certificate that does not carry it (IKEv2 error 13801).`,
    });
  },
};
