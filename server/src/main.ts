// Entry point of the language server bundle: `aovpn-language-server --stdio` (or --node-ipc from VS Code).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (process.argv.includes('--help')) {
  process.stdout.write('Usage: aovpn-language-server --stdio\nStarts the Always On VPN language server (LSP over stdio).\n');
  process.exit(0);
}

startServer(createConnection(ProposedFeatures.all));
