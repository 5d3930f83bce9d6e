// Wires the pure analysis core to the Language Server Protocol. Nothing here knows about Always On VPN.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
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
import { analyzeDocument, type Analysis } from './core/analysis';
import { fixAllEdits, quickFixes } from './core/features/codeActions';
import { completeAt } from './core/features/completion';
import { hoverAt } from './core/features/hover';
import { documentSymbols, foldingRanges } from './core/features/outline';
import { codeHoverAt, codeInlayHints, explainMarkdown, rejectSummaries } from './core/codes';
import { toCompletionItem, toDiagnostic, toDocumentSymbol, toOffsetRange, toRange, toTextEdits } from './convert';
import { ExplainCodeRequest, type ExplainCodeParams, type ExplainCodeResult } from './protocol';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.aovpn`;

interface CachedAnalysis {
  readonly version: number;
  readonly settings: ServerSettings;
  readonly analysis: Analysis;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, CachedAnalysis>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  let pullConfiguration = false;
  let globalSettings = DEFAULT_SETTINGS;

  const log = (message: string) => connection.console.error(`[aovpn] ${message}`);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    pullConfiguration = params.capabilities.workspace?.configuration === true;
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
  });

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    if (!pullConfiguration) globalSettings = normalizeSettings((change.settings as { aovpn?: unknown } | undefined)?.aovpn, globalSettings);
    analyses.clear();
    for (const document of documents.all()) schedule(document, 0);
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
    const analysis = analyzeDocument(document.getText(), { rules: settings.rules, maxAnalysisSize: settings.maxAnalysisSize });
    analyses.set(document.uri, { version: document.version, settings, analysis });
    return analysis;
  }

  async function currentAnalysis(uri: string): Promise<{ document: TextDocument; analysis: Analysis } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const settings = await settingsFor(uri);
    if (!settings.enable) return undefined;
    const latest = documents.get(uri);
    if (!latest) return undefined;
    return { document: latest, analysis: analysisOf(latest, settings) };
  }

  function schedule(document: TextDocument, delay?: number): void {
    const uri = document.uri;
    clearTimeout(timers.get(uri));
    void settingsFor(uri).then((settings) => {
      clearTimeout(timers.get(uri));
      timers.set(
        uri,
        setTimeout(() => {
          timers.delete(uri);
          validate(uri);
        }, delay ?? settings.validationDelay),
      );
    });
  }

  async function validate(uri: string): Promise<void> {
    try {
      const document = documents.get(uri);
      if (!document) return;
      const version = document.version;
      const settings = await settingsFor(uri);
      const latest = documents.get(uri);
      // The document was closed or edited while the settings arrived: a newer validation is scheduled.
      if (!latest || latest.version !== version) return;
      const diagnostics = settings.enable ? analysisOf(latest, settings).findings.map((f) => toDiagnostic(latest, f)) : [];
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      log(`validation of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    analyses.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    return guard('hover', async () => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return null;
      const { document, analysis } = current;
      const offset = document.offsetAt(params.position);
      // Catalogue hovers for profiles and EAP XML; error codes, reason codes and log fields anywhere else.
      const hover = hoverAt(analysis, offset) ?? codeHoverAt(document.getText(), offset);
      if (!hover) return null;
      return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(document, hover.range) };
    });
  });

  connection.onCompletion(async (params) => {
    return guard('completion', async () => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return null;
      const { document, analysis } = current;
      const entries = completeAt(analysis, document.offsetAt(params.position));
      return entries.length ? { isIncomplete: false, items: entries.map((e) => toCompletionItem(document, e)) } : null;
    });
  });

  connection.onCodeAction(async (params) => {
    return guard('code actions', async () => {
      const current = await currentAnalysis(params.textDocument.uri);
      if (!current) return null;
      const { document, analysis } = current;
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) {
        for (const fix of quickFixes(analysis.findings, toOffsetRange(document, params.range))) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            isPreferred: fix.isPreferred,
            diagnostics: fix.findings.map((f) => toDiagnostic(document, f)),
            edit: { changes: { [document.uri]: toTextEdits(document, fix.edits) } },
          });
        }
      }
      if (wants(FIX_ALL_KIND)) {
        const edits = fixAllEdits(analysis.findings);
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
      if (!settings.enable || (!settings.codes.inlayHints && !settings.logs.rejectSummary)) return null;
      const text = document.getText();
      const range = toOffsetRange(document, params.range);
      const hints: InlayHint[] = [];
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
