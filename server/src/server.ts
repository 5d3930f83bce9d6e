// Wires the pure analysis core to the Language Server Protocol. Nothing here knows about Always On VPN.
import {
  CodeActionKind,
  CompletionItemKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  InlayHintKind,
  FoldingRangeKind,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type InlayHint,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, limitFindings, type Analysis } from './core/analysis';
import { fixAllEdits, quickFixes } from './core/features/codeActions';
import { completeAt } from './core/features/completion';
import { hoverAt } from './core/features/hover';
import { documentSymbols, foldingRanges } from './core/features/outline';
import { codeHoverAt, codeInlayHints, explainMarkdown, rejectSummaries } from './core/codes';
import {
  INSPECT_CERTIFICATE_REQUEST,
  MAX_CERTIFICATE_FILE_BYTES,
  inspectCertificateFile,
  isRoleChoice,
  pemHoverAt,
  thumbprintCompletions,
  type CertificateFileReport,
  type InspectCertificateParams,
  type ResolvedThumbprint,
  type ThumbprintElement,
} from './core/certificates';
import { unitAt } from './core/features/units';
import type { Finding } from './core/types';
import { elementAt } from './core/xml/query';
import { WorkspaceKnowledge } from './workspace';
import { toCompletionItem, toDiagnostic, toDocumentSymbol, toOffsetRange, toRange, toTextEdits } from './convert';
import {
  CompareProfileRequest,
  ExplainCodeRequest,
  ExportProfileRequest,
  WorkspaceIndexedNotification,
  type CompareProfileParams,
  type CompareProfileResult,
  type ExplainCodeParams,
  type ExplainCodeResult,
  type ExportProfileParams,
  type ExportProfileResult,
} from './protocol';
import { exportProfile } from './core/deploy/export';
import { compareProfiles, comparisonMarkdown } from './core/deploy/diff';
import { languageOfFile } from './core/documents/powershell';
import { plainMessage } from './core/text/plainMessage';
import { fileURLToPath } from 'node:url';
import { describeFileError, FileAccessError, readRegularFile } from './node/files';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings';
import { ValidationScheduler } from './validationScheduler';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.aovpn`;

interface CachedAnalysis {
  readonly version: number;
  readonly settings: ServerSettings;
  readonly analysis: Analysis;
  /** Findings that need the workspace (certificates): computed at validation time. */
  workspaceFindings?: readonly Finding[];
  thumbprints?: readonly ResolvedThumbprint[];
  /** The text holds a PEM block (looked up once per version: a hover in a 30 MB log must not rescan it). */
  hasPem?: boolean;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, CachedAnalysis>();
  const scheduler = new ValidationScheduler((uri, version) => validate(uri, version));
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  let pullConfiguration = false;
  /** The most folding ranges the client wants (VS Code: 5,000). */
  let foldingRangeLimit = Infinity;
  let globalSettings = DEFAULT_SETTINGS;
  const workspace = new WorkspaceKnowledge();
  let workspaceFolders: string[] = [];

  const log = (message: string) => connection.console.error(`[aovpn] ${message}`);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    foldingRangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit ?? Infinity;
    workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((folder) => folder.uri.startsWith('file:'))
      .map((folder) => fileURLToPath(folder.uri));
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    globalSettings = normalizeSettings(initial);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['<', '/', '"', ' '], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
      },
      serverInfo: { name: 'aovpn-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'aovpn' });
    if (workspaceFolders.length) {
      void workspace.scan(workspaceFolders, log).then((counts) => {
        revalidateAll();
        void connection.sendNotification(WorkspaceIndexedNotification, counts);
      });
    }
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (change.uri.startsWith('file:')) await workspace.fileChanged(change.uri, change.type === FileChangeType.Deleted);
    }
    revalidateAll();
  });

  function revalidateAll(): void {
    for (const cached of analyses.values()) delete cached.workspaceFindings;
    for (const document of documents.all()) schedule(document, true);
  }

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    if (!pullConfiguration) globalSettings = normalizeSettings((change.settings as { aovpn?: unknown } | undefined)?.aovpn, globalSettings);
    analyses.clear();
    for (const document of documents.all()) schedule(document, true);
  });

  function settingsFor(uri: string): Promise<ServerSettings> {
    if (!pullConfiguration) return Promise.resolve(globalSettings);
    let pending = settingsByUri.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'aovpn' })
        .then((raw) => normalizeSettings(raw, globalSettings), () => globalSettings);
      settingsByUri.set(uri, pending);
    }
    return pending;
  }

  /** The analysis of the document's current version (computed once per version and settings). */
  function analysisOf(document: TextDocument, settings: ServerSettings): Analysis {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached.analysis;
    const language = document.languageId === 'powershell' ? 'powershell' : undefined;
    const analysis = analyzeDocument(document.getText(), { rules: settings.rules, maxAnalysisSize: settings.maxAnalysisSize, language });
    analyses.set(document.uri, { version: document.version, settings, analysis });
    return analysis;
  }

  function hasPemBlocks(document: TextDocument, settings: ServerSettings): boolean {
    analysisOf(document, settings);
    const cached = analyses.get(document.uri)!;
    return (cached.hasPem ??= document.getText().includes('-----BEGIN '));
  }

  /** Certificate cross-references for a document (thumbprints, server names, PEM blocks), once per version. */
  function workspaceFindingsOf(document: TextDocument, settings: ServerSettings): readonly Finding[] {
    const analysis = analysisOf(document, settings);
    const cached = analyses.get(document.uri)!;
    if (!cached.workspaceFindings) {
      const result = workspace.crossReference(document.uri, analysis, hasPemBlocks(document, settings), {
        now: new Date(),
        expiryWarningDays: settings.certificates.expiryWarningDays,
        rules: settings.rules,
      });
      cached.thumbprints = result.thumbprints;
      cached.workspaceFindings = limitFindings(result.findings);
    }
    return cached.workspaceFindings;
  }

  function allFindings(document: TextDocument, settings: ServerSettings): readonly Finding[] {
    const own = analysisOf(document, settings).findings;
    const workspaceFindings = workspaceFindingsOf(document, settings);
    return workspaceFindings.length ? [...own, ...workspaceFindings] : own;
  }

  async function currentAnalysis(uri: string): Promise<{ document: TextDocument; analysis: Analysis; settings: ServerSettings } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const settings = await settingsFor(uri);
    if (!settings.enable) return undefined;
    const latest = documents.get(uri);
    if (!latest) return undefined;
    return { document: latest, analysis: analysisOf(latest, settings), settings };
  }

  /** `immediate`: nothing is being typed (settings or the workspace changed), analyse without waiting. */
  function schedule(document: TextDocument, immediate = false): void {
    const { uri, version } = document;
    void settingsFor(uri).then((settings) => {
      if (documents.get(uri)?.version === version) scheduler.changed(uri, version, settings.validationDelay, immediate);
    });
  }

  async function validate(uri: string, version: number): Promise<void> {
    try {
      const settings = await settingsFor(uri);
      const latest = documents.get(uri);
      // The document was closed or edited while the settings arrived: a newer validation is scheduled.
      if (!latest || latest.version !== version || !scheduler.isCurrent(uri, version)) return;
      const diagnostics = settings.enable ? scheduler.measure(uri, () => allFindings(latest, settings)).map((f) => toDiagnostic(latest, f)) : [];
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      log(`validation of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    scheduler.forget(event.document.uri);
    analyses.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    return guard('hover', async () => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return null;
      const { document, analysis, settings } = current;
      const offset = document.offsetAt(params.position);
      workspaceFindingsOf(document, settings);
      const thumbprints = analyses.get(document.uri)?.thumbprints ?? [];
      const describeThumbprint = () => thumbprints.find((t) => offset >= t.reference.range.start && offset <= t.reference.range.end)?.hover;
      const text = document.getText();
      // Catalogue hovers for profiles and EAP XML; PEM blocks; error codes, reason codes and log fields anywhere.
      const hover =
        hoverAt(analysis, offset, { describeThumbprint }) ??
        (hasPemBlocks(document, settings)
          ? pemHoverAt(text, offset, { now: new Date(), expiryWarningDays: settings.certificates.expiryWarningDays, rules: settings.rules, context: workspace.roleContext(), known: workspace.certificates.all() })
          : undefined) ??
        codeHoverAt(text, offset);
      if (!hover) return null;
      return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(document, hover.range) };
    });
  });

  connection.onCompletion(async (params) => {
    return guard('completion', async () => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return null;
      const { document, analysis } = current;
      const offset = document.offsetAt(params.position);
      const items = completeAt(analysis, offset).map((e) => toCompletionItem(document, e));
      items.push(...thumbprintCompletionItems(document, analysis, offset));
      return items.length ? { isIncomplete: false, items } : null;
    });
  });

  connection.onCodeAction(async (params) => {
    return guard('code actions', async () => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return null;
      const { document, settings } = current;
      const findingsOf = (d: TextDocument) => allFindings(d, settings);
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) {
        for (const fix of quickFixes(findingsOf(document), toOffsetRange(document, params.range))) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            // Only a safe fix may be applied without reading it (VS Code's auto-fix command applies preferred fixes).
            isPreferred: fix.kind === 'safe',
            diagnostics: fix.findings.map((f) => toDiagnostic(document, f)),
            edit: { changes: { [document.uri]: toTextEdits(document, fix.edits) } },
          });
        }
      }
      if (wants(FIX_ALL_KIND)) {
        const edits = fixAllEdits(findingsOf(document));
        if (edits.length) {
          actions.push({ title: 'Fix all Always On VPN problems that have an obvious fix', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: toTextEdits(document, edits) } } });
        }
      }
      return actions;
    });
  });

  connection.onDocumentSymbol(async (params) => {
    return guard('document symbols', async () => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return null;
      return documentSymbols(current.analysis).map((s) => toDocumentSymbol(current.document, s));
    });
  });

  connection.onFoldingRanges(async (params) => {
    return guard('folding ranges', async () => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return null;
      const { document } = current;
      const out = [];
      for (const range of foldingRanges(current.analysis)) {
        if (out.length >= foldingRangeLimit) break;
        const startLine = document.positionAt(range.start).line;
        let endLine = document.positionAt(range.end).line;
        if (range.kind !== 'comment') endLine -= 1; // keep the end tag visible
        if (endLine > startLine) out.push({ startLine, endLine, kind: range.kind === 'comment' ? FoldingRangeKind.Comment : undefined });
      }
      return out;
    });
  });

  connection.languages.inlayHint.on(async (params) => {
    return guard('inlay hints', async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const settings = await settingsFor(document.uri);
      if (!settings.enable) return null;
      const text = document.getText();
      const range = toOffsetRange(document, params.range);
      const hints: InlayHint[] = [];
      if (settings.certificates.inlayHints) {
        workspaceFindingsOf(document, settings);
        for (const resolved of analyses.get(document.uri)?.thumbprints ?? []) {
          const end = resolved.reference.range.end;
          if (resolved.inlayLabel && end >= range.start && end <= range.end) {
            hints.push({ position: document.positionAt(end), label: resolved.inlayLabel, tooltip: { kind: MarkupKind.Markdown, value: resolved.hover }, paddingLeft: true });
          }
        }
      }
      if (settings.codes.inlayHints) {
        for (const hint of codeInlayHints(text, range)) {
          hints.push({ position: document.positionAt(hint.offset), label: hint.label, ...(hint.tooltip ? { tooltip: hint.tooltip } : {}), kind: InlayHintKind.Type, paddingLeft: true });
        }
      }
      if (settings.logs.rejectSummary) {
        for (const summary of rejectSummaries(text, range)) {
          hints.push({ position: document.positionAt(summary.range.end), label: summary.label, paddingLeft: true });
        }
      }
      return hints;
    });
  });

  connection.onRequest(ExplainCodeRequest, (params: ExplainCodeParams): ExplainCodeResult => {
    return { markdown: explainMarkdown(String(params?.query ?? '')) };
  });

  connection.onRequest(ExportProfileRequest, async (params: ExportProfileParams): Promise<ExportProfileResult> => {
    const current = await currentAnalysis(String(params?.uri ?? ''));
    if (!current) return { ok: false, kind: 'usage', message: 'The document is not open, or Always On VPN analysis is turned off for it.', errors: [] };
    const format = params.format === 'syncml' || params.format === 'powershell' ? params.format : 'intune';
    const scope = params.scope === 'user' || params.scope === 'device' ? params.scope : undefined;
    const fallbackName = fileNameOf(current.document.uri).replace(/\.[^.]*$/, '');
    const result = exportProfile(current.analysis, { format, name: typeof params.name === 'string' ? params.name : undefined, scope, force: params.force === true, fallbackName });
    if (!result.ok) {
      const errors = result.findings.map((f) => ({ line: current.document.positionAt(f.range.start).line + 1, message: plainMessage(f.message) }));
      return { ok: false, kind: result.kind, message: plainMessage(result.message), errors, name: result.name };
    }
    return { ok: true, name: result.name, scope: result.scope, omaUri: result.omaUri, dataType: result.dataType, value: result.value, text: result.text, notes: result.notes };
  });

  connection.onRequest(CompareProfileRequest, async (params: CompareProfileParams): Promise<CompareProfileResult> => {
    const current = await currentAnalysis(String(params?.uri ?? ''));
    const otherName = String(params?.otherName ?? '');
    const leftName = fileNameOf(String(params?.uri ?? ''));
    if (!current) return { ok: false, equivalent: false, differences: 0, markdown: 'The document is not open, or Always On VPN analysis is turned off for it.' };
    const language = params.otherLanguageId === 'powershell' ? 'powershell' : languageOfFile(otherName);
    const other = analyzeDocument(String(params?.otherText ?? ''), { rules: current.settings.rules, maxAnalysisSize: current.settings.maxAnalysisSize, language });
    const result = compareProfiles(current.analysis, other);
    return {
      ok: result.ok,
      equivalent: result.ok && result.equivalent,
      differences: result.ok ? result.differences.length : 0,
      markdown: comparisonMarkdown(result, leftName, otherName.split(/[\\/]/).pop() ?? otherName),
    };
  });

  /** Inside `TrustedRootCA`/`IssuerHash`: the workspace's CA certificates, in the spelling Windows writes. */
  function thumbprintCompletionItems(document: TextDocument, analysis: Analysis, offset: number) {
    const position = unitAt(analysis, offset);
    if (!position || workspace.certificates.size === 0) return [];
    const element = elementAt([position.unit.root], position.offset);
    if (!element || position.offset < element.contentStart || position.offset > element.contentEnd) return [];
    const kind: ThumbprintElement | undefined =
      element.localName === 'TrustedRootCA' ? 'TrustedRootCA' : element.localName === 'IssuerHash' ? (position.unit.kind === 'profile' ? 'SsoIssuerHash' : 'IssuerHash') : undefined;
    if (!kind) return [];
    const valueRange = element.text.trimmed ? element.text.range : { start: position.offset, end: position.offset };
    const range = toRange(document, { start: position.unit.map.toOriginal(valueRange.start), end: position.unit.map.toOriginal(valueRange.end) });
    return thumbprintCompletions(workspace.certificates, kind, { now: new Date() }).map((c) => ({
      label: c.label,
      kind: CompletionItemKind.Value,
      detail: c.detail,
      documentation: { kind: MarkupKind.Markdown, value: c.documentation },
      sortText: c.sortText,
      filterText: document.getText(range) || c.label,
      textEdit: { range, newText: kind === 'TrustedRootCA' ? c.insertText : c.insertText.replace(/ /g, '') },
    }));
  }

  connection.onRequest(INSPECT_CERTIFICATE_REQUEST, async (params: InspectCertificateParams): Promise<CertificateFileReport> => {
    const uri = String(params?.uri ?? '');
    const settings = await settingsFor(uri);
    const fileName = uri.split('/').pop();
    const options = {
      now: new Date(),
      fileName,
      role: params?.role && isRoleChoice(params.role) ? params.role : undefined,
      expiryWarningDays: settings.certificates.expiryWarningDays,
      rules: settings.rules,
      context: workspace.roleContext(),
      known: workspace.certificates.all(),
    };
    try {
      const open = documents.get(uri);
      if (open) return inspectCertificateFile(new TextEncoder().encode(open.getText()), options);
      // Only a regular file, and never more than a certificate file can be (a link to /dev/zero is refused).
      return inspectCertificateFile(new Uint8Array(await readRegularFile(fileURLToPath(uri), MAX_CERTIFICATE_FILE_BYTES)), options);
    } catch (error) {
      const reason =
        error instanceof FileAccessError && error.code === 'EFBIG'
          ? `The file ${error.message}: far larger than a certificate file; it was not decoded.`
          : `The file could not be read: it ${describeFileError(error)}.`;
      return { ...inspectCertificateFile(new Uint8Array(), options), error: reason };
    }
  });

  /** The last path segment of a URI, decoded when it can be. */
  function fileNameOf(uri: string): string {
    const last = uri.split('/').pop() ?? '';
    try {
      return decodeURIComponent(last);
    } catch {
      return last;
    }
  }

  /** A failing handler answers null and logs, instead of taking the server down. */
  async function guard<T>(what: string, run: () => Promise<T | null>): Promise<T | null> {
    try {
      return await run();
    } catch (error) {
      log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  }

  documents.listen(connection);
  connection.listen();
}
