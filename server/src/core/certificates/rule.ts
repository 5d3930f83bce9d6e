// What a certificate rule is: the shared rule metadata (ID, severity, title, documentation) plus the roles it
// judges and a check over one decoded certificate.
import { DOCS, type RuleMeta } from '../rules/rule';
import type { Severity } from '../types';
import type { CertificateInfo } from './model';
import type { CertificateRole, RoleContext } from './roles';

export interface CertificateCheckInput {
  readonly cert: CertificateInfo;
  /** The role being judged; for rules without `roles`, the most likely role (for wording), if any. */
  readonly role: CertificateRole | undefined;
  /** Every role the certificate is judged for. */
  readonly roles: readonly CertificateRole[];
  readonly now: Date;
  readonly expiryWarningDays: number;
  readonly context: RoleContext;
  /** The certificate's issuers, nearest first, as far as the file and the workspace know them. */
  readonly issuers: readonly CertificateInfo[];
}

export interface CertificateReport {
  readonly message: string;
  /** Overrides the default severity for this finding (an escalation or a milder variant). */
  readonly severity?: Severity;
}

export interface CertificateRule extends RuleMeta {
  /** The roles the rule judges; absent when it applies whatever the role (expiry, key size, …). */
  readonly roles?: readonly CertificateRole[];
  /** The positive statement shown in a verdict's checklist when the rule finds nothing. */
  readonly passed?: string;
  /** False when the rule has nothing to say for this input (no workspace names to compare, …). */
  applies?(input: CertificateCheckInput): boolean;
  check(input: CertificateCheckInput): CertificateReport | undefined;
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

export const CERT_DOCS = {
  tutorial: 'https://learn.microsoft.com/windows-server/remote/remote-access/vpn/always-on-vpn/deploy/tutorial-aovpn-certificates',
  troubleshoot: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/troubleshoot-always-on-vpn',
  ignoreNoRevocationCheck: 'https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-config-eap-tls-to-ignore-crl-checking',
  clientConnections: 'https://learn.microsoft.com/windows-server/remote/remote-access/vpn/always-on-vpn/deploy/vpn-deploy-client-vpn-connections',
  eapConfiguration: DOCS.eapConfiguration,
  deviceTunnel: DOCS.deviceTunnel,
  basicConstraints: 'https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9',
  keyUsage: 'https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3',
  pem: 'https://www.rfc-editor.org/rfc/rfc7468',
  sha1: 'https://social.technet.microsoft.com/wiki/contents/articles/32288.windows-enforcement-of-sha1-certificates.aspx',
  rsaUnder1024: 'https://learn.microsoft.com/archive/blogs/pki/rsa-keys-under-1024-bits-are-blocked',
  /** Microsoft "EAP - What's changed in Windows 11": server name matching is case-sensitive in 21H2 only. */
  windows11Eap: 'https://learn.microsoft.com/windows-server/networking/technologies/extensible-authentication-protocol/windows-11-changes',
} as const;

/** The IgnoreNoRevocationCheck workaround and what it costs, said once for every rule that needs it. */
export const IGNORE_NO_REVOCATION_CHECK =
  'Workaround: on every NPS server set the DWORD IgnoreNoRevocationCheck=1 under HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13 ' +
  '(and under EAP\\25 when PEAP is used), then reboot the server (restarting the services is not enough). ' +
  'The cost: NPS then authenticates client certificates that carry no CRL distribution point without any revocation check, ' +
  'so such a certificate cannot be cut off by revoking it; to block a user, deny them in the NPS network policy (for example by group).';
