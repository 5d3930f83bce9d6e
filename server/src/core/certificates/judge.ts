// Judges one certificate for the roles it is meant for (chosen or inferred): the findings of every rule, and per
// role a verdict with what failed, what passed and what to check by hand.
import { effectiveSeverity, type RuleSeveritySetting } from '../rules/rule';
import type { Severity } from '../types';
import type { CertificateInfo } from './model';
import type { CertificateAssessment, RoleVerdict } from './assessment';
import { ROLES, explainRoles, rolesFor, type CertificateRole, type RoleChoice, type RoleContext } from './roles';
import type { CertificateCheckInput, CertificateFinding, CertificateRule } from './rule';
import { runCertificateRule } from './runRules';
import { certificateRules } from './rules';
import { DEFAULT_EXPIRY_WARNING_DAYS, validityOf } from './validity';

export interface JudgeOptions {
  readonly now: Date;
  /** Warn this many days before expiry (setting `aovpn.certificates.expiryWarningDays`). */
  readonly expiryWarningDays?: number;
  readonly role?: RoleChoice;
  readonly context?: RoleContext;
  /** Severity per rule ID, or `off` (setting `aovpn.rules`). */
  readonly rules?: Readonly<Record<string, RuleSeveritySetting>>;
  /** Judge the candidate roles quietly to list the others it could serve (default true; diagnostics need none). */
  readonly listOtherRoles?: boolean;
}

export type { CertificateAssessment, RoleVerdict } from './assessment';

export function assessCertificate(
  cert: CertificateInfo,
  options: JudgeOptions & { readonly issuers?: readonly CertificateInfo[]; readonly roles?: readonly CertificateRole[] },
): CertificateAssessment {
  const expiryWarningDays = options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS;
  const context = options.context ?? {};
  const inference = explainRoles(cert, context);
  const chosen = options.role !== undefined && options.role !== 'auto' && options.roles === undefined;
  const roles = options.roles ?? (chosen ? rolesFor(cert, options.role, context) : [...inference.likely]);
  const base = { cert, roles, now: options.now, expiryWarningDays, workspace: context, issuers: options.issuers ?? [] };

  const general = runRules(
    certificateRules.filter((rule) => !rule.roles),
    { ...base, role: roles[0] },
    options.rules,
    undefined,
  );
  const verdicts: RoleVerdict[] = [];
  const findings: CertificateFinding[] = [...general.findings];
  for (const role of roles) {
    const own = runRules(
      certificateRules.filter((rule) => rule.roles?.includes(role)),
      { ...base, role },
      options.rules,
      role,
    );
    // The same finding for two candidate roles (a name check for IKEv2 and SSTP) is listed once.
    findings.push(...own.findings.filter((finding) => !findings.some((other) => other.ruleId === finding.ruleId && other.message === finding.message)));
    const all = [...general.findings, ...own.findings];
    verdicts.push({
      role,
      label: ROLES[role].label,
      status: all.some((finding) => finding.severity === 'error') ? 'fail' : all.some((finding) => finding.severity === 'warning') ? 'warning' : 'pass',
      findings: bySeverity(all),
      passed: [...general.passed, ...own.passed],
      reminders: ROLES[role].reminders,
    });
  }
  // Candidates are judged quietly: a role whose own rules find an error is not offered as one it could serve.
  const otherRoles =
    chosen || options.listOtherRoles === false
      ? []
      : inference.candidates.filter(
          (role) =>
            !roles.includes(role) &&
            !runRules(
              certificateRules.filter((rule) => rule.roles?.includes(role)),
              { ...base, role },
              options.rules,
              role,
            ).findings.some((finding) => finding.severity === 'error'),
        );
  return {
    certificate: cert.index,
    roles,
    rolesChosen: chosen,
    likelyRoles: inference.likely,
    roleReasons: inference.reasons,
    otherRoles,
    validity: validityOf(cert, options.now, expiryWarningDays),
    findings: bySeverity(findings),
    verdicts,
  };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Errors first, then warnings, information and hints; rules keep their order (by ID) within a severity. */
function bySeverity(findings: readonly CertificateFinding[]): CertificateFinding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

function runRules(
  rules: readonly CertificateRule[],
  input: CertificateCheckInput,
  settings: Readonly<Record<string, RuleSeveritySetting>> | undefined,
  role: CertificateRole | undefined,
): { findings: CertificateFinding[]; passed: string[] } {
  const findings: CertificateFinding[] = [];
  const passed: string[] = [];
  for (const rule of rules) {
    if (!effectiveSeverity(rule, settings) || (rule.applies && !rule.applies(input))) continue;
    const reports = runCertificateRule(rule, input);
    if (!reports.length && rule.passed) passed.push(rule.passed);
    for (const { rule: reporting, report } of reports) {
      const severity = effectiveSeverity(reporting, settings, report.severity);
      if (severity) findings.push({ ruleId: reporting.id, severity, message: report.message, docUrl: reporting.docUrl, certificate: input.cert.index, ...(role ? { role } : {}) });
    }
  }
  return { findings, passed };
}
