// Wires the core's language service to the Language Server Protocol: documents, settings, debounced diagnostics
// and one delegation per request. Nothing here knows about Always On VPN; convert.ts turns offsets into positions.
import {
  CodeActionKind,
  type CancellationToken,
  DidChangeConfigurationNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type GenericRequestHandler,
  type InitializeParams,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { isRoleChoice, MAX_CERTIFICATE_FILE_BYTES } from './core/certificates';
import { getLanguageService } from './core/service';
import { TAG_NAME_PATTERN } from './core/features/tags';
import { WorkspaceKnowledge } from './core/workspace';
import { toCompletionItem, toDiagnostic, toDocumentSymbol, toExportProfileResult, toFoldingRanges, toHover, toInlayHint, toOffsetRange, toRange, toTextEdits } from './convert';
import { describeFileError, FileAccessError, readRegularFile } from './node/files';
import { readWorkspaceFile, scanWorkspace } from './node/workspaceScan';
import {
  AutoCloseTagRequest,
  CheckWorkspaceRequest,
  CompareProfileRequest,
  ExplainCodeRequest,
  ExportProfileRequest,
  InspectCertificateRequest,
  ProfileTemplatesRequest,
  SHOW_RULE_DOCUMENTATION_COMMAND,
  WorkspaceIndexedNotification,
  type ProtocolNotification,
  type ProtocolRequest,
} from './protocol';
import { DEFAULT_SETTINGS, normalizeSettings, type ClientEnvironment, type ServerSettings } from './settings';
import { ValidationScheduler } from './validationScheduler';
import { WorkspaceChecker } from './workspaceCheck';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.aovpn`;

const NOT_OPEN = 'The document is not open, or Always On VPN analysis is turned off for it.';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new WorkspaceKnowledge();
  const service = getLanguageService({ workspace });
  const scheduler = new ValidationScheduler((uri, version) => validate(uri, version));
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  let pullConfiguration = false;
  /** The most folding ranges the client wants (VS Code: 5,000). */
  let foldingRangeLimit = Infinity;
  let globalSettings = DEFAULT_SETTINGS;
  let environment: ClientEnvironment = {};
  /** The client opens rule pages itself (VS Code); other editors get no "Show documentation" action. */
  let showsRuleDocumentation = false;
  let workspaceFolders: string[] = [];
  const checker = new WorkspaceChecker({
    service,
    settingsFor,
    openDocument: (uri) => documents.get(uri),
    publish: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
  });

  // Failures go to the Output channel as errors; news (the workspace indexed) as information, never as [error].
  const log = (message: string) => connection.console.error(`[aovpn] ${message}`);
  const info = (message: string) => connection.console.info(`[aovpn] ${message}`);
  /** Settings that could not be read are logged once per distinct problem. */
  const settingProblems = new Set<string>();
  const readSettings = (raw: unknown, base: ServerSettings): ServerSettings => {
    const settings = normalizeSettings(raw, base, environment);
    const problem = settings.targetWindowsProblem;
    if (problem && !settingProblems.has(problem)) {
      settingProblems.add(problem);
      connection.console.warn(`[aovpn] ${problem}`);
    }
    return settings;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    foldingRangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit ?? Infinity;
    workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((folder) => folder.uri.startsWith('file:'))
      .map((folder) => fileURLToPath(folder.uri));
    const options = params.initializationOptions as { settings?: unknown; environment?: ClientEnvironment; clientCommands?: unknown } | undefined;
    environment = { otherXmlValidator: options?.environment?.otherXmlValidator === true, explainLinks: options?.environment?.explainLinks === true };
    showsRuleDocumentation = Array.isArray(options?.clientCommands) && options.clientCommands.includes(SHOW_RULE_DOCUMENTATION_COMMAND);
    globalSettings = readSettings(options?.settings, DEFAULT_SETTINGS);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['<', '/', '"', ' '], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        linkedEditingRangeProvider: true,
        documentHighlightProvider: true,
        definitionProvider: true,
      },
      serverInfo: { name: 'aovpn-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'aovpn' });
    if (workspaceFolders.length) {
      void scanWorkspace(workspaceFolders, workspace).then((counts) => {
        info(`workspace: ${counts.certificates} certificate file(s) and ${counts.profiles} profile/EAP file(s) indexed`);
        revalidateAll();
        void notify(WorkspaceIndexedNotification, counts);
      });
    }
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (!change.uri.startsWith('file:')) continue;
      const deleted = change.type === FileChangeType.Deleted;
      await readWorkspaceFile(fileURLToPath(change.uri), workspace, deleted);
      await checker.fileChanged(change.uri, deleted);
    }
    revalidateAll();
  });

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    if (!pullConfiguration) globalSettings = readSettings((change.settings as { aovpn?: unknown } | undefined)?.aovpn, globalSettings);
    revalidateAll();
  });

  function revalidateAll(): void {
    for (const document of documents.all()) schedule(document, true);
  }

  function settingsFor(uri: string): Promise<ServerSettings> {
    if (!pullConfiguration) return Promise.resolve(globalSettings);
    let pending = settingsByUri.get(uri);
    if (!pending) {
      pending = connection.workspace.getConfiguration({ scopeUri: uri, section: 'aovpn' }).then(
        (raw) => readSettings(raw, globalSettings),
        () => globalSettings,
      );
      settingsByUri.set(uri, pending);
    }
    return pending;
  }

  /** The open document and its settings, when it is open and analysis is on for it. */
  async function current(uri: string): Promise<{ document: TextDocument; settings: ServerSettings } | undefined> {
    if (!documents.get(uri)) return undefined;
    const settings = await settingsFor(uri);
    const document = documents.get(uri);
    return document && settings.enable ? { document, settings } : undefined;
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
      const diagnostics = settings.enable ? scheduler.measure(uri, () => service.findings(latest, settings)).map((f) => toDiagnostic(latest, f)) : [];
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      log(`validation of ${uri} failed: ${describeError(error)}`);
    }
  }

  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    scheduler.forget(uri);
    service.forget(uri);
    settingsByUri.delete(uri);
    toldNotFormatted.delete(uri);
    // A file Check Workspace reported on gets its findings on disk back.
    void connection.sendDiagnostics({ uri, diagnostics: [] }).then(() => checker.documentClosed(uri));
  });

  connection.onHover((params) =>
    guard('hover', params.textDocument.uri, ({ document, settings }) => {
      const hover = service.hover(document, document.offsetAt(params.position), settings);
      return hover ? toHover(document, hover) : null;
    }),
  );

  connection.onCompletion((params) =>
    guard('completion', params.textDocument.uri, ({ document, settings }) => {
      const items = service.completion(document, document.offsetAt(params.position), settings).map((entry) => toCompletionItem(document, entry));
      return items.length ? { isIncomplete: false, items } : null;
    }),
  );

  connection.onCodeAction((params) =>
    guard('code actions', params.textDocument.uri, ({ document, settings }) => {
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) {
        for (const fix of service.quickFixes(document, toOffsetRange(document, params.range), settings)) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            // Only a safe fix may be applied without reading it (VS Code's auto-fix command applies preferred fixes).
            isPreferred: fix.kind === 'safe',
            diagnostics: fix.findings.map((f) => toDiagnostic(document, f)),
            edit: { changes: { [document.uri]: toTextEdits(document, fix.edits) } },
          });
        }
        // Last, as in ESLint: opens the rule's page; never preferred, edits nothing.
        if (showsRuleDocumentation) {
          for (const action of service.documentationActions(document, toOffsetRange(document, params.range), settings)) {
            actions.push({
              title: action.title,
              kind: CodeActionKind.QuickFix,
              isPreferred: false,
              diagnostics: action.findings.map((f) => toDiagnostic(document, f)),
              command: { title: action.title, command: SHOW_RULE_DOCUMENTATION_COMMAND, arguments: [action.ruleId] },
            });
          }
        }
      }
      if (wants(FIX_ALL_KIND)) {
        const edits = service.fixAll(document, settings);
        if (edits.length) {
          actions.push({ title: 'Fix all Always On VPN problems that have an obvious fix', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: toTextEdits(document, edits) } } });
        }
      }
      return actions;
    }),
  );

  connection.onDocumentSymbol((params) =>
    guard('document symbols', params.textDocument.uri, ({ document, settings }) => service.documentSymbols(document, settings).map((s) => toDocumentSymbol(document, s))),
  );

  connection.onFoldingRanges((params) =>
    guard('folding ranges', params.textDocument.uri, ({ document, settings }) => toFoldingRanges(document, service.foldingRanges(document, settings), foldingRangeLimit)),
  );

  connection.languages.inlayHint.on((params) =>
    guard('inlay hints', params.textDocument.uri, ({ document, settings }) => service.inlayHints(document, toOffsetRange(document, params.range), settings).map((hint) => toInlayHint(document, hint))),
  );

  /** Documents told why they were not formatted (once, until they format again: format-on-save must not nag). */
  const toldNotFormatted = new Set<string>();
  const format = (document: TextDocument, settings: ServerSettings, options: { tabSize: number; insertSpaces: boolean }, range?: Range) => {
    const result = service.format(document, options, range && toOffsetRange(document, range), settings);
    if (result.ok) {
      toldNotFormatted.delete(document.uri);
      return toTextEdits(document, result.edits);
    }
    if (service.analysis(document, settings).kind !== 'other' && !toldNotFormatted.has(document.uri)) {
      toldNotFormatted.add(document.uri);
      // A notification, not a request: nothing waits for an answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Always On VPN: not formatted. ${result.reason}` });
    }
    return null;
  };
  connection.onDocumentFormatting((params) => guard('formatting', params.textDocument.uri, ({ document, settings }) => format(document, settings, params.options)));
  connection.onDocumentRangeFormatting((params) => guard('range formatting', params.textDocument.uri, ({ document, settings }) => format(document, settings, params.options, params.range)));

  connection.languages.onLinkedEditingRange((params) =>
    guard('linked editing', params.textDocument.uri, ({ document, settings }) => {
      const ranges = service.linkedEditingRanges(document, document.offsetAt(params.position), settings);
      return ranges ? { ranges: ranges.map((r) => toRange(document, r)), wordPattern: TAG_NAME_PATTERN } : null;
    }),
  );

  connection.onDocumentHighlight((params) =>
    guard('document highlight', params.textDocument.uri, ({ document, settings }) =>
      service.documentHighlights(document, document.offsetAt(params.position), settings).map((r) => ({ range: toRange(document, r) })),
    ),
  );

  connection.onDefinition((params) =>
    guard('definition', params.textDocument.uri, ({ document, settings }) => {
      const { links, files } = service.definition(document, document.offsetAt(params.position), settings);
      if (links.length) {
        return links.map((link) => ({
          originSelectionRange: toRange(document, link.origin),
          targetUri: document.uri,
          targetRange: toRange(document, link.target),
          targetSelectionRange: toRange(document, link.selection),
        }));
      }
      if (!files) return null;
      const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return files.uris.map((uri) => ({ originSelectionRange: toRange(document, files.origin), targetUri: uri, targetRange: top, targetSelectionRange: top }));
    }),
  );

  handle(AutoCloseTagRequest, async (params) => {
    const open = await current(String(params?.textDocument?.uri ?? ''));
    if (!open || !params.position) return null;
    const endTag = service.autoCloseTag(open.document, open.document.offsetAt(params.position));
    return endTag ? { snippet: `$0${endTag}` } : null;
  });

  handle(CheckWorkspaceRequest, async (_params, token) => {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Always On VPN: checking the workspace', 0, undefined, true);
    let shown = -1;
    try {
      return await checker.checkFolders(workspaceFolders, {
        // One notification per percent, not per file.
        report: (done, total) => {
          const percent = Math.floor((100 * done) / Math.max(total, 1));
          if (percent !== shown) progress.report((shown = percent), `${done} of ${total} files`);
        },
        cancelled: () => token.isCancellationRequested || progress.token.isCancellationRequested,
      });
    } finally {
      progress.done();
    }
  });

  handle(ExplainCodeRequest, (params) => ({ markdown: service.explain(String(params?.query ?? ''), { explainLinks: environment.explainLinks }) }));

  handle(ProfileTemplatesRequest, () => ({ templates: service.profileTemplates() }));

  handle(ExportProfileRequest, async (params) => {
    const open = await current(String(params?.uri ?? ''));
    if (!open) return { ok: false, kind: 'usage', message: NOT_OPEN, errors: [] };
    const format = params.format === 'syncml' || params.format === 'powershell' ? params.format : 'intune';
    const scope = params.scope === 'user' || params.scope === 'device' ? params.scope : undefined;
    const name = typeof params.name === 'string' ? params.name : undefined;
    return toExportProfileResult(open.document, service.exportProfile(open.document, { format, name, scope, force: params.force === true }, open.settings));
  });

  handle(CompareProfileRequest, async (params) => {
    const open = await current(String(params?.uri ?? ''));
    if (!open) return { ok: false, equivalent: false, differences: 0, markdown: NOT_OPEN };
    const other = { text: String(params.otherText ?? ''), name: String(params.otherName ?? ''), languageId: params.otherLanguageId };
    return service.compareProfile(open.document, other, open.settings);
  });

  handle(InspectCertificateRequest, async (params) => {
    const uri = String(params?.uri ?? '');
    const settings = await settingsFor(uri);
    const name = uri.split('/').pop();
    const role = params?.role && isRoleChoice(params.role) ? params.role : undefined;
    const open = documents.get(uri);
    if (open) return service.inspectCertificate({ name, bytes: new TextEncoder().encode(open.getText()) }, role, settings);
    try {
      // Only a regular file, and never more than a certificate file can be (a link to /dev/zero is refused).
      const bytes = new Uint8Array(await readRegularFile(fileURLToPath(uri), MAX_CERTIFICATE_FILE_BYTES));
      return service.inspectCertificate({ name, bytes }, role, settings);
    } catch (error) {
      const readError =
        error instanceof FileAccessError && error.code === 'EFBIG'
          ? `The file ${error.message}: far larger than a certificate file; it was not decoded.`
          : `The file could not be read: it ${describeFileError(error)}.`;
      return service.inspectCertificate({ name, bytes: new Uint8Array(), readError }, role, settings);
    }
  });

  /** Runs a request on an open document; a failing handler answers null and logs, instead of taking the server down. */
  async function guard<T>(what: string, uri: string, run: (open: { document: TextDocument; settings: ServerSettings }) => T | null): Promise<T | null> {
    try {
      const open = await current(uri);
      return open ? run(open) : null;
    } catch (error) {
      log(`${what} failed: ${describeError(error)}`);
      return null;
    }
  }

  function handle<P, R>(request: ProtocolRequest<P, R>, handler: (params: P, token: CancellationToken) => R | Promise<R>): void {
    // The declaration types the handler; the connection's own overloads cannot follow a generic result type.
    connection.onRequest(request.method, handler as GenericRequestHandler<unknown, unknown>);
  }

  function notify<P>(notification: ProtocolNotification<P>, params: P): Promise<void> {
    return connection.sendNotification(notification.method, params);
  }

  documents.listen(connection);
  connection.listen();
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
