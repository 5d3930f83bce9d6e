// The contexts certificate rules receive, beside the certificate model. Two kinds of rule share the `cert/` family:
// - rules that judge one decoded certificate (expiry, EKUs, names…): `CertificateRule`, run by the judge for the
//   roles the certificate is meant for; `roles`, `passed` and `applies` are their own metadata;
// - rules about a document that refers to certificates (a thumbprint in EAP XML, a server name in a profile, a PEM
//   block in a text file): run by the cross-reference and PEM code with what they need, reporting on its text.
import type { Rule, RuleContext } from '../rules/rule';
import type { Severity, TextRange } from '../types';
import type { PemBlock } from './pem';
import type { CertificateInfo } from './model';
import type { NamedEntry, ThumbprintReference } from './references';
import type { CertificateRole, RoleContext } from './roles';
import type { IndexedCertificate } from './workspaceIndex';

/** What a certificate finding says; the judge or the document check adds where it is. */
export interface CertificateReport {
  readonly message: string;
  /** Overrides the default severity for this finding (an escalation or a milder variant). */
  readonly severity?: Severity;
}

/** What a rule judging one certificate reads. */
export interface CertificateCheckInput {
  readonly cert: CertificateInfo;
  /** The role being judged; for rules without `roles`, the most likely role (for wording), if any. */
  readonly role: CertificateRole | undefined;
  /** Every role the certificate is judged for. */
  readonly roles: readonly CertificateRole[];
  readonly now: Date;
  readonly expiryWarningDays: number;
  /** The VPN server names and EAP ServerNames of the workspace's profiles. */
  readonly workspace: RoleContext;
  /** The certificate's issuers, nearest first, as far as the file and the workspace know them. */
  readonly issuers: readonly CertificateInfo[];
}

export interface CertificateRuleContext extends CertificateCheckInput, RuleContext<CertificateReport> {}

export interface CertificateRule extends Rule<CertificateRuleContext> {
  /** The roles the rule judges; absent when it applies whatever the role (expiry, key size, …). */
  readonly roles?: readonly CertificateRole[];
  /** The positive statement shown in a verdict's checklist when the rule finds nothing. */
  readonly passed?: string;
  /** False when the rule has nothing to say for this input (no workspace names to compare, …). */
  applies?(input: CertificateCheckInput): boolean;
  check(context: CertificateRuleContext): void;
}

/** A thumbprint written in EAP XML or ProfileXML and the workspace certificates that have it. */
export interface ThumbprintRuleContext extends RuleContext<CertificateReport> {
  readonly reference: ThumbprintReference;
  /** The SHA-1 thumbprint in 40 uppercase hex digits, however it was written. */
  readonly thumbprint: string;
  /** The workspace certificates with this thumbprint (usually one; the same certificate in several files). */
  readonly matches: readonly IndexedCertificate[];
  /** The workspace holds certificates at all (without any, an unmatched thumbprint says nothing). */
  readonly workspaceHasCertificates: boolean;
  readonly now: Date;
  readonly expiryWarningDays: number;
}

export interface ThumbprintRule extends Rule<ThumbprintRuleContext> {
  check(context: ThumbprintRuleContext): void;
}

/** One server name of a document (a profile's `Servers` entry, an EAP `ServerNames` entry) and the workspace's certificates of that kind. */
export interface ServerNameRuleContext extends RuleContext<CertificateReport> {
  readonly entry: NamedEntry;
  /** VPN server certificates for a profile's servers, NPS certificates for EAP ServerNames. */
  readonly certificates: readonly IndexedCertificate[];
}

export interface ServerNameRule extends Rule<ServerNameRuleContext> {
  /** Which names the rule compares: the profile's VPN servers or the EAP ServerNames. */
  readonly names: 'profile-servers' | 'eap-server-names';
  check(context: ServerNameRuleContext): void;
}

export interface PemReport extends CertificateReport {
  readonly range: TextRange;
}

/** One PEM block of a text document; `error` says why a certificate block cannot be decoded. */
export interface PemRuleContext extends RuleContext<PemReport> {
  readonly block: PemBlock;
  readonly error: string | undefined;
}

export interface PemRule extends Rule<PemRuleContext> {
  check(context: PemRuleContext): void;
}

export interface CertificateFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly docUrl: string;
  /** Index of the certificate in its file. */
  readonly certificate: number;
  /** The role the finding is about; absent for findings that hold whatever the role. */
  readonly role?: CertificateRole;
}

/**
 * The NPS settings for client certificates without revocation information, and what each costs, said once for every
 * rule that needs them and in the same terms as the codes' guidance (codes/data/guidance.ts). Sources:
 * SOURCES.ignoreNoRevocationCheck (the value, EAP\13 and EAP\25, both NPS servers when one proxies, the reboot),
 * SOURCES.aovpnConditionalAccess (Conditional Access sets both values) and SOURCES.npsCrlRegistry (what each lets through).
 */
export const NO_REVOCATION_SETTINGS =
  'on every NPS server (on both when one NPS proxies to another) set the DWORD IgnoreNoRevocationCheck=1 under HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13 ' +
  '(and under EAP\\25 when PEAP is used), then reboot the server (restarting the services is not enough). ' +
  'Its cost: NPS then accepts client certificates whose revocation it cannot check, so such a certificate cannot be cut off by revoking it; a certificate found revoked is still refused. ' +
  "Microsoft's Conditional Access guide also sets NoRevocationCheck=1 there, which costs more: NPS then checks the revocation of no EAP-TLS client certificate at all, so a revoked certificate from your own CA is accepted until it expires. " +
  'To block a user either way, deny them in the NPS network policy (for example by group).';

/** The same settings, offered as the workaround for certificates that lack revocation information by mistake. */
export const IGNORE_NO_REVOCATION_CHECK = `Workaround: ${NO_REVOCATION_SETTINGS}`;
