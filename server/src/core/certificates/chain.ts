// Chains from a certificate up to its root, built from the certificates at hand (the same file and the workspace).
// Issuers are matched by name and, when both sides have them, by key identifier; signatures are not verified.
import type { CertificateInfo } from './model';

export interface KnownCertificate {
  readonly certificate: CertificateInfo;
  /** Where it comes from: absent for the inspected file itself, a URI for another workspace file. */
  readonly uri?: string;
}

export interface CertificateChain {
  /** The certificate first, its root last (as far as known). */
  readonly links: readonly KnownCertificate[];
  /** The chain ends with a self-issued certificate. */
  readonly complete: boolean;
  /** The issuer name that could not be found, when incomplete. */
  readonly missingIssuer?: string;
}

const MAX_DEPTH = 10;

export function buildChain(start: KnownCertificate, pool: readonly KnownCertificate[]): CertificateChain {
  const links: KnownCertificate[] = [start];
  const seen = new Set([start.certificate.thumbprints.sha1]);
  let current = start.certificate;
  while (!current.selfIssued && links.length < MAX_DEPTH) {
    const issuer = findIssuer(current, pool, seen);
    if (!issuer) return { links, complete: false, missingIssuer: current.issuer.text };
    links.push(issuer);
    seen.add(issuer.certificate.thumbprints.sha1);
    current = issuer.certificate;
  }
  return { links, complete: current.selfIssued };
}

function findIssuer(cert: CertificateInfo, pool: readonly KnownCertificate[], seen: ReadonlySet<string>): KnownCertificate | undefined {
  const candidates = pool.filter(
    (known) =>
      known.certificate.subject.key === cert.issuer.key &&
      !seen.has(known.certificate.thumbprints.sha1) &&
      (!cert.authorityKeyId || !known.certificate.subjectKeyId || cert.authorityKeyId === known.certificate.subjectKeyId),
  );
  // Prefer a CA, then the one valid longest (a renewed CA certificate), then the file itself over the workspace.
  return candidates.sort(
    (a, b) => Number(b.certificate.isCA) - Number(a.certificate.isCA) || b.certificate.notAfter.localeCompare(a.certificate.notAfter) || Number(a.uri !== undefined) - Number(b.uri !== undefined),
  )[0];
}

/** Certificates that issued another certificate of the same list (the CAs of a chain file). */
export function issuersWithin(certificates: readonly CertificateInfo[]): Set<number> {
  const issuers = new Set<number>();
  for (const cert of certificates) {
    if (cert.selfIssued) continue;
    const pool = certificates.map((certificate) => ({ certificate }));
    const issuer = findIssuer(cert, pool, new Set([cert.thumbprints.sha1]));
    if (issuer) issuers.add(issuer.certificate.index);
  }
  return issuers;
}
