// Activation stays small: the language client (and its server) start only when a document needs them, so
// opening ordinary XML or text files costs almost nothing.
import * as vscode from 'vscode';
import type * as LspClientModule from './lspClient';
import { codeAtCursor } from './codeAtCursor';
import { needsLanguageServer } from './documentSniffer';
import { ExplainCodeRequest, InspectCertificateRequest, sendRequest } from '../../server/src/protocol';
import { inspectCertificateCommand, registerCertificateEditor } from './certificates/certificateEditor';
import { registerDeployCommands } from './deployCommands';
import { registerRuleDocumentation } from './ruleDocumentation';
import { registerCheckWorkspace } from './checkWorkspace';
import { registerAovpnTasks } from './aovpnTasks';
import { ExplainView } from './explainView';
import { registerNewProfileCommand } from './newProfile';

let client: Promise<LspClientModule.LanguageClient> | undefined;
let extensionContext: vscode.ExtensionContext;
let explainView: ExplainView;

/** Starts the language client once; later callers share it. */
export function languageClient(): Promise<LspClientModule.LanguageClient> {
  if (!client) {
    // A runtime require keeps vscode-languageclient out of this bundle (see esbuild.mjs).
    const lsp = require('./lspClient') as typeof LspClientModule;
    client = lsp.startLanguageClient(extensionContext);
    client.catch((error) => {
      client = undefined;
      void vscode.window.showErrorMessage(`Always On VPN: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  return client;
}

export function activate(context: vscode.ExtensionContext): void {
  extensionContext = context;
  explainView = new ExplainView(context);
  const consider = (document: vscode.TextDocument) => {
    if (!client && needsLanguageServer(document.languageId, document.uri.scheme, () => document.getText(new vscode.Range(0, 0, 400, 0)))) void languageClient();
  };
  vscode.workspace.textDocuments.forEach(consider);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    // A new file becomes a profile while it is typed.
    vscode.workspace.onDidChangeTextDocument((event) => consider(event.document)),
    vscode.commands.registerCommand('aovpn.restartServer', async () => {
      const running = client;
      client = undefined;
      if (running) await (await running).stop().catch(() => undefined);
      await languageClient();
    }),
    vscode.commands.registerCommand('aovpn.explainErrorCode', explainErrorCode),
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, { provideTextDocumentContent: (uri) => explanations.get(uri.query) ?? '' }),
    vscode.commands.registerCommand('aovpn.inspectCertificate', inspectCertificateCommand),
    registerRuleDocumentation(context),
  );
  registerDeployCommands(context, languageClient, showMarkdown);
  registerCheckWorkspace(context, languageClient);
  registerAovpnTasks(context);
  registerNewProfileCommand(context, languageClient);
  // The viewer asks the server to decode, so the certificate library stays out of this bundle.
  registerCertificateEditor(context, async (uri, role) => {
    return sendRequest(await languageClient(), InspectCertificateRequest, { uri: uri.toString(), role });
  });
}

/** Explanations shown as read-only Markdown documents (`aovpn-explain:` URIs), so closing them never asks to save. */
const EXPLAIN_SCHEME = 'aovpn-explain';
const explanations = new Map<string, string>();

async function explainErrorCode(initial?: string): Promise<void> {
  const query =
    typeof initial === 'string' && initial
      ? initial
      : await vscode.window.showInputBox({
          title: 'Explain Error Code',
          prompt: 'A RAS/IKE error code, an HRESULT, an NPS reason code or an event ID',
          value: codeInActiveEditor(),
          placeHolder: '853, 13801, 0x800B0101, -2146762495, reason:258, event:20227',
          ignoreFocusOut: true,
        });
  if (!query) return;
  const lsp = await languageClient();
  const result = await sendRequest(lsp, ExplainCodeRequest, { query });
  // A panel whose related-code links explain them; the Markdown preview where VS Code's Markdown engine is missing.
  if (!(await explainView.show(`Explain ${query}`, result.markdown))) await showMarkdown(`Explain ${query}`, result.markdown);
}

/** The selection, or the code under the cursor, of the active editor: what the input box starts with. */
function codeInActiveEditor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { selection, document } = editor;
  const selected = selection.isEmpty ? undefined : document.getText(selection);
  return codeAtCursor(document.lineAt(selection.active.line).text, selection.active.character, selected);
}

/** Shows Markdown as a read-only document (preview when the Markdown extension is there). */
async function showMarkdown(title: string, markdown: string): Promise<void> {
  const key = String(explanations.size + 1);
  explanations.set(key, markdown);
  const name = title.replace(/[^\w:. -]+/g, '_').slice(0, 60) || 'document';
  const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${name}.md`, query: key });
  // The preview needs the Markdown extension; without it, show the read-only document itself.
  await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  });
}

export async function deactivate(): Promise<void> {
  if (client) await (await client).stop().catch(() => undefined);
}
