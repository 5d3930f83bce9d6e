// "Always On VPN: Check Workspace": every profile, EAP file, script holding a profile and certificate file of the
// workspace folders analysed through the language service, with diagnostics published for the files that are not
// open (open files keep their live diagnostics). Files are found by name (node/workspaceFiles.ts, the rule `aovpn
// check` uses for folders) and kept or dropped by content: an XML file that is neither a profile nor an EAP file
// gets nothing. What a check published is kept up to date: refreshed when the file changes on disk or is closed,
// cleared when it is deleted or a later check finds nothing in it.
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_CERTIFICATE_FILE_BYTES } from './core/certificates';
import { languageOfFile } from './core/documents/powershell';
import { MAX_WORKSPACE_CHECK_FILE_BYTES, MAX_WORKSPACE_CHECK_FILES } from './core/limits';
import type { LanguageService } from './core/service';
import { decodeText } from './core/text/encoding';
import { plainMessage } from './core/text/plainMessage';
import type { Severity } from './core/types';
import { toDiagnostic } from './convert';
import { readRegularFile } from './node/files';
import { walkWorkspace, workspaceFileKind, type WorkspaceFileKind } from './node/workspaceFiles';
import type { CheckWorkspaceResult } from './protocol';
import type { ServerSettings } from './settings';

export interface WorkspaceCheckHost {
  readonly service: LanguageService;
  /** The settings of a file (its folder's: one request per folder, not per file). */
  settingsFor(uri: string): Promise<ServerSettings>;
  /** The open document with this URI, if any: its diagnostics are the live ones. */
  openDocument(uri: string): TextDocument | undefined;
  publish(uri: string, diagnostics: Diagnostic[]): Promise<void>;
}

export interface WorkspaceCheckProgress {
  report(done: number, total: number): void;
  readonly cancelled: () => boolean;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};
const SEVERITY_OF: Record<DiagnosticSeverity, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export class WorkspaceChecker {
  /** Closed files that hold diagnostics published by a check, with the folder whose settings apply. */
  private readonly published = new Map<string, string>();

  constructor(private readonly host: WorkspaceCheckHost) {}

  /** Checks every candidate file under the folders; clears what an earlier check published and this one did not. */
  async checkFolders(folders: readonly string[], progress?: WorkspaceCheckProgress): Promise<CheckWorkspaceResult> {
    const candidates: { file: string; kind: WorkspaceFileKind; folder: string }[] = [];
    let truncated = false;
    for (const folder of folders) {
      const walked = await walkWorkspace([folder], (file, kind) => {
        if (candidates.length < MAX_WORKSPACE_CHECK_FILES) candidates.push({ file, kind, folder });
        else truncated = true;
      });
      truncated ||= walked.truncated;
    }
    const counts = { files: 0, error: 0, warning: 0, information: 0, hint: 0, unreadable: 0 };
    const seen = new Set<string>();
    let cancelled = false;
    for (let i = 0; i < candidates.length; i++) {
      if (progress?.cancelled()) {
        cancelled = true;
        break;
      }
      progress?.report(i, candidates.length);
      const { file, kind, folder } = candidates[i];
      const uri = pathToFileURL(file).toString();
      seen.add(uri);
      const checked = await this.check(file, kind, pathToFileURL(folder).toString());
      if (checked === 'unreadable') counts.unreadable++;
      if (!checked || checked === 'unreadable') continue;
      counts.files++;
      for (const diagnostic of checked) counts[SEVERITY_OF[diagnostic.severity ?? DiagnosticSeverity.Error]]++;
    }
    // A file an earlier check reported on that is gone or no longer has anything to say: clear it.
    if (!cancelled) {
      for (const uri of [...this.published.keys()]) if (!seen.has(uri)) await this.clear(uri);
    }
    return { files: counts.files, errors: counts.error, warnings: counts.warning, information: counts.information + counts.hint, unreadable: counts.unreadable, truncated, cancelled };
  }

  /** A watched file changed on disk or was deleted: refresh or clear what a check published for it. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const folder = this.published.get(uri);
    if (folder === undefined || this.host.openDocument(uri)) return;
    if (deleted) return this.clear(uri);
    const file = fileURLToPath(uri);
    const kind = workspaceFileKind(file);
    if (!kind || (await this.check(file, kind, folder)) === 'unreadable') await this.clear(uri);
  }

  /** A document was closed (its live diagnostics cleared): a file a check reported on gets its findings on disk back. */
  documentClosed(uri: string): Promise<void> {
    return this.fileChanged(uri, false);
  }

  private async clear(uri: string): Promise<void> {
    this.published.delete(uri);
    await this.host.publish(uri, []);
  }

  /**
   * One file's diagnostics (published when it is closed): undefined when it is not an Always On VPN file,
   * 'unreadable' when it could not be read.
   */
  private async check(file: string, kind: WorkspaceFileKind, folderUri: string): Promise<Diagnostic[] | undefined | 'unreadable'> {
    const uri = pathToFileURL(file).toString();
    const settings = await this.host.settingsFor(folderUri);
    const open = this.host.openDocument(uri);
    if (open) {
      // The live diagnostics stay; the summary counts what they say.
      if (!settings.enable) return undefined;
      const findings = this.host.service.findings(open, settings);
      return this.host.service.analysis(open, settings).kind === 'other' && !findings.length ? undefined : findings.map((f) => toDiagnostic(open, f));
    }
    let diagnostics: Diagnostic[] | undefined;
    if (settings.enable) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readRegularFile(file, kind === 'certificate' ? MAX_CERTIFICATE_FILE_BYTES : MAX_WORKSPACE_CHECK_FILE_BYTES));
      } catch {
        if (this.published.has(uri)) await this.clear(uri);
        return 'unreadable';
      }
      diagnostics = kind === 'certificate' ? this.certificateDiagnostics(uri, file, bytes, settings) : this.textDiagnostics(uri, file, bytes, settings);
    }
    if (diagnostics?.length) {
      this.published.set(uri, folderUri);
      await this.host.publish(uri, diagnostics);
    } else if (this.published.has(uri)) {
      await this.clear(uri);
    }
    return diagnostics;
  }

  /** A profile, EAP file or script: analysed as the editor would if it were opened. */
  private textDiagnostics(uri: string, file: string, bytes: Uint8Array, settings: ServerSettings): Diagnostic[] | undefined {
    const decoded = decodeText(bytes);
    if (decoded.notText) return undefined;
    const document = TextDocument.create(uri, languageOfFile(file) ?? 'xml', 0, decoded.text);
    try {
      const findings = this.host.service.findings(document, settings);
      if (this.host.service.analysis(document, settings).kind === 'other' && !findings.length) return undefined;
      return findings.map((finding) => toDiagnostic(document, finding));
    } finally {
      this.host.service.forget(uri);
    }
  }

  /**
   * A certificate file: PEM text is analysed like an open text file (findings on each block); DER and PKCS #7 are
   * judged like the certificate viewer does, each finding at the start of the file.
   */
  private certificateDiagnostics(uri: string, file: string, bytes: Uint8Array, settings: ServerSettings): Diagnostic[] {
    const decoded = decodeText(bytes);
    if (!decoded.notText && decoded.text.includes('-----BEGIN ')) {
      const document = TextDocument.create(uri, 'plaintext', 0, decoded.text);
      try {
        return this.host.service.findings(document, settings).map((finding) => toDiagnostic(document, finding));
      } finally {
        this.host.service.forget(uri);
      }
    }
    const report = this.host.service.inspectCertificate({ name: path.basename(file), bytes }, undefined, settings);
    const start = { line: 0, character: 0 };
    const range = { start, end: start };
    if (report.error && !report.certificates.length) {
      return [{ range, severity: DiagnosticSeverity.Error, source: 'aovpn', message: `Not a certificate file: ${plainMessage(report.error)}` }];
    }
    const many = report.certificates.length > 1;
    return report.findings.map((finding) => ({
      range,
      severity: SEVERITY[finding.severity],
      code: finding.ruleId,
      codeDescription: { href: finding.docUrl },
      source: 'aovpn',
      message: (many ? `Certificate ${finding.certificate + 1} of ${report.certificates.length}: ` : '') + plainMessage(finding.message),
    }));
  }
}
