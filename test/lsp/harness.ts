// Starts the built language server (dist/server.js) over stdio and talks to it like an editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type Position,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');

export interface StartOptions {
  /** Sent as initializationOptions.settings (the server's fallback when the client has no configuration support). */
  readonly settings?: Record<string, unknown>;
  /** Answer workspace/configuration requests with this object (enables pull configuration). */
  readonly configuration?: Record<string, unknown>;
  /** A folder to open as the workspace (the server indexes its certificates and profiles). */
  readonly workspaceFolder?: string;
  /** More client capabilities under `textDocument` (e.g. `foldingRange: { rangeLimit: 5000 }`). */
  readonly textDocumentCapabilities?: Record<string, unknown>;
  /** Sent as initializationOptions.environment (what the client knows about the editor, e.g. other extensions). */
  readonly environment?: Record<string, unknown>;
  /** Sent as initializationOptions.clientCommands (commands the client runs itself, e.g. aovpn.showRuleDocumentation). */
  readonly clientCommands?: readonly string[];
  /** Client capabilities under `window` (e.g. `workDoneProgress: true`). */
  readonly windowCapabilities?: Record<string, unknown>;
}

export class LspTestClient {
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** Resolves when the server reports that it has indexed the workspace folder. */
  readonly workspaceIndexed: Promise<{ certificates: number; profiles: number }>;
  private readonly waiters: { uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];
  /** The server's window/logMessage notifications, with their type (1 error, 2 warning, 3 info, 4 log). */
  readonly logMessages: { readonly type: number; readonly message: string }[] = [];
  /** What the server answered to `initialize` (its capabilities). */
  initializeResult: { capabilities: Record<string, unknown> } | undefined;

  private constructor(
    private readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    process.stderr.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.workspaceIndexed = new Promise((resolve) => connection.onNotification('aovpn/workspaceIndexed', resolve));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.logMessages.push(params);
      this.stderr.push(params.message);
    });
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspTestClient(child, connection);
    if (options.configuration) connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.configuration));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolder ? pathToFileURL(options.workspaceFolder).toString() : null,
      workspaceFolders: options.workspaceFolder ? [{ uri: pathToFileURL(options.workspaceFolder).toString(), name: 'workspace' }] : null,
      capabilities: {
        workspace: { configuration: options.configuration !== undefined },
        ...(options.windowCapabilities ? { window: options.windowCapabilities } : {}),
        textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true }, ...options.textDocumentCapabilities },
      },
      initializationOptions: { settings: { validationDelay: 0, ...options.settings }, environment: options.environment, clientCommands: options.clientCommands },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, languageId = 'xml', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The next diagnostics published for `uri` that satisfy `predicate` (default: any; the version when given). */
  diagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const predicate = (p: PublishDiagnosticsParams) => version === undefined || p.version === version;
    const already = this.published.get(uri)?.find(predicate);
    if (already) {
      const list = this.published.get(uri)!;
      list.splice(list.indexOf(already), 1);
      return Promise.resolve(already.diagnostics);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms\n${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({
        uri,
        predicate,
        resolve: (p) => {
          clearTimeout(timer);
          const list = this.published.get(uri)!;
          list.splice(list.indexOf(p), 1);
          resolve(p.diagnostics);
        },
      });
    });
  }

  /** Drops the diagnostics published for `uri` and not yet consumed: the next `diagnostics()` waits for new ones. */
  drain(uri: string): void {
    this.published.delete(uri);
  }

  /** Versions of the diagnostics published for `uri` and not yet consumed by `diagnostics()`, in arrival order. */
  publishedVersions(uri: string): (number | undefined)[] {
    return (this.published.get(uri) ?? []).map((p) => p.version);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  hover(uri: string, position: Position) {
    return this.request<{ contents: { kind: string; value: string }; range?: Range } | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      await new Promise<void>((resolve) => {
        if (this.process.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          this.process.kill();
          resolve();
        }, 2000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  get exitCode(): number | null {
    return this.process.exitCode;
  }

  /** The server process's peak resident set size so far (VmHWM), where /proc tells it (Linux); else undefined. */
  peakRssBytes(): number | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
      return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
    } catch {
      return undefined;
    }
  }
}

/** Position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" not found`);
  }
  const offset = index + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
