// Wording shared by several certificate rules.
import type { CertificateInfo } from '../model';
import { EKU } from '../oids';
import { ROLES, type CertificateRole } from '../roles';

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
