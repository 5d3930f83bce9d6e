// What the language service knows about each open document: its analysis and its findings (the analysis's, and
// those that depend on the workspace's certificates: thumbprints, server names, PEM blocks), computed when first
// asked and cached per document version, settings and workspace revision. The service (service.ts) answers every
// request through it; `aovpn check` uses it alone, so that a check loads neither the editor features nor their data
// and prints the findings the editor shows.
import { limitFindings, analyzeDocument, type Analysis } from './analysis';
// Straight from the modules, not the certificates/ index: that would bring the certificate viewer's code along.
import { checkDocumentCertificates, type ResolvedThumbprint } from './certificates/crossReference';
import { certificateReferences, type CertificateReferences } from './certificates/references';
import type { RoleContext } from './certificates/roles';
import { withoutSuppressed } from './features/suppressions';
import type { DocumentSettings } from './settings';
import type { Finding } from './types';
import type { WorkspaceKnowledge } from './workspace';

/** A document as the service reads it (a vscode-languageserver-textdocument TextDocument is one). */
export interface ServiceDocument {
  readonly uri: string;
  /** Changes with every edit: cached results of another version are not used. */
  readonly version: number;
  /** The editor's language ID; `powershell` makes the document a script whose strings hold the profile. */
  readonly languageId: string;
  getText(): string;
}

/** What is known about one version of a document under one set of settings, each part computed when first asked. */
class DocumentState {
  private analysisValue: Analysis | undefined;
  private pem: boolean | undefined;
  /** null: computed, none. */
  private referencesValue: CertificateReferences | null | undefined;
  private roleContextValue: { readonly revision: number; readonly context: RoleContext } | undefined;
  private certificateCheck: { readonly revision: number; readonly findings: readonly Finding[]; readonly thumbprints: readonly ResolvedThumbprint[] } | undefined;
  private allFindings: { readonly revision: number; readonly findings: readonly Finding[] } | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    private readonly language: 'powershell' | undefined,
    readonly settings: DocumentSettings,
    private readonly workspace: WorkspaceKnowledge,
    private readonly now: () => Date,
  ) {}

  get analysis(): Analysis {
    return (this.analysisValue ??= this.reanalyse(this.text));
  }

  /** Another text analysed as this document is (same settings and language), e.g. after fixes. */
  reanalyse(text: string): Analysis {
    return analyzeDocument(text, {
      rules: this.settings.rules,
      maxAnalysisSize: this.settings.maxAnalysisSize,
      language: this.language,
      inlineConfig: this.settings.inlineConfig,
      targetWindows: this.settings.targetWindows,
      source: this.settings.source,
    });
  }

  /** The text holds a PEM block (looked up once per version: a hover in a 30 MB log must not rescan it). */
  get hasPem(): boolean {
    return (this.pem ??= this.text.includes('-----BEGIN '));
  }

  /** The workspace's names, this document's own replacing those of its file on disk. */
  get roleContext(): RoleContext {
    const revision = this.workspace.revision;
    if (this.roleContextValue?.revision !== revision) {
      const own = this.references;
      this.roleContextValue = { revision, context: this.workspace.roleContext(own ? { uri: this.uri, names: own } : undefined) };
    }
    return this.roleContextValue.context;
  }

  /** The document's thumbprints and server names (none when the analysis was limited to well-formedness). */
  private get references(): CertificateReferences | undefined {
    if (this.referencesValue === undefined) {
      const analysis = this.analysis;
      this.referencesValue = analysis.units.length && !analysis.limited ? certificateReferences(analysis) : null;
    }
    return this.referencesValue ?? undefined;
  }

  get thumbprints(): readonly ResolvedThumbprint[] {
    return this.certificates().thumbprints;
  }

  get findings(): readonly Finding[] {
    const revision = this.workspace.revision;
    if (this.allFindings?.revision !== revision) {
      const own = this.analysis.findings;
      // Every certificate finding needs a workspace certificate (thumbprints and server names are compared with
      // them) or a PEM block: without either there is none, and the thumbprints' hovers (the editor's) are left
      // until asked for. A check of many profiles spent a tenth of its time here.
      const workspace = this.workspace.certificates.size === 0 && !this.hasPem ? [] : this.certificates().findings;
      this.allFindings = { revision, findings: workspace.length ? [...own, ...workspace] : own };
    }
    return this.allFindings.findings;
  }

  /** Thumbprints matched with the workspace's certificates, server names checked against them, PEM blocks judged. */
  private certificates() {
    const revision = this.workspace.revision;
    if (this.certificateCheck?.revision !== revision) {
      const result = checkDocumentCertificates(
        this.analysis,
        { index: this.workspace.certificates, names: this.roleContext },
        { now: this.now(), expiryWarningDays: this.settings.certificates.expiryWarningDays, rules: this.settings.rules, references: this.references, pem: this.hasPem },
      );
      // A suppression comment hides these too (the analysis leaves cert/ suppressions to this step).
      this.certificateCheck = { revision, findings: limitFindings(withoutSuppressed(result.findings, this.analysis.suppressions)), thumbprints: result.thumbprints };
    }
    return this.certificateCheck;
  }
}

/** One state per open document: the latest version asked for. */
export class DocumentCache {
  private readonly states = new Map<string, DocumentState>();

  constructor(
    private readonly workspace: WorkspaceKnowledge,
    private readonly now: () => Date,
  ) {}

  get(document: ServiceDocument, settings: DocumentSettings): DocumentState {
    const text = document.getText();
    const cached = this.states.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings && cached.text === text) return cached;
    const language = document.languageId === 'powershell' ? 'powershell' : undefined;
    const state = new DocumentState(document.uri, document.version, text, language, settings, this.workspace, this.now);
    this.states.set(document.uri, state);
    return state;
  }

  forget(uri: string): void {
    this.states.delete(uri);
  }
}
