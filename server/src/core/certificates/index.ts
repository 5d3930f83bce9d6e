// The certificate part of the core, as the server and the CLI use it.
import { allCertificateRules, certificateRules } from './rules';

export { decodeCertificateFile, decodeCertificatesInText, decodeCertificate, MAX_CERTIFICATE_FILE_BYTES } from './decode';
export { findPemBlocks, toPem, type PemBlock, type PemKind } from './pem';
export { inspectCertificateFile, inspectDecoded, type CertificateFileReport, type InspectOptions } from './report';
export { assessCertificate, type CertificateAssessment, type JudgeOptions, type RoleVerdict, type VerdictStatus } from './judge';
export { buildChain, type CertificateChain, type KnownCertificate } from './chain';
export { inferRoles, rolesFor, isRoleChoice, ROLES, ROLE_CHOICES, type CertificateRole, type RoleChoice, type RoleContext } from './roles';
export { validityOf, DEFAULT_EXPIRY_WARNING_DAYS, type Validity } from './validity';
export { pemHoverAt, pemDocumentFindings, type PemHover, type PemOptions } from './pemFeatures';
export { CertificateIndex, normalizeThumbprint, type IndexedCertificate } from './workspaceIndex';
export {
  resolveThumbprints,
  thumbprintCompletions,
  crossCheckServerNames,
  checkDocumentCertificates,
  certificateReferences,
  roleContextFrom,
  profileServerEntries,
  eapServerNameEntries,
  type ThumbprintReference,
  type ThumbprintElement,
  type ResolvedThumbprint,
  type ThumbprintCompletion,
  type NameListText,
  type NameCrossCheck,
  type CertificateSideFinding,
  type CrossReferenceOptions,
  type CertificateReferences,
  type DocumentNames,
  type DocumentCertificateCheck,
  type WorkspaceCertificates,
} from './crossReference';
export { certificateMarkdown, certificateLabel } from './summary';
export type { CertificateInfo, DecodedCertificates } from './model';
export type { CertificateFinding, CertificateRule, CertificateRuleContext } from './rule';
export { allCertificateRules, certificateRules };
