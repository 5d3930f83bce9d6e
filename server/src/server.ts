// Wires the pure analysis core to the Language Server Protocol.
import type { Connection } from 'vscode-languageserver';

export function startServer(connection: Connection): void {
  connection.onInitialize(() => ({ capabilities: {} }));
  connection.listen();
}
