// The read-only certificate viewer (custom editor) and the "Inspect Certificate…" command. Decoding happens in the
// language server (the `inspect` function the extension passes in), so @peculiar/x509 stays out of the client bundle.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { CertificateFileReport } from '../../../server/src/core/certificates/report';
import type { RoleChoice } from '../../../server/src/core/certificates/roles';
import { JUDGE_AS_COMMAND, PICKER_ROLES, renderCertificateReport, renderMessagePage, type ViewOptions } from './certificateView';

/** Asks the language server for the report of `uri`, judged for `role` (`auto`: the roles it most likely plays). */
export type InspectCertificate = (uri: vscode.Uri, role: RoleChoice) => Promise<CertificateFileReport>;

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
  /** The open viewers of each document, to judge them again for another role. */
  private readonly viewers = new Map<string, Set<(role: RoleChoice) => Promise<void>>>();

  constructor(private readonly inspect: InspectCertificate) {}

  /** The role picker's command: judge every open viewer of `uri` for `role`. */
  async judgeAs(uri: string, role: RoleChoice): Promise<void> {
    await Promise.all([...(this.viewers.get(uri) ?? [])].map((rejudge) => rejudge(role)));
  }

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    // No script; the only command a link may run is the role picker's.
    panel.webview.options = { enableScripts: false, enableCommandUris: [JUDGE_AS_COMMAND], localResourceRoots: [] };
    const title = basename(document.uri);
    const key = document.uri.toString();
    let role: RoleChoice = 'auto';
    const viewOptions = (): ViewOptions => ({ nonce: randomBytes(16).toString('base64'), cspSource: panel.webview.cspSource, rolePicker: { uri: key, role } });
    let disposed = false;
    let generation = 0;
    const setHtml = (value: string): void => {
      panel.webview.html = value;
      this.shownHtml.set(key, value);
    };
    const show = async (): Promise<void> => {
      const mine = ++generation;
      try {
        const report = await this.inspect(document.uri, role);
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
    const rejudge = async (chosen: RoleChoice): Promise<void> => {
      role = chosen;
      await show();
    };
    const open = this.viewers.get(key) ?? new Set();
    open.add(rejudge);
    this.viewers.set(key, open);
    panel.onDidDispose(() => {
      disposed = true;
      open.delete(rejudge);
      if (!open.size) this.viewers.delete(key);
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
  context.subscriptions.push(vscode.commands.registerCommand(JUDGE_AS_COMMAND, (uri: unknown, role: unknown) => judgeAs(provider, uri, role)));
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

/**
 * The role picker's links call this with `[uri, role]`; without a role (a keybinding, the command palette) it asks
 * for one. Arguments come from a link in the page, so both are checked.
 */
async function judgeAs(provider: CertificateEditorProvider, uri: unknown, role: unknown): Promise<void> {
  const target = typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined;
  if (!target) return;
  let chosen = typeof role === 'string' && (PICKER_ROLES as readonly string[]).includes(role) ? (role as RoleChoice) : undefined;
  if (!chosen) {
    const picked = await vscode.window.showQuickPick(
      PICKER_ROLES.map((choice) => ({ label: choice === 'auto' ? 'Most likely role' : choice, choice })),
      { title: 'Judge the certificate as' },
    );
    chosen = picked?.choice;
  }
  if (chosen) await provider.judgeAs(target, chosen);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
