// Our custom LSP requests and notifications: the one place their method names and their parameter and result types
// are declared. The server handles them (server.ts) and the VS Code client sends them; both go through the typed
// helpers below, so a change of shape breaks the build on both sides. No runtime imports: the client's activation
// bundle includes this file and stays free of the language-client libraries and the certificate decoder.
import type { CertificateFileReport } from './core/certificates/report';
import type { RoleChoice } from './core/certificates/roles';
import type { ProfileComparisonSummary } from './core/service';

declare const types: unique symbol;

/** A request: its method name, with the parameter and result types for the compiler. */
export interface ProtocolRequest<P, R> {
  readonly method: string;
  readonly [types]?: { params: P; result: R };
}

/** A notification from the server: its method name, with the parameter type for the compiler. */
export interface ProtocolNotification<P> {
  readonly method: string;
  readonly [types]?: { params: P };
}

function request<P, R>(method: string): ProtocolRequest<P, R> {
  return { method };
}

function notification<P>(method: string): ProtocolNotification<P> {
  return { method };
}

/** The part of a language client (or connection) that sends requests. */
export interface RequestSender {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

/** Sends a request with parameters and result typed by its declaration. */
export function sendRequest<P, R>(sender: RequestSender, type: ProtocolRequest<P, R>, params: P): Promise<R> {
  return sender.sendRequest<R>(type.method, params);
}

// ---- explain ---------------------------------------------------------------------------------------------------

export interface ExplainCodeParams {
  readonly query: string;
}
export interface ExplainCodeResult {
  readonly markdown: string;
}
/** "Explain Error Code…": Markdown for a RAS/IKE code, HRESULT, NPS reason code or event ID. */
export const ExplainCodeRequest = request<ExplainCodeParams, ExplainCodeResult>('aovpn/explainCode');

// ---- editing ---------------------------------------------------------------------------------------------------

export interface AutoCloseTagParams {
  readonly textDocument: { readonly uri: string };
  /** Just after the `>` the user typed. */
  readonly position: { readonly line: number; readonly character: number };
}
export interface AutoCloseTagResult {
  /** A snippet to insert at the position: `$0</Name>`. */
  readonly snippet: string;
}
/**
 * Asked by the client right after the user types `>`: the end tag to insert when that `>` finished a start tag whose
 * element has no end tag of its own (else null). Like vscode-html's auto-insert; linked editing keeps both names in step.
 */
export const AutoCloseTagRequest = request<AutoCloseTagParams, AutoCloseTagResult | null>('aovpn/autoCloseTag');

// ---- certificates ----------------------------------------------------------------------------------------------

export interface InspectCertificateParams {
  /** The file's URI as a string (`file:///…`). */
  readonly uri: string;
  /** Judge for this role instead of the inferred ones. */
  readonly role?: RoleChoice;
}
/** The certificate viewer: a file decoded and judged by the server (the decoder stays out of the client). */
export const InspectCertificateRequest = request<InspectCertificateParams, CertificateFileReport>('aovpn/inspectCertificate');

export interface WorkspaceIndexedParams {
  readonly certificates: number;
  readonly profiles: number;
}
/** Sent once the server has read the workspace's certificates and profiles (counts of files indexed). */
export const WorkspaceIndexedNotification = notification<WorkspaceIndexedParams>('aovpn/workspaceIndexed');

// ---- deployment ------------------------------------------------------------------------------------------------

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
/** The open profile in a deployment form (the "Copy as …" commands); refused when it has errors unless forced. */
export const ExportProfileRequest = request<ExportProfileParams, ExportProfileResult>('aovpn/exportProfile');

export interface CompareProfileParams {
  readonly uri: string;
  readonly otherText: string;
  /** For the report and for choosing how to read the text (`.ps1` is a script). */
  readonly otherName: string;
  readonly otherLanguageId?: string;
}
export type CompareProfileResult = ProfileComparisonSummary;
/** The open profile compared with another document's text ("Compare Profile With…"). */
export const CompareProfileRequest = request<CompareProfileParams, CompareProfileResult>('aovpn/compareProfile');

// ---- workspace check -------------------------------------------------------------------------------------------

export type CheckWorkspaceParams = Record<string, never>;
export interface CheckWorkspaceResult {
  /** Profiles, EAP files, scripts holding one and certificate files checked (other XML files are not counted). */
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /** Information and hints. */
  readonly information: number;
  /** Candidate files that could not be read. */
  readonly unreadable: number;
  /** The workspace held more files than a check reads (core/limits.ts). */
  readonly truncated: boolean;
  /** Stopped by the user: what was checked until then is published. */
  readonly cancelled: boolean;
}
/**
 * "Check Workspace": every profile, EAP file and certificate of the workspace folders checked, with diagnostics
 * published for the files that are not open. Progress goes through `window/workDoneProgress` when the client has it.
 */
export const CheckWorkspaceRequest = request<CheckWorkspaceParams, CheckWorkspaceResult>('aovpn/checkWorkspace');
// ---- new profile -----------------------------------------------------------------------------------------------

export interface ProfileTemplateDocument {
  /** `device-tunnel`, `user-peap-tls`, `user-eap-tls`, `user-peap-mschapv2` or `plugin`. */
  readonly id: string;
  readonly label: string;
  /** One line: what the profile is and when to choose it. */
  readonly detail: string;
  /** The document it opens: every placeholder at its default. */
  readonly text: string;
}
export interface ProfileTemplatesResult {
  readonly templates: readonly ProfileTemplateDocument[];
}
/** "New Profile…": the ProfileXML templates, each as the document it opens. */
export const ProfileTemplatesRequest = request<Record<string, never>, ProfileTemplatesResult>('aovpn/profileTemplates');

// ---- client-side commands --------------------------------------------------------------------------------------

/**
 * "Show documentation for RULE" (a code action's command, argument: the rule ID): the VS Code client opens the rule's
 * page shipped in the extension (docs/rules/FAMILY/NAME.md) in a Markdown preview. The server offers the action only
 * to clients that list the command in `initializationOptions.clientCommands` (other LSP editors could not run it).
 */
export const SHOW_RULE_DOCUMENTATION_COMMAND = 'aovpn.showRuleDocumentation';
