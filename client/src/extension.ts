// The extension: starts the bundled language server, restarts it if it dies, and adds the
// commands and the status bar item. Activation stays cheap: everything else is the server's.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  CloseAction,
  ErrorAction,
  type LanguageClientOptions,
  type ServerOptions,
  type ErrorHandler,
  type Message,
} from 'vscode-languageclient/node';
import { PolicyStatus } from './status.js';
import { registerCommands } from './commands.js';
import { registerClauseCommands } from './clauses.js';
import { registerChecklist } from './checklist.js';
import { registerVersionCommands } from './versions.js';
import { registerWordCommands } from './word.js';
import type { ChecklistView } from './protocol.js';
import { initL10n, t } from './l10n.js';

let client: LanguageClient | undefined;

/** What the extension gives other extensions (and its own tests). */
export interface PplintApi {
  /** The checklist the view shows for the active editor, fetched afresh. */
  checklist(): Promise<ChecklistView | null>;
  /** What the status bar item shows for the active editor, brought up to date first (null: hidden). */
  status(): Promise<{ text: string; tooltip: string } | null>;
  /** How long activate() took, in milliseconds (the editor test reports it). */
  activationMs: number;
  /** Settles once the language server has started. */
  started: Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<PplintApi> {
  const began = Date.now();
  initL10n(context.extensionPath);
  const output = vscode.window.createOutputChannel('Privacy Policy Linter', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'pplint',
      // Configuration files, and the language versions that are not open.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.pplintrc.json'),
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}'),
      ],
    },
    outputChannel: output,
    errorHandler: restartingErrorHandler(output),
    diagnosticCollectionName: 'pplint',
  };
  client = new LanguageClient('pplint', 'Privacy Policy Linter', serverOptions, clientOptions);
  const status = new PolicyStatus(client);
  const checklist = registerChecklist(client);
  context.subscriptions.push(
    output,
    status,
    ...registerCommands(context, client, output, status),
    ...checklist.disposables,
    ...registerVersionCommands(client),
    ...registerWordCommands(context),
    ...registerClauseCommands(client),
  );
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The server re-renders its messages itself; the client's own words follow here.
      if (e.affectsConfiguration('pplint.uiLanguage')) {
        status.refresh();
        checklist.provider.refresh();
      }
    }),
  );
  // Activation returns at once: the server starts meanwhile, and lints the open policies as soon
  // as it is up (requests sent before then wait for it).
  const started = client.start().then(
    () => {
      // The cold-start figures, in the output for anyone who wonders why the first lint is late.
      output.info(t('The language server is ready, {0} ms after activation began.', Date.now() - began));
      status.refresh();
      checklist.provider.refresh();
    },
    (error: unknown) => output.error(t('The language server did not start: {0}', String(error))),
  );
  const activationMs = Date.now() - began;
  output.info(t('Activated in {0} ms.', activationMs));
  return {
    checklist: () => checklist.provider.update(),
    status: () => status.shown(),
    activationMs,
    started,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * Restarts a server that died, up to five times in three minutes; after that, says so and
 * offers a restart rather than looping on a crash.
 */
function restartingErrorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const restarts: number[] = [];
  return {
    error(error: Error, _message: Message | undefined, count: number | undefined) {
      output.appendLine(t('Connection error: {0}', error.message));
      return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
    },
    closed() {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0]! > 3 * 60_000) restarts.shift();
      restarts.push(now);
      if (restarts.length <= 5) {
        output.appendLine(t('The language server stopped; restarting it.'));
        return { action: CloseAction.Restart };
      }
      const message = t(
        'The privacy-policy linter stopped five times in three minutes and was not restarted. See the output for details.',
      );
      const restart = t('Restart');
      const showOutput = t('Show Output');
      void vscode.window.showErrorMessage(message, restart, showOutput).then((choice) => {
        if (choice === restart) void vscode.commands.executeCommand('pplint.restartServer');
        if (choice === showOutput) output.show();
      });
      return { action: CloseAction.DoNotRestart, message };
    },
  };
}
