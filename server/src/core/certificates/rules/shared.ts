// Wording shared by several certificate rules.
import { codeSpan } from '../../text/markdown';
import type { CertificateInfo } from '../model';
import { certificateHostNames, matchServerNamesEntry, type NameMatch } from '../names';
import { EKU } from '../oids';
import { ROLES, type CertificateRole } from '../roles';
import { shortName } from '../summary';
import type { IndexedCertificate } from '../workspaceIndex';

/** `Server Authentication, Code Signing`, `no EKU extension` or `an empty EKU list`. */
export function ekuSummary(cert: CertificateInfo): string {
  if (!cert.extendedKeyUsages) return 'no EKU extension';
  if (!cert.extendedKeyUsages.length) return 'an empty EKU list';
  return cert.extendedKeyUsages.map((eku) => eku.name ?? eku.oid).join(', ');
}

/** `an IKEv2 VPN server certificate`, for sentences. */
export function roleNoun(role: CertificateRole | undefined): string {
  return role ? ROLES[role].noun : 'a certificate';
}

/** The EKU a leaf role cannot do without. */
export function requiredEku(role: CertificateRole): string | undefined {
  if (role === 'vpn-server' || role === 'sstp-server' || role === 'nps-server') return EKU.serverAuth;
  if (role === 'user' || role === 'device') return EKU.clientAuth;
  return undefined;
}

export function hasRevocationInfo(cert: CertificateInfo): boolean {
  return cert.crlDistributionPoints.length > 0 || cert.authorityInfoAccess.some((access) => access.method === 'ocsp');
}

/** `vpn.contoso.com, nps1.contoso.com/nps1` (at most four, then a count), for messages that list what was found. */
export function describeCertificates(entries: readonly IndexedCertificate[]): string {
  const names = entries.slice(0, 4).map((entry) => codeSpan(certificateHostNames(entry.certificate).join('/') || shortName(entry.certificate)));
  return names.join(', ') + (entries.length > 4 ? `, and ${entries.length - 4} more` : '');
}

/** How well the best of `certificates` matches an EAP ServerNames entry, and which certificate that is. */
export function bestServerNamesMatch(entry: string, certificates: readonly IndexedCertificate[]): { match: NameMatch; certificate?: IndexedCertificate } {
  let caseOnly: IndexedCertificate | undefined;
  for (const certificate of certificates) {
    const match = matchServerNamesEntry(entry, certificateHostNames(certificate.certificate));
    if (match === 'exact') return { match, certificate };
    if (match === 'case-only') caseOnly ??= certificate;
  }
  return caseOnly ? { match: 'case-only', certificate: caseOnly } : { match: 'none' };
}
