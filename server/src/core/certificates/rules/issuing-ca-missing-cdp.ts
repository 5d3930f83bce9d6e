// Every non-root CA in a client certificate's chain needs a CRL Distribution Point: NPS checks the whole chain and a
// CA without one fails the check (reason 258 → error 853), as with Cloud PKI for Intune issuing CAs. Microsoft
// "Configure EAP-TLS to ignore CRL checking"; DOMAIN.md §8 "Issuing CA without CDP".
import { CERT_DOCS, IGNORE_NO_REVOCATION_CHECK, type CertificateRule } from '../rule';
import { hasRevocationInfo } from './shared';

const CONSEQUENCE = 'NPS checks the revocation of the whole chain of client certificates, so it denies access with reason 258 and clients report error 853.';

export const issuingCaMissingCdpRule: CertificateRule = {
  id: 'cert/issuing-ca-missing-cdp',
  defaultSeverity: 'error',
  title: 'An issuing (non-root) CA certificate has no CRL Distribution Point',
  docUrl: CERT_DOCS.ignoreNoRevocationCheck,
  roles: ['issuing-ca', 'user'],
  passed: 'Every known issuing CA in the chain carries revocation information',
  check({ cert, role, issuers }) {
    if (role === 'issuing-ca') {
      if (hasRevocationInfo(cert)) return undefined;
      return { message: `This issuing CA certificate has no CRL Distribution Point. When it issues user certificates, ${CONSEQUENCE} ${IGNORE_NO_REVOCATION_CHECK}` };
    }
    const bare = issuers.find((issuer) => !issuer.selfIssued && !hasRevocationInfo(issuer));
    if (!bare) return undefined;
    return { message: `Its issuing CA "${bare.subject.text}" has no CRL Distribution Point. ${CONSEQUENCE} ${IGNORE_NO_REVOCATION_CHECK}` };
  },
};
