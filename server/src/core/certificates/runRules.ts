// Runs certificate rules and turns their reports into findings. A rule that throws becomes one internal-error
// finding instead of taking the certificate view or the document's diagnostics down.
import { INTERNAL_ERROR_RULE } from '../rules/coreRules';
import { effectiveSeverity, type RuleContext, type RuleMeta, type RuleSettings } from '../rules/rule';
import type { Finding, TextRange } from '../types';
import type { CertificateCheckInput, CertificateReport, CertificateRule, PemReport } from './rule';

function internalError(rule: RuleMeta, error: unknown): string {
  return `Internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}. Other checks still ran; please report this.`;
}

/** What a rule judging one certificate reports on `input`, each report with the rule it is reported under. */
export function runCertificateRule(rule: CertificateRule, input: CertificateCheckInput): { rule: RuleMeta; report: CertificateReport }[] {
  const reports: { rule: RuleMeta; report: CertificateReport }[] = [];
  try {
    rule.check({ ...input, report: (report) => reports.push({ rule, report }) });
  } catch (error) {
    reports.push({ rule: INTERNAL_ERROR_RULE, report: { message: internalError(rule, error) } });
  }
  return reports;
}

/**
 * Runs a rule about a document's text (a thumbprint, a server name, a PEM block) when the settings enable it; each
 * report becomes a finding at `at`, or at the report's own range.
 */
export function runDocumentRule<C extends RuleContext<CertificateReport> | RuleContext<PemReport>>(
  rule: RuleMeta & { check(context: C): void },
  context: Omit<C, 'report'>,
  at: TextRange,
  settings: RuleSettings | undefined,
  findings: Finding[],
): void {
  if (!effectiveSeverity(rule, settings)) return;
  const add = (reporting: RuleMeta, report: CertificateReport & { readonly range?: TextRange }): void => {
    const severity = effectiveSeverity(reporting, settings, report.severity);
    if (severity) findings.push({ ruleId: reporting.id, severity, message: report.message, range: report.range ?? at, docUrl: reporting.docUrl || undefined });
  };
  try {
    rule.check({ ...context, report: (report: CertificateReport) => add(rule, report) } as unknown as C);
  } catch (error) {
    add(INTERNAL_ERROR_RULE, { message: internalError(rule, error) });
  }
}
