// The certificate part of the core, as the server and the CLI use it.
export { decodeCertificateFile, MAX_CERTIFICATE_FILE_BYTES } from './decode';
export { inspectCertificateFile, type CertificateFileReport } from './report';
export { isRoleChoice, ROLES, type RoleChoice, type RoleContext } from './roles';
export { DEFAULT_EXPIRY_WARNING_DAYS } from './validity';
export { pemHoverAt } from './pemFeatures';
export { CertificateIndex } from './workspaceIndex';
export { thumbprintCompletions, certificateReferences, roleContextFrom, type ThumbprintElement, type DocumentNames } from './crossReference';
export type { CertificateInfo } from './model';
export type { CertificateAssessment } from './assessment';
