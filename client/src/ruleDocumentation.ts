// "Show documentation for RULE": the rule's page shipped in the extension (docs/rules/FAMILY/NAME.md, written by
// `npm run docs`) in a Markdown preview. Offline: nothing is fetched. The server offers the command as a code action
// on each of our diagnostics; from the Command Palette (no argument) it asks which rule.
import * as vscode from 'vscode';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from '../../server/src/protocol';

/** `family/kebab-name`: anything else cannot name a page (and never reaches the file system). */
const RULE_ID = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function registerRuleDocumentation(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_RULE_DOCUMENTATION_COMMAND, (ruleId?: unknown) => showRuleDocumentation(context.extensionUri, ruleId));
}

/** Opens the rule's page; shows an error naming the rule when there is no page for it. True when a page opened. */
async function showRuleDocumentation(extensionUri: vscode.Uri, ruleId: unknown): Promise<boolean> {
  const id = ruleId === undefined ? await pickRule(extensionUri) : ruleId;
  if (id === undefined) return false;
  const file = typeof id === 'string' && RULE_ID.test(id) ? rulePage(extensionUri, id) : undefined;
  if (!file || !(await exists(file))) {
    void vscode.window.showErrorMessage(`Always On VPN: there is no documentation for the rule ${quotedForMessage(id)}.`);
    return false;
  }
  // The preview needs the built-in Markdown extension; without it, the page opens as a text document.
  await vscode.commands.executeCommand('markdown.showPreview', file).then(undefined, async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: true });
  });
  return true;
}

/** docs/rules/profile/foo-bar.md for `profile/foo-bar` (scripts/docs.mjs writes the pages there). */
function rulePage(extensionUri: vscode.Uri, id: string): vscode.Uri {
  const [family, name] = id.split('/');
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', family, `${name}.md`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.File;
  } catch {
    return false;
  }
}

/** The rule IDs that have a page, for the Command Palette. */
async function pickRule(extensionUri: vscode.Uri): Promise<string | undefined> {
  const root = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  const ids: string[] = [];
  for (const [family, type] of await vscode.workspace.fs.readDirectory(root).then(undefined, () => [] as [string, vscode.FileType][])) {
    if (type !== vscode.FileType.Directory) continue;
    for (const [name] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, family))) {
      if (name.endsWith('.md')) ids.push(`${family}/${name.slice(0, -'.md'.length)}`);
    }
  }
  return vscode.window.showQuickPick(ids.sort(), { title: 'Show Rule Documentation', placeHolder: 'Rule ID, e.g. profile/lowercase-true-required' });
}

/**
 * An argument shown in a notification: quoted, cut short, without control characters, and without the characters
 * a notification reads as a link (`[text](target)`), since the argument may come from anywhere.
 */
function quotedForMessage(value: unknown): string {
  const text = typeof value === 'string' ? value : `(${typeof value})`;
  const short = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return JSON.stringify(short).replace(/[[\]()<>`]/g, '?');
}
