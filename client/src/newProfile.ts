// "New Profile…": a quick pick of the ProfileXML templates, then an untitled XML document with the chosen one. The
// templates come from the language server (core/profile/templates.ts), which is started if need be, so the core
// stays out of this activation bundle. An argument (a template ID) skips the quick pick, for keybindings and tests.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ProfileTemplatesRequest, sendRequest, type ProfileTemplateDocument } from '../../server/src/protocol';

export function registerNewProfileCommand(context: vscode.ExtensionContext, languageClient: () => Promise<LanguageClient>): void {
  context.subscriptions.push(vscode.commands.registerCommand('aovpn.newProfile', (templateId?: unknown) => newProfile(languageClient, templateId)));
}

async function newProfile(languageClient: () => Promise<LanguageClient>, templateId?: unknown): Promise<vscode.TextEditor | undefined> {
  const templates = (async () => (await sendRequest(await languageClient(), ProfileTemplatesRequest, {})).templates)();
  let chosen: ProfileTemplateDocument | undefined;
  if (typeof templateId === 'string') {
    chosen = (await templates).find((t) => t.id === templateId);
    if (!chosen) {
      void vscode.window.showErrorMessage(`Always On VPN: there is no profile template "${templateId}".`);
      return undefined;
    }
  } else {
    const items = templates.then((list) => list.map((template) => ({ label: template.label, detail: template.detail, template })));
    chosen = (await vscode.window.showQuickPick(items, { title: 'New Profile', placeHolder: 'The kind of profile to start from', matchOnDetail: true }))?.template;
  }
  if (!chosen) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'xml', content: chosen.text });
  return vscode.window.showTextDocument(document);
}
