// The host names a certificate answers to, and how they compare with the names clients are configured with.
import type { CertificateInfo } from './model';

/** Subject common names, then SAN DNS names and IP addresses, without duplicates (first spelling kept). */
export function certificateHostNames(cert: CertificateInfo): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    if (name && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const attribute of cert.subject.attributes) if (attribute.type === 'CN') add(attribute.value);
  for (const alt of cert.subjectAltNames) if (alt.kind === 'dns' || alt.kind === 'ip') add(alt.value);
  return names;
}

export function commonNames(cert: CertificateInfo): string[] {
  return cert.subject.attributes.filter((attribute) => attribute.type === 'CN').map((attribute) => attribute.value);
}

export function isIpAddress(name: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || (name.includes(':') && /^[0-9a-fA-F:.]+$/.test(name));
}

/** A dotted DNS name such as `vpn.contoso.com` (a wildcard first label is allowed), not a bare host name or an IP. */
export function isFqdn(name: string): boolean {
  if (isIpAddress(name)) return false;
  const labels = name.replace(/\.$/, '').split('.');
  if (labels.length < 2) return false;
  return labels.every((label, i) => (i === 0 && label === '*') || /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/.test(label));
}

export type NameMatch = 'exact' | 'case-only' | 'none';

/** Whether a certificate name (possibly `*.contoso.com`) covers `host`, and whether the letter case agrees. */
export function matchCertificateName(certificateName: string, host: string): NameMatch {
  const name = certificateName.replace(/\.$/, '');
  const target = host.replace(/\.$/, '');
  if (name === target) return 'exact';
  if (name.toLowerCase() === target.toLowerCase()) return 'case-only';
  if (name.startsWith('*.')) {
    const dot = target.indexOf('.');
    if (dot > 0) {
      const suffix = target.slice(dot);
      if (suffix === name.slice(1)) return 'exact';
      if (suffix.toLowerCase() === name.slice(1).toLowerCase()) return 'case-only';
    }
  }
  return 'none';
}

/** The best match of any of the certificate's names against `host`. */
export function bestMatch(certificateNames: readonly string[], host: string): NameMatch {
  let best: NameMatch = 'none';
  for (const name of certificateNames) {
    const match = matchCertificateName(name, host);
    if (match === 'exact') return 'exact';
    if (match === 'case-only') best = 'case-only';
  }
  return best;
}

/**
 * EAP `ServerNames` entries may be regular expressions (Microsoft's schema says so). An entry made only of host-name
 * characters is compared as a name; anything else is tried as an anchored expression, case-sensitively first.
 */
export function matchServerNamesEntry(entry: string, certificateNames: readonly string[]): NameMatch {
  const literal = bestMatch(certificateNames, entry);
  if (literal !== 'none' || /^[A-Za-z0-9.*-]+$/.test(entry)) return literal;
  let exact: RegExp;
  let folded: RegExp;
  try {
    exact = new RegExp(`^(?:${entry})$`);
    folded = new RegExp(`^(?:${entry})$`, 'i');
  } catch {
    return 'none';
  }
  if (certificateNames.some((name) => exact.test(name))) return 'exact';
  if (certificateNames.some((name) => folded.test(name))) return 'case-only';
  return 'none';
}
