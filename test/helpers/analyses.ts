// The server's analyses of one open document, without a connection: the settings a workspace
// without configuration gives a Kazakhstan policy, and the document the editor holds now.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../../server/src/engine/index.js';
import { Analyses } from '../../server/src/lsp/analysis.js';
import type { DocumentSettings, Settings } from '../../server/src/lsp/settings.js';

/** Settings of a Kazakhstan policy, linted without delay. */
export function kzSettings(engine: Engine, relativePath: string): DocumentSettings {
  return {
    enable: true,
    lintDelay: 0,
    config: engine.resolveConfig([{ jurisdictions: ['kz'] }]),
    relativePath,
    configFile: undefined,
  };
}

/** The editor's open documents: the one `current` gives for `uri` (read at each request). */
export function documentsOf(uri: string, current: () => TextDocument): TextDocuments<TextDocument> {
  return { get: (u: string) => (u === uri ? current() : undefined) } as unknown as TextDocuments<TextDocument>;
}

/** Analyses of the one document `current` gives for `uri`. */
export function analysesOf(
  engine: Engine,
  settings: DocumentSettings,
  uri: string,
  current: () => TextDocument,
): Analyses {
  return new Analyses(
    engine,
    { get: () => Promise.resolve(settings), forget: () => undefined } as unknown as Settings,
    documentsOf(uri, current),
  );
}
