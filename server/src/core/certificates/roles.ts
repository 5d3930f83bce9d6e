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
      "Its name must be the name in the profile's Servers, the public name clients dial.",
    ],
  },
  'sstp-server': {
    label: 'SSTP VPN server',
    noun: 'an SSTP VPN server certificate',
    reminders: ['Bind it to SSTP on every RRAS server (TLS on TCP 443).', 'Clients must trust its chain; when it expires, clients report -2146762495 (CERT_E_EXPIRED).'],
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
    reminders: ['It lives in Local Computer\\Personal, with its private key.', 'RRAS must accept its root (Set-VpnAuthProtocol -RootCertificateNameToAccept).'],
  },
  'root-ca': {
    label: 'Root CA',
    noun: 'a root CA certificate',
    reminders: ['Clients, RRAS and NPS need it in Trusted Root Certification Authorities.', 'Its SHA-1 thumbprint is what EAP TrustedRootCA (and IssuerHash filtering) refer to.'],
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

/**
 * Names from the workspace that tell roles apart: the profile's `Servers` and the EAP `ServerNames`. A profile that
 * pins its tunnel protocol (`NativeProtocolType` Ikev2 or Sstp) also lists its servers under that protocol.
 */
export interface RoleContext {
  readonly profileServers?: readonly string[];
  readonly eapServerNames?: readonly string[];
  /** Servers of profiles whose NativeProtocolType is Ikev2. */
  readonly ikev2Servers?: readonly string[];
  /** Servers of profiles whose NativeProtocolType is Sstp. */
  readonly sstpServers?: readonly string[];
}

export function hasEku(cert: CertificateInfo, oid: string): boolean {
  return cert.extendedKeyUsages?.some((eku) => eku.oid === oid) ?? false;
}

/** Which roles a certificate most likely plays, which others it could serve, and why. */
export interface RoleInference {
  /** The roles judged with every finding, most likely first; empty when none fits. */
  readonly likely: readonly CertificateRole[];
  /** Other roles its EKUs allow and its names fit: the judge lists those that would not fail, without their findings. */
  readonly candidates: readonly CertificateRole[];
  /** Why, in plain sentences of our own (no text from the certificate or the workspace). */
  readonly reasons: readonly string[];
}

/**
 * The roles a certificate most likely plays. The evidence, strongest first:
 * 1. A CA certificate is a root or an issuing CA.
 * 2. Its name in the workspace: an EAP `ServerNames` entry names the NPS server; a profile's `Servers` entry names
 *    the VPN server (IKEv2, SSTP, or either when the profile does not pin `NativeProtocolType`). Evidence the
 *    certificate is meant for that role even when its EKUs are wrong, which is when errors matter most.
 * 3. Its EKUs and names, following Microsoft's Always On VPN certificate tutorial (SOURCES.aovpnCertificates) and the
 *    EAP-TLS certificate requirements (SOURCES.eapTlsCertificateRequirements):
 *    - Server Authentication with IP security IKE intermediate is the tutorial's VPN server template: IKEv2.
 *    - Server Authentication without it is the tutorial's NPS template (a copy of RAS and IAS Server) or an SSTP TLS
 *      certificate; an IKEv2 server can use it too, so IKEv2 stays a candidate, judged only when asked for.
 *    - Client Authentication (or Entra's Conditional Access EKU) with the user's UPN is a user certificate; with a
 *      DNS name and no UPN (or with IP security IKE intermediate, which practitioners add to device certificates) a
 *      device certificate; with neither, either.
 *    - No EKU, Any Purpose or All Purpose: the roles its names fit.
 */
export function explainRoles(cert: CertificateInfo, context: RoleContext = {}): RoleInference {
  if (cert.isCA || (!cert.basicConstraints && cert.selfIssued && cert.keyUsage?.usages.includes('keyCertSign'))) {
    const role: CertificateRole = cert.selfIssued ? 'root-ca' : 'issuing-ca';
    const why = cert.isCA ? 'It is a CA certificate (Basic Constraints: CA).' : 'It is self-issued and may sign certificates (keyCertSign), as old roots without Basic Constraints are.';
    return { likely: [role], candidates: [], reasons: [`${why} ${role === 'root-ca' ? 'Its subject and issuer are the same: a root.' : 'Another CA issued it: an issuing (intermediate) CA.'}`] };
  }
  const names = certificateHostNames(cert);
  const generic = !cert.extendedKeyUsages || hasEku(cert, EKU.anyPurpose) || hasEku(cert, EKU.allPurpose);
  const server = hasEku(cert, EKU.serverAuth);
  const entra = hasEku(cert, EKU.entraConditionalAccess);
  const client = hasEku(cert, EKU.clientAuth) || entra;
  const ike = hasEku(cert, EKU.ikeIntermediate);
  const hasUpn = cert.subjectAltNames.some((alt) => alt.kind === 'upn');
  const hasFqdn = names.some(isFqdn);
  // Candidates: the roles its EKUs allow and its names fit (a user certificate carries a UPN; a server or device, a DNS name).
  const namesFit = (role: CertificateRole): boolean => (role === 'user' ? hasUpn || entra : role === 'device' ? hasFqdn || ike : hasFqdn);
  const candidates = LEAF_ROLES.filter((role) => (generic || (SERVER_ROLES.includes(role) ? server : client)) && namesFit(role));
  const result = (likely: CertificateRole[], reasons: string[]): RoleInference => ({
    likely,
    candidates: candidates.filter((role) => !likely.includes(role)),
    reasons,
  });

  // The workspace names the certificate: the strongest evidence of what it is meant for.
  const likely: CertificateRole[] = [];
  const reasons: string[] = [];
  if (context.eapServerNames?.some((entry) => matchServerNamesEntry(entry, names) !== 'none')) {
    likely.push('nps-server');
    reasons.push("Its name is in the EAP ServerNames of a workspace profile: the names clients accept for the NPS server's certificate.");
  }
  const named = (servers: readonly string[] | undefined): boolean => servers?.some((entry) => bestMatch(names, entry) !== 'none') ?? false;
  if (named(context.profileServers)) {
    const ikev2 = named(context.ikev2Servers);
    const sstp = named(context.sstpServers);
    const either = !ikev2 && !sstp;
    if (ikev2 || either) likely.push('vpn-server');
    if (sstp || either) likely.push('sstp-server');
    reasons.push(
      either
        ? 'Its name is a VPN server in the Servers of a workspace profile, which does not pin its tunnel protocol: judged for IKEv2 and SSTP.'
        : `Its name is a VPN server in the Servers of a workspace profile whose NativeProtocolType is ${ikev2 && sstp ? 'Ikev2 in one and Sstp in another' : ikev2 ? 'Ikev2' : 'Sstp'}.`,
    );
  }
  if (likely.length) return result(likely, reasons);

  // Its EKUs and names.
  if (server && ike) {
    likely.push('vpn-server');
    reasons.push("Server Authentication with IP security IKE intermediate: the VPN server certificate of Microsoft's Always On VPN tutorial, the one IKEv2 picks.");
  } else if (server) {
    likely.push('nps-server', 'sstp-server');
    reasons.push(
      "Server Authentication without IP security IKE intermediate: an NPS certificate (Microsoft's tutorial copies the RAS and IAS Server template for it) or the TLS certificate of an SSTP VPN server. " +
        "Microsoft's tutorial adds IP security IKE intermediate to IKEv2 VPN server certificates, so IKEv2 is judged only when you ask for it or a profile names this server.",
    );
  }
  if (client && !generic) {
    if (entra) {
      likely.push('user');
      reasons.push('The AAD Conditional Access EKU: the short-lived user certificate Microsoft Entra ID issues for VPN.');
    } else if (hasUpn) {
      likely.push('user');
      reasons.push("Client Authentication with a UPN in the subject alternative name: a user certificate (Microsoft's EAP-TLS requirements ask for the user's UPN).");
    } else if (!server && (hasFqdn || ike)) {
      likely.push('device');
      reasons.push(`Client Authentication with ${hasFqdn ? 'a DNS name' : 'IP security IKE intermediate'} and no UPN: a device (machine) certificate for the device tunnel.`);
    } else if (!server) {
      likely.push('user', 'device');
      reasons.push('Client Authentication without a UPN or a DNS name: a user or a device certificate.');
    }
  }
  if (!likely.length && generic) {
    const what = !cert.extendedKeyUsages ? 'No EKU extension (Windows then allows every purpose)' : 'A generic EKU (Any Purpose or All Purpose)';
    if (hasUpn) {
      likely.push('user');
      reasons.push(`${what} and a UPN: judged as a user certificate.`);
    } else if (hasFqdn) {
      likely.push('nps-server', 'sstp-server', 'vpn-server', 'device');
      reasons.push(`${what} and a DNS name: judged for every role a named server or device plays.`);
    } else {
      likely.push('user', 'device');
      reasons.push(`${what} and neither a UPN nor a DNS name: judged as a user or a device certificate.`);
    }
  }
  return result(likely, reasons);
}

/** The roles this certificate most likely plays, most likely first; empty when none fits. */
export function inferRoles(cert: CertificateInfo, context: RoleContext = {}): CertificateRole[] {
  return [...explainRoles(cert, context).likely];
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
