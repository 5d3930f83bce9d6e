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
  /** The roles judged: the one asked for, or the ones the certificate most likely plays. */
  readonly roles: readonly CertificateRole[];
  /** The roles were chosen by the user rather than inferred. */
  readonly rolesChosen: boolean;
  /** The roles the certificate most likely plays (the same as `roles` unless a role was chosen). */
  readonly likelyRoles: readonly CertificateRole[];
  /** Why those are the likely roles, in plain sentences. */
  readonly roleReasons: readonly string[];
  /** Other roles its EKUs allow and that no error rules out: listed, not judged (pick one to see its findings). */
  readonly otherRoles: readonly CertificateRole[];
  readonly validity: Validity;
  /** Every finding once, errors first; within a severity, role-independent ones first, then per role. */
  readonly findings: readonly CertificateFinding[];
  readonly verdicts: readonly RoleVerdict[];
}
