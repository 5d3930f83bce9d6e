// Everything about one certificate file in one plain object: what it holds, each certificate's chain and verdicts.
// The certificate viewer renders it (it crosses the LSP connection as JSON) and the CLI prints it.
import { buildChain, issuersWithin, type CertificateChain, type KnownCertificate } from './chain';
import { decodeCertificateFile } from './decode';
import { assessCertificate, type CertificateAssessment, type JudgeOptions } from './judge';
import type { CertificateFileFormat, CertificateInfo, DecodedCertificates } from './model';
import type { CertificateFinding } from './rule';
import { DEFAULT_EXPIRY_WARNING_DAYS } from './validity';

export interface InspectOptions extends JudgeOptions {
  readonly fileName?: string;
  /** Certificates found elsewhere (the workspace index), to complete chains. */
  readonly known?: readonly KnownCertificate[];
}

export interface CertificateFileReport {
  readonly fileName?: string;
  /** The `now` the report was made for (ISO). */
  readonly generatedAt: string;
  readonly expiryWarningDays: number;
  readonly format?: CertificateFileFormat;
  /** Set when the file holds no readable certificate: a sentence for the user. */
  readonly error?: string;
  readonly notes: readonly string[];
  readonly certificates: readonly CertificateInfo[];
  /** One per certificate, same order. */
  readonly assessments: readonly CertificateAssessment[];
  /** One per certificate, same order: the certificate up to its root, as far as known. */
  readonly chains: readonly CertificateChain[];
  /** All findings of all certificates. */
  readonly findings: readonly CertificateFinding[];
}

export function inspectCertificateFile(bytes: Uint8Array, options: InspectOptions): CertificateFileReport {
  return inspectDecoded(decodeCertificateFile(bytes), options);
}

export function inspectDecoded(decoded: DecodedCertificates, options: InspectOptions): CertificateFileReport {
  const { certificates } = decoded;
  const own: KnownCertificate[] = certificates.map((certificate) => ({ certificate }));
  const ownThumbprints = new Set(certificates.map((certificate) => certificate.thumbprints.sha1));
  const pool = [...own, ...(options.known ?? []).filter((known) => !ownThumbprints.has(known.certificate.thumbprints.sha1))];
  // In a chain file, a chosen role is meant for the end certificates; the CAs that issued them keep their CA roles.
  const innerCas = certificates.length > 1 ? issuersWithin(certificates) : new Set<number>();
  const chains = own.map((known) => buildChain(known, pool));
  const assessments = certificates.map((certificate, i) =>
    assessCertificate(certificate, {
      ...options,
      role: innerCas.has(certificate.index) ? 'auto' : options.role,
      issuers: chains[i].links.slice(1).map((link) => link.certificate),
    }),
  );
  return {
    fileName: options.fileName,
    generatedAt: options.now.toISOString(),
    expiryWarningDays: options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS,
    format: decoded.format,
    error: decoded.error,
    notes: decoded.notes,
    certificates,
    assessments,
    chains,
    findings: assessments.flatMap((assessment) => assessment.findings),
  };
}
