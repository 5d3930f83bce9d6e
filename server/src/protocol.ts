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

/** The open profile in a deployment form (the "Copy as …" commands); refused when the profile has errors unless forced. */
export const ExportProfileRequest = 'aovpn/exportProfile';
export interface ExportProfileParams {
  readonly uri: string;
  readonly format: 'intune' | 'syncml' | 'powershell';
  readonly name?: string;
  readonly scope?: 'user' | 'device';
  readonly force?: boolean;
}
export type ExportProfileResult =
  | {
      readonly ok: true;
      readonly name: string;
      readonly scope: 'user' | 'device';
      readonly omaUri: string;
      readonly dataType: string;
      readonly value: string;
      readonly text: string;
      readonly notes: readonly string[];
    }
  | {
      readonly ok: false;
      /** `usage`: the name or scope cannot be used; `profile`: errors (or script variables) in the profile. */
      readonly kind: 'usage' | 'profile';
      /** Plain text. */
      readonly message: string;
      /** The blocking findings, 1-based line and plain message. */
      readonly errors: readonly { readonly line: number; readonly message: string }[];
      /** The name that would have been used. */
      readonly name?: string;
    };

/** The open profile compared with another document's text ("Compare Profile With…"). */
export const CompareProfileRequest = 'aovpn/compareProfile';
export interface CompareProfileParams {
  readonly uri: string;
  readonly otherText: string;
  /** For the report and for choosing how to read the text (`.ps1` is a script). */
  readonly otherName: string;
  readonly otherLanguageId?: string;
}
export interface CompareProfileResult {
  /** False when there was nothing to compare. */
  readonly ok: boolean;
  readonly equivalent: boolean;
  readonly differences: number;
  /** The report, Markdown with document text in code spans. */
  readonly markdown: string;
}

/**
 * Asked by the client right after the user types `>` (position: just after it). The answer is a snippet to insert
 * there, `$0</Name>`, when that `>` finished a start tag whose element has no end tag; else null. Like
 * vscode-html's auto-insert: linked editing keeps the two names in step afterwards.
 */
export const AutoCloseTagRequest = 'aovpn/autoCloseTag';
export interface AutoCloseTagParams {
  readonly textDocument: { readonly uri: string };
  readonly position: { readonly line: number; readonly character: number };
}
export interface AutoCloseTagResult {
  readonly snippet: string;
}
