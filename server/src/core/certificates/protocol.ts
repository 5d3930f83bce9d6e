// The request the certificate viewer sends to the language server. Kept free of runtime imports so the client can
// import it without pulling the decoder (@peculiar/x509) into its bundle.
import type { RoleChoice } from './roles';

/** Request: InspectCertificateParams → CertificateFileReport (server/src/core/certificates/report.ts). */
export const INSPECT_CERTIFICATE_REQUEST = 'aovpn/inspectCertificate';

export interface InspectCertificateParams {
  /** The file's URI as a string (`file:///…`). */
  readonly uri: string;
  /** Judge for this role instead of the inferred ones. */
  readonly role?: RoleChoice;
}
