// "Always On VPN: Check Workspace": the server checks every profile, EAP file and certificate of the workspace and
// publishes diagnostics for the closed ones (server/src/workspaceCheck.ts, with its own progress in the window);
// the client shows the summary.
import * as vscode from 'vscode';
import { CheckWorkspaceRequest, sendRequest, type RequestSender } from '../../server/src/protocol';
import { checkWorkspaceSummary } from './checkWorkspaceSummary';

export function registerCheckWorkspace(context: vscode.ExtensionContext, languageClient: () => Promise<RequestSender>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('aovpn.checkWorkspace', async () => {
      if (!vscode.workspace.workspaceFolders?.some((folder) => folder.uri.scheme === 'file')) {
        void vscode.window.showInformationMessage('Always On VPN: open a folder to check its profiles, EAP files and certificates.');
        return undefined;
      }
      const result = await sendRequest(await languageClient(), CheckWorkspaceRequest, {});
      const message = checkWorkspaceSummary(result);
      if (result.errors) void vscode.window.showWarningMessage(message, 'Show Problems').then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
      else void vscode.window.showInformationMessage(message);
      return result;
    }),
  );
}
