// Inserts the end tag after the user types the `>` that finishes a start tag, as vscode-xml and the HTML extension
// do: the server decides (aovpn/autoCloseTag) and answers a snippet; linked editing keeps both names in step later.
// Off while Red Hat's XML extension is active: it inserts end tags itself, and two would be inserted.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AutoCloseTagRequest, sendRequest, type AutoCloseTagParams } from '../../server/src/protocol';

export function registerAutoCloseTag(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((event) => {
    const document = event.document;
    if (document.languageId !== 'xml' || event.reason !== undefined || event.contentChanges.length !== 1) return;
    const change = event.contentChanges[0];
    if (change.text !== '>' || change.rangeLength !== 0) return;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document !== document || vscode.extensions.getExtension('redhat.vscode-xml')?.isActive) return;
    const position = change.range.start.translate(0, 1);
    const version = document.version;
    const params: AutoCloseTagParams = { textDocument: { uri: document.uri.toString() }, position: { line: position.line, character: position.character } };
    sendRequest(client, AutoCloseTagRequest, params).then(
      (result) => {
        const active = vscode.window.activeTextEditor;
        // Only if nothing moved meanwhile: same version, same editor, cursor still right after the `>`.
        if (!result || document.version !== version || active?.document !== document || !active.selection.active.isEqual(position)) return;
        void active.insertSnippet(new vscode.SnippetString(result.snippet), position, { undoStopBefore: false, undoStopAfter: false });
      },
      () => undefined,
    );
  });
}
