// Runs one certificate rule on a generated certificate, the way the judge does. Test-only.
import { decodeCertificate } from '../decode';
import type { CertificateInfo } from '../model';
import type { CertificateRole, RoleContext } from '../roles';
import type { CertificateReport, CertificateRule } from '../rule';
import { NOW, type MadeCertificate } from '../testing/certificates';

export interface RunOptions {
  readonly role?: CertificateRole;
  readonly roles?: readonly CertificateRole[];
  readonly context?: RoleContext;
  readonly issuers?: readonly MadeCertificate[];
  readonly now?: Date;
  readonly expiryWarningDays?: number;
}

export function decoded(made: MadeCertificate): CertificateInfo {
  return decodeCertificate(made.der);
}

/** The rule's report, or undefined when it finds nothing or does not apply. */
export function runRule(rule: CertificateRule, made: MadeCertificate, options: RunOptions = {}): CertificateReport | undefined {
  const role = options.role ?? rule.roles?.[0];
  const input = {
    cert: decoded(made),
    role,
    roles: options.roles ?? (role ? [role] : []),
    now: options.now ?? NOW,
    expiryWarningDays: options.expiryWarningDays ?? 30,
    context: options.context ?? {},
    issuers: (options.issuers ?? []).map(decoded),
  };
  if (rule.applies && !rule.applies(input)) return undefined;
  return rule.check(input);
}
