// A CA thumbprint in EAP XML that names an expired certificate: certificates chaining to it no longer validate.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { ThumbprintRule } from '../rule';
import { shortName } from '../summary';
import { validityOf } from '../validity';

export const thumbprintMatchesExpiredCertificateRule: ThumbprintRule = {
  id: 'cert/thumbprint-matches-expired-certificate',
  defaultSeverity: 'warning',
  title: 'A thumbprint in the EAP configuration is that of an expired certificate',
  docUrl: SOURCES.eapConfiguration.url,
  fixKinds: [],
  docs: {
    rationale:
      "A thumbprint in `TrustedRootCA` or `IssuerHash` names the CA whose certificates the client trusts or selects. When the workspace's certificate with that thumbprint has expired, " +
      "the certificates below it no longer validate: the configuration needs the renewed CA's thumbprint.",
  },
  check({ matches, now, expiryWarningDays, report }) {
    const cert = matches[0]?.certificate;
    if (!cert) return;
    const validity = validityOf(cert, now, expiryWarningDays);
    if (validity.state !== 'expired') return;
    report({ message: `This is the thumbprint of ${codeSpan(shortName(cert))}, which ${validity.text}. Certificates chaining to it no longer validate; put the renewed CA's thumbprint here.` });
  },
};
