// The certificates of a workspace, by file and by thumbprint. The server fills it from the files it finds
// (decodeCertificateFile per file) and keeps it current on changes; everything here is in memory.
import { parseThumbprint, THUMBPRINT_INVISIBLE_CHARACTERS } from '../values/thumbprint';
import type { KnownCertificate } from './chain';
import type { CertificateInfo } from './model';

export interface IndexedCertificate extends KnownCertificate {
  readonly uri: string;
}

/** SHA-1 (40 hex digits) or SHA-256 (64) in uppercase, from any common spelling; undefined if it is not one. */
export function normalizeThumbprint(text: string): string | undefined {
  const visible = [...text].filter((c) => !THUMBPRINT_INVISIBLE_CHARACTERS[c]).join('');
  const hex = parseThumbprint(visible).hex;
  return hex && (hex.length === 40 || hex.length === 64) ? hex.toUpperCase() : undefined;
}

export function isRootCertificate(cert: CertificateInfo): boolean {
  return cert.selfIssued && (cert.isCA || (!cert.basicConstraints && (cert.keyUsage?.usages.includes('keyCertSign') ?? true)));
}

export function isCaCertificate(cert: CertificateInfo): boolean {
  return cert.isCA || isRootCertificate(cert);
}

export class CertificateIndex {
  private readonly files = new Map<string, readonly IndexedCertificate[]>();
  private readonly byThumbprint = new Map<string, IndexedCertificate[]>();

  /** Replaces what is known about `uri` (an empty list forgets it). */
  setFile(uri: string, certificates: readonly CertificateInfo[]): void {
    this.removeFile(uri);
    if (!certificates.length) return;
    const entries = certificates.map((certificate) => ({ uri, certificate }));
    this.files.set(uri, entries);
    for (const entry of entries) {
      for (const key of [entry.certificate.thumbprints.sha1, entry.certificate.thumbprints.sha256]) {
        const list = this.byThumbprint.get(key);
        if (list) list.push(entry);
        else this.byThumbprint.set(key, [entry]);
      }
    }
  }

  removeFile(uri: string): void {
    const entries = this.files.get(uri);
    if (!entries) return;
    this.files.delete(uri);
    for (const entry of entries) {
      for (const key of [entry.certificate.thumbprints.sha1, entry.certificate.thumbprints.sha256]) {
        const rest = (this.byThumbprint.get(key) ?? []).filter((other) => other !== entry);
        if (rest.length) this.byThumbprint.set(key, rest);
        else this.byThumbprint.delete(key);
      }
    }
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** Number of certificates (a certificate present in two files counts twice). */
  get size(): number {
    let count = 0;
    for (const entries of this.files.values()) count += entries.length;
    return count;
  }

  /** Certificates with this SHA-1 (or SHA-256) thumbprint, spelled any common way: `d2 d3 …`, `D2:D3:…`, `d2d3…`. */
  lookup(thumbprint: string): readonly IndexedCertificate[] {
    const key = normalizeThumbprint(thumbprint);
    return (key && this.byThumbprint.get(key)) || [];
  }

  fileCertificates(uri: string): readonly IndexedCertificate[] {
    return this.files.get(uri) ?? [];
  }

  all(): IndexedCertificate[] {
    return [...this.files.values()].flat();
  }

  /** One entry per distinct certificate (first file wins), in file order. */
  distinct(): IndexedCertificate[] {
    const seen = new Set<string>();
    return this.all().filter((entry) => !seen.has(entry.certificate.thumbprints.sha1) && seen.add(entry.certificate.thumbprints.sha1));
  }

  roots(): IndexedCertificate[] {
    return this.distinct().filter((entry) => isRootCertificate(entry.certificate));
  }

  cas(): IndexedCertificate[] {
    return this.distinct().filter((entry) => isCaCertificate(entry.certificate));
  }
}
