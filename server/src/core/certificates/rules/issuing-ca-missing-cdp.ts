// Every non-root CA in a client certificate's chain needs a CRL Distribution Point: NPS checks the revocation of the
// client certificate's chain and a CA without one fails the check (reason 258 → error 853), as a practitioner found
// with Cloud PKI for Intune. Microsoft "Configure EAP-TLS to ignore CRL checking" documents the workaround.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { IGNORE_NO_REVOCATION_CHECK, type CertificateRule } from '../rule';
import { hasRevocationInfo } from './shared';

const CONSEQUENCE = 'NPS checks the revocation of the whole chain of client certificates, so it denies access with reason 258 and clients report error 853.';

export const issuingCaMissingCdpRule: CertificateRule = {
  id: 'cert/issuing-ca-missing-cdp',
  defaultSeverity: 'error',
  title: 'An issuing (non-root) CA certificate has no CRL Distribution Point',
  docUrl: SOURCES.ignoreNoRevocationCheck.url,
  fixKinds: [],
  roles: ['issuing-ca', 'user'],
  passed: 'Every known issuing CA in the chain carries revocation information',
  docs: {
    rationale:
      'NPS checks the revocation of client certificates, and of the CAs above them. An issuing CA certificate without a CRL Distribution Point (or OCSP address) cannot be checked, ' +
      'so NPS denies access (reason 258) and clients report error 853. Microsoft documents the `IgnoreNoRevocationCheck` registry value as the way around it, with its cost: the revocation of such certificates is no longer checked. ' +
      'The rule judges issuing CA certificates, and user certificates whose issuers the file or the workspace holds.',
  },
  check({ cert, role, issuers, report }) {
    if (role === 'issuing-ca') {
      if (hasRevocationInfo(cert)) return;
      report({ message: `This issuing CA certificate has no CRL Distribution Point. When it issues user certificates, ${CONSEQUENCE} ${IGNORE_NO_REVOCATION_CHECK}` });
      return;
    }
    const bare = issuers.find((issuer) => !issuer.selfIssued && !hasRevocationInfo(issuer));
    if (!bare) return;
    report({ message: `Its issuing CA ${codeSpan(bare.subject.text)} has no CRL Distribution Point. ${CONSEQUENCE} ${IGNORE_NO_REVOCATION_CHECK}` });
  },
};
