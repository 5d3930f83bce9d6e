// The language client, in its own bundle: loaded only once a document needs the language server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from '../../server/src/protocol';
import { registerAutoCloseTag } from './autoCloseTag';

export type { LanguageClient };

export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'xml' },
  { scheme: 'untitled', language: 'xml' },
  { scheme: 'file', language: 'aovpn-log' },
  { scheme: 'untitled', language: 'aovpn-log' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'plaintext' },
  { scheme: 'file', language: 'log' },
  { scheme: 'file', language: 'powershell' },
  { scheme: 'untitled', language: 'powershell' },
];

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // Certificates and profiles on disk: the workspace index and what Check Workspace published follow their changes.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{cer,crt,der,pem,p7b,p7c,xml,ps1,psm1}') },
    // getExtension finds installed, enabled extensions: Red Hat XML then reports well-formedness too
    // (`aovpn.xml.wellFormedness`: auto).
    // explainLinks: hovers link related codes to "Explain Error Code…", the one command their Markdown may run.
    // clientCommands: the client opens rule pages itself (ruleDocumentation.ts), so the server may offer "Show documentation for RULE".
    initializationOptions: {
      environment: { otherXmlValidator: vscode.extensions.getExtension('redhat.vscode-xml') !== undefined, explainLinks: true },
      clientCommands: [SHOW_RULE_DOCUMENTATION_COMMAND],
    },
    markdown: { isTrusted: { enabledCommands: ['aovpn.explainErrorCode'] } },
  };
  const client = new LanguageClient('aovpn', 'Always On VPN', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(registerAutoCloseTag(client));
  return client;
}
