// The "Explain Error Code…" panel: the server's Markdown rendered by VS Code's own Markdown engine
// (`markdown.api.render`) in a webview whose only runnable links run "Explain Error Code…", so a related code opens
// in the same panel. (The built-in Markdown preview runs no command links: microsoft/vscode#215939.)
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { explainPage } from './explainPage';

const VIEW_TYPE = 'aovpn.explain';
const EXPLAIN_COMMAND = 'aovpn.explainErrorCode';
/** Test hook (extension test mode only): the HTML the panel shows. */
const EXPLAIN_HTML_TEST_COMMAND = 'aovpn.test.explainHtml';

export class ExplainView {
  private panel: vscode.WebviewPanel | undefined;
  private shownHtml: string | undefined;

  constructor(context: vscode.ExtensionContext) {
    if (context.extensionMode === vscode.ExtensionMode.Test) {
      context.subscriptions.push(vscode.commands.registerCommand(EXPLAIN_HTML_TEST_COMMAND, () => (this.panel ? this.shownHtml : undefined)));
    }
    context.subscriptions.push({ dispose: () => this.panel?.dispose() });
  }

  /** Shows the explanation; false when VS Code's Markdown engine is not there (the caller shows the Markdown itself). */
  async show(title: string, markdown: string): Promise<boolean> {
    let body: unknown;
    try {
      body = await vscode.commands.executeCommand('markdown.api.render', markdown);
    } catch {
      return false;
    }
    if (typeof body !== 'string') return false;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableCommandUris: [EXPLAIN_COMMAND], localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = title;
    this.shownHtml = explainPage(title, body, randomBytes(16).toString('base64'));
    this.panel.webview.html = this.shownHtml;
    this.panel.reveal(undefined, true);
    return true;
  }
}
