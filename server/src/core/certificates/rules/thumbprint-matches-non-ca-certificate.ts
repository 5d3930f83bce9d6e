// TrustedRootCA, IssuerHash and Sso/IssuerHash name CA certificates (Microsoft "EAP configuration"; EapHost schema);
// the thumbprint of a server or user certificate there never matches the chain it is meant to.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { ThumbprintElement } from '../references';
import type { ThumbprintRule } from '../rule';
import { shortName } from '../summary';
import { isCaCertificate } from '../workspaceIndex';

const ELEMENT_ROLE: Readonly<Record<ThumbprintElement, string>> = {
  TrustedRootCA: 'TrustedRootCA names the root CA that NPS certificates must chain to',
  IssuerHash: 'IssuerHash names a CA in the chain of the client certificates to select',
  SsoIssuerHash: 'Sso/IssuerHash names the CA of the certificates used for single sign-on',
};

export const thumbprintMatchesNonCaCertificateRule: ThumbprintRule = {
  id: 'cert/thumbprint-matches-non-ca-certificate',
  defaultSeverity: 'warning',
  title: 'A CA thumbprint in the EAP configuration is that of a certificate that is not a CA',
  docUrl: SOURCES.eapConfiguration.url,
  fixKinds: [],
  docs: {
    rationale:
      '`TrustedRootCA` names the root CA the NPS certificate must chain to; `IssuerHash` and `Sso/IssuerHash` name the CA of the client certificates to select. ' +
      "A server or user certificate's thumbprint there never matches the chain it is meant to, so validation or selection fails.",
  },
  check({ reference, matches, report }) {
    const cert = matches[0]?.certificate;
    if (!cert || isCaCertificate(cert)) return;
    report({
      message: `This is the thumbprint of ${codeSpan(shortName(cert))}, which is not a CA certificate. ${ELEMENT_ROLE[reference.element]}; use the CA's thumbprint, not a server or user certificate's.`,
    });
  },
};
