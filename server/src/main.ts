// Entry of the language server bundle: `aovpn-language-server --stdio` (or --node-ipc from VS Code).
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { FramingGuard } from './framing';
import { startServer } from './server';

if (process.argv.includes('--help')) {
  process.stdout.write('Usage: aovpn-language-server --stdio\nStarts the Always On VPN language server (LSP over stdio).\n');
  process.exit(0);
}

if (process.argv.includes('--stdio')) startOverStdio();
else startServer(createConnection(ProposedFeatures.all));

/**
 * Over stdio the server reads its own input, so that a broken stream ends it: a framing error (no Content-Length,
 * binary junk) or a message the reader cannot decode is logged to stderr and the process exits with status 1, so
 * that the client sees the crash and restarts the server. Left to itself the reader fired an error nobody heard,
 * or waited for ever on junk, and the server answered nothing.
 */
function startOverStdio(): void {
  let failed = false;
  const fail = (what: string) => {
    if (failed) return;
    failed = true;
    process.stderr.write(`[aovpn] the LSP input stream is broken: ${what}. Exiting so that the client restarts the server.\n`);
    process.exit(1);
  };
  // Sees every chunk before the reader does (listeners run in the order they were added).
  const guard = new FramingGuard();
  process.stdin.on('data', (chunk: Buffer) => {
    const error = guard.check(chunk);
    if (error) fail(error);
  });
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => fail(error instanceof Error ? error.message : String(error)));
  // stdout carries the protocol: what libraries print goes to stderr.
  for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = (...args: unknown[]) => process.stderr.write(format(...args) + '\n');
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  // As the library does for the stdio it opens itself: the client closing stdin ends the server.
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  startServer(connection);
}
