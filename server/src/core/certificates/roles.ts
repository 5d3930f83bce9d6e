// The parts a certificate can play in an Always On VPN deployment, how we guess them from the certificate, and
// what to check by hand for each (things a file cannot tell: stores, NTAuth, trust on clients).
// Facts: Microsoft's AOVPN certificate tutorial (SOURCES.aovpnCertificates) and troubleshooting article
// (SOURCES.troubleshootAovpn); the EAP-TLS certificate requirements, KB 814394 (SOURCES.eapTlsCertificateRequirements),
// which also names the enterprise NTAuth store; that NPS needs the issuing CA of client certificates there is
// practitioners' troubleshooting of error 853.
import type { CertificateInfo } from './model';
import { certificateHostNames, bestMatch, isFqdn, matchServerNamesEntry } from './names';
import { EKU } from './oids';

export type CertificateRole = 'vpn-server' | 'sstp-server' | 'nps-server' | 'user' | 'device' | 'root-ca' | 'issuing-ca';

/** What a user may ask for: a role, `ca` (root or issuing, whichever the certificate is), or `auto`. */
export type RoleChoice = CertificateRole | 'ca' | 'auto';

export const ROLE_CHOICES: readonly RoleChoice[] = ['auto', 'vpn-server', 'sstp-server', 'nps-server', 'user', 'device', 'ca', 'root-ca', 'issuing-ca'];

export const LEAF_ROLES: readonly CertificateRole[] = ['vpn-server', 'sstp-server', 'nps-server', 'user', 'device'];
export const SERVER_ROLES: readonly CertificateRole[] = ['vpn-server', 'sstp-server', 'nps-server'];
export const CA_ROLES: readonly CertificateRole[] = ['root-ca', 'issuing-ca'];

export interface RoleDescription {
  readonly label: string;
  /** `an IKEv2 VPN server certificate`: the role in a sentence. */
  readonly noun: string;
  /** Checks a file cannot answer; shown as a to-do list beside the verdict. */
  readonly reminders: readonly string[];
}

export const ROLES: Readonly<Record<CertificateRole, RoleDescription>> = {
  'vpn-server': {
    label: 'IKEv2 VPN server',
    noun: 'an IKEv2 VPN server certificate',
    reminders: [
      'Install it with its private key in Local Computer\\Personal on every RRAS server.',
      'Clients must trust its root CA (Trusted Root Certification Authorities); otherwise IKEv2 fails with 13801 or 0x800B0109.',
      'Its name must be the name in the profile\'s Servers, the public name clients dial.',
    ],
  },
  'sstp-server': {
    label: 'SSTP VPN server',
    noun: 'an SSTP VPN server certificate',
    reminders: [
      'Bind it to SSTP on every RRAS server (TLS on TCP 443).',
      'Clients must trust its chain; when it expires, clients report -2146762495 (CERT_E_EXPIRED).',
    ],
  },
  'nps-server': {
    label: 'NPS server',
    noun: 'an NPS server certificate',
    reminders: [
      'Select it in the PEAP/EAP properties of the NPS network policy.',
      'Its name must be listed in the EAP ServerNames (Windows 11 21H2 also compares the letter case).',
      'The SHA-1 thumbprint of its root CA belongs in the EAP TrustedRootCA.',
    ],
  },
  user: {
    label: 'User (user tunnel, EAP-TLS / PEAP-TLS)',
    noun: 'a user certificate',
    reminders: [
      'It lives in Current User\\Personal, with its private key.',
      'NPS must trust its chain, and the issuing CA must be in the NTAuth store (otherwise error 853).',
      'When users hold several Client Authentication certificates, filter in the EAP XML (IssuerHash, EKU) to avoid a certificate picker.',
    ],
  },
  device: {
    label: 'Device (device tunnel, IKEv2 machine certificate)',
    noun: 'a device certificate',
    reminders: [
      'It lives in Local Computer\\Personal, with its private key.',
      'RRAS must accept its root (Set-VpnAuthProtocol -RootCertificateNameToAccept).',
    ],
  },
  'root-ca': {
    label: 'Root CA',
    noun: 'a root CA certificate',
    reminders: [
      'Clients, RRAS and NPS need it in Trusted Root Certification Authorities.',
      'Its SHA-1 thumbprint is what EAP TrustedRootCA (and IssuerHash filtering) refer to.',
    ],
  },
  'issuing-ca': {
    label: 'Issuing CA',
    noun: 'an issuing CA certificate',
    reminders: [
      'NPS needs it in the enterprise NTAuth store to accept client certificates it issued (check with "certutil -enterprise -viewstore NTAuth"); otherwise error 853.',
      'Clients and servers need it in Intermediate Certification Authorities (or get it via AIA).',
    ],
  },
};

/** Names from the workspace that tell roles apart: the profile's `Servers` and the EAP `ServerNames`. */
export interface RoleContext {
  readonly profileServers?: readonly string[];
  readonly eapServerNames?: readonly string[];
}

export function hasEku(cert: CertificateInfo, oid: string): boolean {
  return cert.extendedKeyUsages?.some((eku) => eku.oid === oid) ?? false;
}

/** The roles this certificate could plausibly play, most likely first; empty when none fits. */
export function inferRoles(cert: CertificateInfo, context: RoleContext = {}): CertificateRole[] {
  if (cert.isCA || (!cert.basicConstraints && cert.selfIssued && cert.keyUsage?.usages.includes('keyCertSign'))) {
    return [cert.selfIssued ? 'root-ca' : 'issuing-ca'];
  }
  const names = certificateHostNames(cert);
  if (context.eapServerNames?.some((entry) => matchServerNamesEntry(entry, names) !== 'none')) return ['nps-server'];
  if (context.profileServers?.some((server) => bestMatch(names, server) !== 'none')) return ['vpn-server', 'sstp-server'];

  const generic = !cert.extendedKeyUsages || hasEku(cert, EKU.anyPurpose) || hasEku(cert, EKU.allPurpose);
  const server = hasEku(cert, EKU.serverAuth);
  const client = hasEku(cert, EKU.clientAuth) || hasEku(cert, EKU.entraConditionalAccess);
  const ike = hasEku(cert, EKU.ikeIntermediate);
  const hasUpn = cert.subjectAltNames.some((alt) => alt.kind === 'upn');
  const hasFqdn = names.some(isFqdn);
  const roles: CertificateRole[] = [];
  if (server) roles.push(...(ike ? (['vpn-server'] as const) : (['nps-server', 'sstp-server', 'vpn-server'] as const)));
  if (client) {
    const user = hasUpn || hasEku(cert, EKU.entraConditionalAccess);
    const device = !hasUpn && (hasFqdn || ike);
    if (user) roles.push('user');
    if (device) roles.push('device');
    if (!user && !device) roles.push('user', 'device');
  }
  if (!roles.length && generic) roles.push(...(hasUpn ? (['user'] as const) : hasFqdn ? (['device', 'nps-server', 'vpn-server'] as const) : (['user', 'device'] as const)));
  return roles;
}

/** The role(s) to judge: the user's choice (with `ca` resolved), or the inferred ones. */
export function rolesFor(cert: CertificateInfo, choice: RoleChoice = 'auto', context: RoleContext = {}): CertificateRole[] {
  if (choice === 'auto') return inferRoles(cert, context);
  if (choice === 'ca') return [cert.selfIssued ? 'root-ca' : 'issuing-ca'];
  return [choice];
}

export function isRoleChoice(value: string): value is RoleChoice {
  return (ROLE_CHOICES as readonly string[]).includes(value);
}
