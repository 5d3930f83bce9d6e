// The read-only certificate viewer (custom editor) and the "Inspect Certificate…" command. Decoding happens in the
// language server (the `inspect` function the extension passes in), so @peculiar/x509 stays out of the client bundle.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { CertificateFileReport } from '../../../server/src/core/certificates/report';
import { renderCertificateReport, renderMessagePage, type ViewOptions } from './certificateView';

export type InspectCertificate = (uri: vscode.Uri) => Promise<CertificateFileReport>;

/** Default editor for .cer .crt .der .p7b .p7c (package.json `customEditors`). */
export const CERTIFICATE_VIEW_TYPE = 'aovpn.certificate';
/** Optional editor for .pem ("Open With…"), which stays a text file by default. */
export const CERTIFICATE_PEM_VIEW_TYPE = 'aovpn.certificatePem';

const CERTIFICATE_EXTENSIONS = ['cer', 'crt', 'der', 'pem', 'p7b', 'p7c'];

/** Internal command for the integration tests (registered only in extension test mode): the HTML the open viewers show. */
export const VIEWER_HTML_TEST_COMMAND = 'aovpn.test.certificateViewerHtml';

export class CertificateEditorProvider implements vscode.CustomReadonlyEditorProvider {
  /** Test hook: the HTML last given to each open viewer's webview, by document URI. */
  readonly shownHtml = new Map<string, string>();

  constructor(private readonly inspect: InspectCertificate) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false, enableCommandUris: false, localResourceRoots: [] };
    const title = basename(document.uri);
    const viewOptions = (): ViewOptions => ({ nonce: randomBytes(16).toString('base64'), cspSource: panel.webview.cspSource });
    let disposed = false;
    let generation = 0;
    const key = document.uri.toString();
    const setHtml = (value: string): void => {
      panel.webview.html = value;
      this.shownHtml.set(key, value);
    };
    const show = async (): Promise<void> => {
      const mine = ++generation;
      try {
        const report = await this.inspect(document.uri);
        if (!disposed && mine === generation) setHtml(renderCertificateReport(report, viewOptions()));
      } catch (error) {
        if (disposed || mine !== generation) return;
        const reason = error instanceof Error ? error.message : String(error);
        setHtml(renderMessagePage(title, `The certificate could not be inspected: ${reason}`, viewOptions()));
      }
    };
    // Follow changes on disk (a renewed certificate saved over the old one). The folder is watched rather than a
    // pattern built from the file name, which may contain glob characters.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(document.uri, '..'), '*'));
    const onChange = (changed: vscode.Uri): void => {
      if (changed.toString() === document.uri.toString()) void show();
    };
    const subscriptions = [watcher, watcher.onDidChange(onChange), watcher.onDidCreate(onChange)];
    panel.onDidDispose(() => {
      disposed = true;
      this.shownHtml.delete(key);
      for (const subscription of subscriptions) subscription.dispose();
    });
    setHtml(renderMessagePage(title, 'Reading the certificate…', viewOptions()));
    await show();
  }
}

/** Registers both certificate editors; `inspect` asks the language server (`aovpn/inspectCertificate`). */
export function registerCertificateEditor(context: vscode.ExtensionContext, inspect: InspectCertificate): void {
  const provider = new CertificateEditorProvider(inspect);
  for (const viewType of [CERTIFICATE_VIEW_TYPE, CERTIFICATE_PEM_VIEW_TYPE]) {
    context.subscriptions.push(vscode.window.registerCustomEditorProvider(viewType, provider, { supportsMultipleEditorsPerDocument: true }));
  }
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(vscode.commands.registerCommand(VIEWER_HTML_TEST_COMMAND, (uri: string) => provider.shownHtml.get(uri)));
  }
}

/**
 * "Always On VPN: Inspect Certificate…": opens `uri` (from the explorer's context menu) or a file the user picks with
 * the certificate viewer, whatever its extension.
 */
export async function inspectCertificateCommand(uri?: vscode.Uri): Promise<void> {
  const target =
    uri instanceof vscode.Uri
      ? uri
      : (
          await vscode.window.showOpenDialog({
            title: 'Inspect Certificate',
            openLabel: 'Inspect',
            canSelectMany: false,
            defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
            filters: { Certificates: CERTIFICATE_EXTENSIONS, 'All files': ['*'] },
          })
        )?.[0];
  if (!target) return;
  const viewType = /\.pem$/i.test(target.path) ? CERTIFICATE_PEM_VIEW_TYPE : CERTIFICATE_VIEW_TYPE;
  await vscode.commands.executeCommand('vscode.openWith', target, viewType);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
