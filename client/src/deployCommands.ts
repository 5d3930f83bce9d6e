// "Copy as Intune OMA-URI Setting", "Copy as SyncML", "Copy as PowerShell Deployment Script" and "Compare Profile
// With…": the server does the work (core/deploy), the client asks for names and files and uses the clipboard.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareProfileRequest, ExportProfileRequest, sendRequest, type ExportProfileParams } from '../../server/src/protocol';

type Format = ExportProfileParams['format'];

const LABELS: Record<Format, string> = { intune: 'Intune OMA-URI setting', syncml: 'SyncML command', powershell: 'PowerShell deployment script' };

export function registerDeployCommands(context: vscode.ExtensionContext, languageClient: () => Promise<LanguageClient>, showMarkdown: (title: string, markdown: string) => Promise<void>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('aovpn.copyAsIntune', (name?: unknown) => copyAs('intune', languageClient, name)),
    vscode.commands.registerCommand('aovpn.copyAsSyncMl', (name?: unknown) => copyAs('syncml', languageClient, name)),
    vscode.commands.registerCommand('aovpn.copyAsPowerShell', (name?: unknown) => copyAs('powershell', languageClient, name)),
    vscode.commands.registerCommand('aovpn.compareProfileWith', (other?: vscode.Uri) => compareWith(other, languageClient, showMarkdown)),
  );
}

function activeDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showWarningMessage('Always On VPN: open the profile first.');
  return document;
}

/** With a `givenName` (a command argument, for keybindings and scripts) nothing is asked. */
async function copyAs(format: Format, languageClient: () => Promise<LanguageClient>, givenName?: unknown): Promise<void> {
  const document = activeDocument();
  if (!document) return;
  const client = await languageClient();
  const request = (params: Omit<ExportProfileParams, 'uri' | 'format'>) => sendRequest(client, ExportProfileRequest, { uri: document.uri.toString(), format, ...params });
  let result = await request({});
  // The name comes from <ProfileName> or the file; the CSP node takes it, so let the user confirm it.
  const suggested = result.name;
  const asked = typeof givenName !== 'string';
  const name = !asked
    ? givenName
    : await vscode.window.showInputBox({
        title: `Copy as ${LABELS[format]}`,
        prompt: 'Profile name (the VPN connection name; it is URL-encoded in the OMA-URI)',
        value: suggested ?? '',
        ignoreFocusOut: true,
        validateInput: (value) => (value.includes('/') ? 'A profile name cannot contain "/".' : value.trim() ? undefined : 'Give a name.'),
      });
  if (name === undefined) return;
  result = await request({ name });
  if (!result.ok && result.kind === 'profile' && asked) {
    const first = result.errors[0];
    const detail = first ? ` Line ${first.line}: ${first.message}` : '';
    const choice = await vscode.window.showWarningMessage(`${result.message}${detail}`, { modal: false }, 'Copy Anyway');
    if (choice !== 'Copy Anyway') return;
    result = await request({ name, force: true });
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(`Always On VPN: ${result.message}`);
    return;
  }
  if (format === 'intune') {
    await vscode.env.clipboard.writeText(result.value);
    const choice = await vscode.window.showInformationMessage(`Copied the ProfileXML value (one line). OMA-URI: ${result.omaUri} — data type: ${result.dataType}.`, 'Copy OMA-URI');
    if (choice === 'Copy OMA-URI') await vscode.env.clipboard.writeText(result.omaUri);
  } else {
    await vscode.env.clipboard.writeText(result.text);
    void vscode.window.showInformationMessage(`Copied the ${LABELS[format]} for "${result.name}" (${result.omaUri}).${result.notes.length ? ' ' + result.notes.join(' ') : ''}`);
  }
}

async function compareWith(given: vscode.Uri | undefined, languageClient: () => Promise<LanguageClient>, showMarkdown: (title: string, markdown: string) => Promise<void>): Promise<void> {
  const document = activeDocument();
  if (!document) return;
  const picked =
    given ??
    (
      await vscode.window.showOpenDialog({
        title: 'Compare Profile With…',
        openLabel: 'Compare',
        canSelectMany: false,
        filters: { 'Profiles, scripts and device output': ['xml', 'ps1', 'psm1', 'txt', 'log', 'reg'], 'All files': ['*'] },
      })
    )?.[0];
  if (!picked) return;
  // VS Code decodes the file (UTF-16 output of Windows PowerShell included).
  const other = await vscode.workspace.openTextDocument(picked);
  const result = await sendRequest(await languageClient(), CompareProfileRequest, {
    uri: document.uri.toString(),
    otherText: other.getText(),
    otherName: picked.path.split('/').pop() ?? picked.path,
    otherLanguageId: other.languageId,
  });
  await showMarkdown('Profile comparison', result.markdown);
  if (result.ok)
    void vscode.window.showInformationMessage(
      result.equivalent ? 'Always On VPN: the profiles are equivalent as Windows reads them.' : `Always On VPN: ${result.differences} difference${result.differences === 1 ? '' : 's'}.`,
    );
}
