// The EapHost schema describes TrustedRootCA as the thumbprint of a trusted root CA; an intermediate's thumbprint is
// not what it documents.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { ThumbprintRule } from '../rule';
import { shortName } from '../summary';
import { isCaCertificate, isRootCertificate } from '../workspaceIndex';

export const trustedRootCaNotRootRule: ThumbprintRule = {
  id: 'cert/trusted-root-ca-not-root',
  defaultSeverity: 'warning',
  title: 'TrustedRootCA holds the thumbprint of an intermediate CA instead of a root CA',
  docUrl: SOURCES.eapConfiguration.url,
  fixKinds: [],
  docs: {
    rationale:
      "Microsoft's EAP schema describes `TrustedRootCA` as the SHA-1 thumbprint of a trusted root CA, the top of the NPS certificate's chain. " +
      "An intermediate CA's thumbprint is not what it documents; use the thumbprint of the root that issued it.",
  },
  check({ reference, matches, report }) {
    const cert = matches[0]?.certificate;
    if (!cert || reference.element !== 'TrustedRootCA' || !isCaCertificate(cert) || isRootCertificate(cert)) return;
    report({
      message: `This is the thumbprint of ${codeSpan(shortName(cert))}, an intermediate CA issued by ${codeSpan(cert.issuer.text)}. Microsoft's schema describes TrustedRootCA as the thumbprint of a root CA; use the root's thumbprint.`,
    });
  },
};
