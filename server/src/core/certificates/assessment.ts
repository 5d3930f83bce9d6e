// What judging a certificate yields (judge.ts), as plain types: the summary and the report show it without
// importing the judge and its rules.
import type { CertificateRole } from './roles';
import type { CertificateFinding } from './rule';
import type { Validity } from './validity';

export type VerdictStatus = 'pass' | 'warning' | 'fail';

export interface RoleVerdict {
  readonly role: CertificateRole;
  readonly label: string;
  readonly status: VerdictStatus;
  /** Findings that concern this role, the role-independent ones included. */
  readonly findings: readonly CertificateFinding[];
  /** What was checked and is fine. */
  readonly passed: readonly string[];
  /** What a file cannot tell: to check by hand. */
  readonly reminders: readonly string[];
}

export interface CertificateAssessment {
  readonly certificate: number;
  readonly roles: readonly CertificateRole[];
  /** The roles were chosen by the user rather than inferred. */
  readonly rolesChosen: boolean;
  readonly validity: Validity;
  /** Every finding once, errors first; within a severity, role-independent ones first, then per role. */
  readonly findings: readonly CertificateFinding[];
  readonly verdicts: readonly RoleVerdict[];
}
