// NPS checks the revocation of client certificates and fails when it cannot (reason 258 → client error 853):
// Microsoft "Configure EAP-TLS to ignore CRL checking". OCSP in AIA is also revocation information, so a certificate
// with an OCSP responder is not flagged.
import { SOURCES } from '../../sources';
import { IGNORE_NO_REVOCATION_CHECK, type CertificateRule } from '../rule';
import { hasRevocationInfo } from './shared';

export const userMissingCdpRule: CertificateRule = {
  id: 'cert/user-missing-cdp',
  defaultSeverity: 'error',
  title: 'The user certificate has no CRL Distribution Point, so NPS cannot check its revocation',
  docUrl: SOURCES.ignoreNoRevocationCheck.url,
  fixKinds: [],
  roles: ['user'],
  passed: 'Carries revocation information (CRL Distribution Point or OCSP)',
  docs: {
    rationale:
      'NPS checks the revocation of every client certificate. Without a CRL Distribution Point or an OCSP address there is nothing to check, so NPS denies access (reason 258) and the client reports 853. ' +
      'Microsoft documents the `IgnoreNoRevocationCheck` registry value for certificates issued without one on purpose, at the cost of any revocation check.',
  },
  check({ cert, report }) {
    if (hasRevocationInfo(cert)) return;
    report({
      message: `The certificate has no CRL Distribution Point (nor an OCSP address). NPS checks the revocation of every client certificate and, unable to, denies access with reason 258; the client reports error 853. Issue certificates with a reachable CDP. ${IGNORE_NO_REVOCATION_CHECK}`,
    });
  },
};
