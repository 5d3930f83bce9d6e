// SHA-1 (and older MD5/MD2) signatures. Microsoft's SHA-1 enforcement targets certificates chaining to its Trusted
// Root Program; enterprise-CA certificates still validate, but Microsoft recommends replacing them with SHA-2 ones.
// Sources: TechNet "Windows Enforcement of SHA1 Certificates"; Microsoft Edge blog "An update to our SHA-1
// deprecation roadmap" (2016). A root's own signature is not checked during path validation, so roots are skipped.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';

export const weakSignatureHashRule: CertificateRule = {
  id: 'cert/weak-signature-hash',
  defaultSeverity: 'warning',
  title: 'The certificate is signed with SHA-1, MD5 or MD2',
  docUrl: SOURCES.sha1Enforcement.url,
  fixKinds: [],
  passed: 'Signed with a SHA-2 family hash or stronger',
  docs: {
    rationale:
      "Microsoft's SHA-1 enforcement applies to certificates chaining to its Trusted Root Program, so a SHA-1 certificate from a private CA still validates; " +
      'but SHA-1 is no longer collision-resistant and Microsoft recommends SHA-2. MD5 and MD2 collisions can be computed in practice (an error). ' +
      "A root's own signature is not checked when a chain is validated, so self-issued certificates are not judged.",
  },
  check({ cert, report }) {
    const hash = cert.signatureAlgorithm.hash;
    if (cert.selfIssued || (hash !== 'SHA-1' && hash !== 'MD5' && hash !== 'MD2')) return;
    if (hash === 'SHA-1') {
      report({
        message: `Signed with SHA-1 (${cert.signatureAlgorithm.name}). Windows still accepts SHA-1 from a private CA, but SHA-1 is no longer collision-resistant and Microsoft recommends moving to SHA-256; reissue it from a CA that signs with SHA-256.`,
      });
      return;
    }
    report({
      severity: 'error',
      message: `Signed with ${hash} (${cert.signatureAlgorithm.name}), a hash for which collisions can be computed in practice. Reissue it with SHA-256.`,
    });
  },
};
