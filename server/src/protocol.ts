// Custom LSP requests shared by the server and the VS Code client (types and method names only).

export const ExplainCodeRequest = 'aovpn/explainCode';
export interface ExplainCodeParams {
  readonly query: string;
}
export interface ExplainCodeResult {
  readonly markdown: string;
}

export const InspectCertificateRequest = 'aovpn/inspectCertificate';
export interface InspectCertificateParams {
  /** The file's URI (the server reads it), or its bytes in base64 for unsaved or virtual files. */
  readonly uri: string;
  readonly base64?: string;
}
