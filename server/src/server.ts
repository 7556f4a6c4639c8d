// Wiring only: the connection, the open documents, and a handler per LSP request, each in lsp/.
import {
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  type CancellationToken,
  type Connection,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { join } from 'node:path';
import { createEngine, LANGUAGES, render, type EngineOptions, type Lang } from './engine/index.js';
import { Settings } from './lsp/settings.js';
import { Analyses } from './lsp/analysis.js';
import { DiagnosticsPublisher } from './lsp/diagnostics.js';
import { LintScheduler } from './lsp/scheduler.js';
import { ClosedVersions } from './lsp/closed.js';
import { hoverFrom } from './lsp/earlier.js';
import { CancellationSource } from './lsp/slices.js';
import { codeActions, FIX_ALL_KIND, minimalEdit, type EditCapabilities } from './lsp/codeActions.js';
import { documentSymbols } from './lsp/symbols.js';
import { documentInfo, DOCUMENT_INFO_REQUEST } from './lsp/info.js';
import { makeSafe } from './lsp/safe.js';
import { checklistView, CHECKLIST_REQUEST } from './lsp/checklist.js';
import { counterpartLenses, counterpartsAt, COUNTERPARTS_REQUEST } from './lsp/counterparts.js';
import { CONFIG_FILE } from './lsp/settings.js';
import { definitionOf, referenceLinks, referencesOf } from './lsp/terms.js';
import {
  clauseInOtherVersions,
  clausePicker,
  headingCompletions,
  CLAUSE_IN_OTHER_VERSIONS_REQUEST,
  CLAUSES_REQUEST,
} from './lsp/clauses.js';
import { libraryFor } from './engine/index.js';

export const FIX_ALL_COMMAND = 'pplint.server.fixAll';
/** Other versions are re-linted a little after the edited one, so its own diagnostics come first. */
const VERSIONS_DELAY = 150;
/** Work that nothing cancels: a request's own quick analysis. */
const UNCANCELLED = new CancellationSource();
/** How long completion waits for the current version's complete analysis before it answers from an earlier one. */
const COMPLETION_WAIT = 500;

export interface ServerOptions {
  engine?: EngineOptions;
  /** The folder holding docs/ (the extension or package root). */
  packageRoot?: string;
}

function defaultPackageRoot(): string {
  return typeof __dirname === 'string' ? join(__dirname, '..') : process.cwd();
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const engine = createEngine({
    ...options.engine,
    logger: { error: (m) => connection.console.error(m), info: (m) => connection.console.info(m) },
  });
  const documents = new TextDocuments(TextDocument);
  const safe = makeSafe(connection);
  let canAskClient = false;
  const editCapabilities: EditCapabilities = { snippets: false };
  let uiLanguage: Lang = 'en';
  const settings = new Settings(
    connection,
    engine,
    () => uiLanguage,
    () => canAskClient,
  );
  const analyses = new Analyses(engine, settings, documents);
  const publisher = new DiagnosticsPublisher(connection, documents, options.packageRoot ?? defaultPackageRoot());
  const closedVersions = new ClosedVersions(
    engine,
    settings,
    (uri) => documents.get(uri) !== undefined,
    (analysis) => publisher.publishClosed(analysis),
    (uri) => {
      publisher.clear(uri);
      settings.forget(uri);
    },
  );
  const scheduler = new LintScheduler(
    analyses,
    documents,
    (analysis) => {
      const written = publisher.publish(analysis);
      if (analysis.complete && documents.get(analysis.uri)?.version === analysis.version)
        void closedVersions
          .follow(analysis)
          .catch((error: unknown) =>
            connection.console.error(`Linting the versions of ${analysis.uri} failed: ${String(error)}`),
          );
      return written;
    },
    (message) => connection.console.error(message),
  );
  const delayFor = async (uri: string) => (await settings.get(uri)).lintDelay;

  connection.onInitialize((params): InitializeResult => {
    const locale = (params.locale ?? 'en').slice(0, 2).toLowerCase();
    uiLanguage = (LANGUAGES as readonly string[]).includes(locale) ? (locale as Lang) : 'en';
    canAskClient = params.capabilities.workspace?.configuration === true;
    editCapabilities.snippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    // Undocumented for users: `npm run bench` sets 0 to time every rule on every keystroke.
    const idle = (params.initializationOptions as { documentIdle?: unknown } | undefined)?.documentIdle;
    if (typeof idle === 'number' && idle >= 0) scheduler.idle = idle;
    settings.setWorkspaceFolders((params.workspaceFolders ?? []).map((f) => f.uri));
    analyses.versions.setWorkspaceFolders((params.workspaceFolders ?? []).map((f) => f.uri));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        documentSymbolProvider: { label: 'pplint' },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [' '], resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'pplint' },
    };
  });

  connection.onInitialized(() => {
    if (canAskClient) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pplint' });
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const folders = ((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri);
      settings.setWorkspaceFolders(folders);
      analyses.versions.setWorkspaceFolders(folders);
      relintAll();
    });
  });

  const relintAll = (): void => {
    settings.clear();
    analyses.clear();
    closedVersions.reset();
    for (const document of documents.all()) scheduler.changed(document.uri, 0, 0);
  };

  documents.onDidOpen(
    safe('didOpen', undefined, (e) => {
      closedVersions.opened(e.document.uri);
      scheduler.changed(e.document.uri, 0, 0);
    }),
  );
  /** Other open documents whose findings depend on this one: its language versions. */
  const relintVersionsOf = (uri: string, delay: number): void => {
    for (const analysis of analyses.all()) {
      if (analysis.uri !== uri && analysis.group?.members.some((m) => m.doc.uri === uri))
        scheduler.dependencyChanged(analysis.uri, delay + VERSIONS_DELAY);
    }
  };
  documents.onDidChangeContent(
    safe('didChange', undefined, async (e) => {
      const delay = await delayFor(e.document.uri);
      scheduler.changed(e.document.uri, delay);
      // The other versions' comparisons with this one wait for the same pause in typing.
      relintVersionsOf(e.document.uri, delay + scheduler.idle);
    }),
  );
  documents.onDidClose(
    safe('didClose', undefined, (e) => {
      const uri = e.document.uri;
      scheduler.forget(uri);
      // A version of an open policy keeps its problems: they are made again from the file on disk.
      const groupedWith = analyses
        .all()
        .filter((a) => a.uri !== uri && a.group?.members.some((m) => m.doc.uri === uri))
        .map((a) => a.uri);
      if (closedVersions.closed(uri, groupedWith)) publisher.release(uri);
      else publisher.clear(uri);
      analyses.forget(uri);
      // Its unsaved text no longer counts: the other versions are compared with the file on disk.
      analyses.versions.invalidate(e.document.uri);
      relintVersionsOf(e.document.uri, 0);
    }),
  );
  connection.onDidChangeConfiguration(safe('didChangeConfiguration', undefined, () => relintAll()));
  connection.onDidChangeWatchedFiles(
    safe('didChangeWatchedFiles', undefined, (params) => {
      if (params.changes.some((c) => c.uri.endsWith(CONFIG_FILE))) return relintAll();
      for (const change of params.changes) {
        analyses.versions.invalidate(change.uri);
        relintVersionsOf(change.uri, 0);
        // A version created beside an open one (privacy.kk.md next to privacy.ru.md) joins its group at once.
        for (const analysis of analyses.all())
          if (analyses.versions.mayGroupWith(analysis.doc, change.uri))
            scheduler.dependencyChanged(analysis.uri, VERSIONS_DELAY);
      }
    }),
  );

  // Requests never lint: code actions read the current version's quick analysis (made at once
  // if the scheduler has not made it yet), hover the latest complete analysis, and the rest wait
  // for the complete analysis of the current version.
  const currentOf = async (uri: string) => {
    const document = documents.get(uri);
    const analysis = document ? await analyses.quick(document, UNCANCELLED) : null;
    return document && analysis ? { document, analysis } : null;
  };
  const settledOf = async (uri: string, token?: CancellationToken) => {
    const analysis = await analyses.settled(uri, token);
    const document = documents.get(uri);
    return document && analysis?.version === document.version ? { document, analysis } : null;
  };

  connection.onCodeAction(
    safe('codeAction', [], async (params, token) => {
      const fixAll = params.context.only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
      const found = fixAll ? await settledOf(params.textDocument.uri, token) : await currentOf(params.textDocument.uri);
      return found?.analysis.policy
        ? codeActions(params, found.document, found.analysis, engine, editCapabilities)
        : [];
    }),
  );
  connection.onDocumentSymbol(
    safe('documentSymbol', [], async (params, token) => {
      const found = await settledOf(params.textDocument.uri, token);
      if (!found?.analysis.policy) return [];
      engine.summarize(found.analysis.doc, found.analysis.settings.config);
      return documentSymbols(found.document, found.analysis);
    }),
  );
  connection.onHover(
    safe('hover', null, async (params, token) => {
      const uri = params.textDocument.uri;
      const analysis = analyses.lastComplete(uri) ?? (await analyses.settled(uri, token));
      const document = documents.get(uri);
      return document && analysis ? hoverFrom(analysis, document, params.position, engine) : null;
    }),
  );
  connection.onDefinition(
    safe('definition', [], async (params, token) => {
      const found = await settledOf(params.textDocument.uri, token);
      return found ? definitionOf(found.document, params.position, found.analysis, engine) : [];
    }),
  );
  connection.onReferences(
    safe('references', [], async (params, token) => {
      const found = await settledOf(params.textDocument.uri, token);
      return found
        ? referencesOf(found.document, params.position, params.context.includeDeclaration, found.analysis, engine)
        : [];
    }),
  );
  connection.onDocumentLinks(
    safe('documentLinks', [], async (params, token) => {
      const found = await settledOf(params.textDocument.uri, token);
      return found ? referenceLinks(found.document, found.analysis, engine) : [];
    }),
  );
  connection.onRequest(
    DOCUMENT_INFO_REQUEST,
    safe('documentInfo', null, async (params: { uri: string }, token?: CancellationToken) => {
      const found = await settledOf(params.uri, token);
      return found ? documentInfo(found.analysis, engine, (offset) => found.document.positionAt(offset).line) : null;
    }),
  );
  connection.onRequest(
    CHECKLIST_REQUEST,
    safe('checklist', null, async (params: { uri: string }, token?: CancellationToken) => {
      const found = await settledOf(params.uri, token);
      return found?.analysis.policy ? checklistView(found.document, found.analysis, engine) : null;
    }),
  );
  connection.onRequest(
    COUNTERPARTS_REQUEST,
    safe('counterparts', [], async (params: { uri: string; position: Position }, token?: CancellationToken) => {
      const found = await settledOf(params.uri, token);
      return found ? counterpartsAt(found.document, params.position, found.analysis, engine) : [];
    }),
  );
  connection.onCompletion(
    safe('completion', [], async (params, token) => {
      // The items the policy lacks, from the last complete analysis if the current one is not
      // made soon: completion only offers titles and clauses, and places them at the cursor.
      const analysis = await analyses.recent(params.textDocument.uri, COMPLETION_WAIT, token);
      const document = documents.get(params.textDocument.uri);
      const found = document && analysis ? { document, analysis } : null;
      return found?.analysis.policy
        ? headingCompletions(
            found.document,
            found.analysis,
            engine,
            libraryFor(found.analysis.settings.config),
            params.position,
          )
        : [];
    }),
  );
  connection.onRequest(
    CLAUSES_REQUEST,
    safe('clauses', null, async (params: { uri: string; position?: Position }, token?: CancellationToken) => {
      const found = await settledOf(params.uri, token);
      return found?.analysis.policy
        ? clausePicker(
            found.document,
            found.analysis,
            engine,
            libraryFor(found.analysis.settings.config),
            params.position,
          )
        : null;
    }),
  );
  connection.onRequest(
    CLAUSE_IN_OTHER_VERSIONS_REQUEST,
    safe('clauseInOtherVersions', [], async (params: { uri: string; id: string }, token?: CancellationToken) => {
      const found = await settledOf(params.uri, token);
      return found?.analysis.policy
        ? clauseInOtherVersions(found.analysis, params.id, libraryFor(found.analysis.settings.config))
        : [];
    }),
  );
  connection.onCodeLens(
    safe('codeLens', [], async (params, token) => {
      const found = await settledOf(params.textDocument.uri, token);
      return found ? counterpartLenses(found.document, found.analysis, engine) : [];
    }),
  );
  connection.onExecuteCommand(
    safe('executeCommand', null, async (params, token) => {
      if (params.command !== FIX_ALL_COMMAND) return null;
      const uri = String(params.arguments?.[0] ?? '');
      const found = await settledOf(uri, token);
      if (!found?.analysis.policy) return { applied: 0 };
      const text = found.document.getText();
      const fixed = engine.fixAll(uri, text, found.analysis.settings.config, found.analysis.group);
      if (fixed.applied > 0 && fixed.text !== text) {
        await connection.workspace.applyEdit({
          label: render({ id: 'action/fix-all' }, found.analysis.settings.config.uiLanguage),
          edit: { changes: { [uri]: [minimalEdit(found.document, text, fixed.text)] } },
        });
      }
      return { applied: fixed.applied };
    }),
  );

  documents.listen(connection);
  connection.listen();
}
