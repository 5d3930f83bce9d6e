// NPS checks the revocation of client certificates and fails when it cannot (reason 258 → client error 853):
// Microsoft "Configure EAP-TLS to ignore CRL checking"; DOMAIN.md §5.2 and §8. OCSP in AIA is also revocation
// information, so a certificate with an OCSP responder is not flagged.
import { CERT_DOCS, IGNORE_NO_REVOCATION_CHECK, type CertificateRule } from '../rule';
import { hasRevocationInfo } from './shared';

export const userMissingCdpRule: CertificateRule = {
  id: 'cert/user-missing-cdp',
  defaultSeverity: 'error',
  title: 'The user certificate has no CRL Distribution Point, so NPS cannot check its revocation',
  docUrl: CERT_DOCS.ignoreNoRevocationCheck,
  roles: ['user'],
  passed: 'Carries revocation information (CRL Distribution Point or OCSP)',
  check({ cert }) {
    if (hasRevocationInfo(cert)) return undefined;
    return {
      message: `The certificate has no CRL Distribution Point (nor an OCSP address). NPS checks the revocation of every client certificate and, unable to, denies access with reason 258; the client reports error 853. Issue certificates with a reachable CDP. ${IGNORE_NO_REVOCATION_CHECK}`,
    };
  },
};
