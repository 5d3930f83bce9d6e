// Custom LSP requests shared by the server and the VS Code client (types and method names only).

export const ExplainCodeRequest = 'aovpn/explainCode';
export interface ExplainCodeParams {
  readonly query: string;
}
export interface ExplainCodeResult {
  readonly markdown: string;
}

// The certificate request lives with the certificate core: server/src/core/certificates/protocol.ts.

/** Sent once the server has read the workspace's certificates and profiles (counts of files indexed). */
export const WorkspaceIndexedNotification = 'aovpn/workspaceIndexed';
export interface WorkspaceIndexedParams {
  readonly certificates: number;
  readonly profiles: number;
}
