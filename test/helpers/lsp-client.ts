// A real LSP client for tests: spawns the language server over stdio and speaks the protocol
// with vscode-languageserver-protocol. Waits for events with a timeout, never a fixed sleep.
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification,
  ConfigurationRequest,
  ShutdownRequest,
  ExitNotification,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ApplyWorkspaceEditRequest,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Diagnostic,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export interface ClientOptions {
  /** Command and arguments that start the server; the bundled server by default. */
  command?: string[];
  workspace: string;
  settings?: () => Record<string, unknown>;
  locale?: string;
  /** Sent as the initialize request's `initializationOptions`. */
  initializationOptions?: Record<string, unknown>;
  /** Declares `workspace.workspaceEdit.snippetEditSupport`, as VS Code does. */
  snippetEdits?: boolean;
}

export const SERVER_BUNDLE = new URL('../../dist/server.js', import.meta.url).pathname;

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  private readonly events = new EventEmitter();
  private readonly versions = new Map<string, number>();
  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    readonly stderr: string[],
  ) {}

  /** The server's process id (the benchmark reads its memory). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  static async start(options: ClientOptions): Promise<TestClient> {
    const [cmd, ...args] = options.command ?? [process.execPath, SERVER_BUNDLE, '--stdio'];
    const child = spawn(cmd!, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new TestClient(connection, child, stderr);
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      client.diagnostics.set(p.uri, p);
      client.published.push(p);
      client.events.emit('diagnostics', p);
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => {
      client.messages.push(p.message);
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      client.messages.push(p.message);
    });
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => options.settings?.() ?? {}));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      client.appliedEdits.push(p.edit);
      return { applied: true };
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(options.workspace).toString(),
      workspaceFolders: [{ uri: pathToFileURL(options.workspace).toString(), name: 'ws' }],
      locale: options.locale ?? 'en',
      ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          workspaceFolders: true,
          ...(options.snippetEdits ? { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } : {}),
        },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async configurationChanged(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async watchedFileChanged(uri: string): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: 2 }] });
  }

  /** Resolves with the first publication for `uri` that satisfies `accept` (or the current one). */
  waitForDiagnostics(
    uri: string,
    accept: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean,
    timeout = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(uri);
    if (current && accept(current.diagnostics, current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('diagnostics', listener);
        reject(
          new Error(
            `No matching diagnostics for ${uri} within ${timeout} ms; last: ${JSON.stringify(this.diagnostics.get(uri)?.diagnostics.map((d) => `${d.code}: ${d.message}`))}\n${this.stderr.join('')}`,
          ),
        );
      }, timeout);
      const listener = (p: PublishDiagnosticsParams) => {
        if (p.uri !== uri || !accept(p.diagnostics, p)) return;
        clearTimeout(timer);
        this.events.off('diagnostics', listener);
        resolve(p);
      };
      this.events.on('diagnostics', listener);
    });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    this.child.kill();
  }
}
