// Configuration per document: the `pplint.*` settings of its scope, then the nearest
// `.pplintrc.json` above it (which wins, so that the editor and CI agree), found and read by the
// loader the CLI uses (workspace/config.ts). Both are cached and the caches are cleared when the
// settings or a configuration file change; a file's problems are shown on that file.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import type { Engine, Lang, LibraryClause as Clause, PplintConfig, ResolvedConfig } from '../engine/index.js';
import { LineIndex, render } from '../engine/index.js';
import { CONFIG_FILE, ConfigFiles, type LoadedConfig } from '../workspace/config.js';
import { readFirmClauses, type FirmClauses } from '../workspace/clauses.js';

export { CONFIG_FILE };

export interface DocumentSettings {
  enable: boolean;
  lintDelay: number;
  config: ResolvedConfig;
  /** The document's path relative to its configuration file or workspace folder. */
  relativePath: string | undefined;
  configFile: string | undefined;
}

export class Settings {
  private readonly perDocument = new Map<string, Promise<DocumentSettings>>();
  private readonly files: ConfigFiles;
  /** Files whose problems were shown, as read: each reading is reported once. */
  private readonly shown = new WeakSet<LoadedConfig>();
  private readonly reportedFiles = new Set<string>();
  private workspaceFolders: string[] = [];
  /** The firm's clause folders, read once until the configuration changes. */
  private readonly firmClauses = new Map<string, FirmClauses>();

  constructor(
    private readonly connection: Connection,
    private readonly engine: Engine,
    private readonly uiLanguage: () => Lang,
    private readonly canAskClient: () => boolean,
  ) {
    this.files = new ConfigFiles(engine, () => CONFIG_FILE);
  }

  setWorkspaceFolders(uris: string[]): void {
    this.workspaceFolders = uris.flatMap((u) => (u.startsWith('file:') ? [fileURLToPath(u)] : []));
  }

  /** Forget everything: settings changed, or a configuration file changed. */
  clear(): void {
    this.perDocument.clear();
    this.files.clear();
    this.firmClauses.clear();
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  get(uri: string): Promise<DocumentSettings> {
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  private async load(uri: string): Promise<DocumentSettings> {
    const fromEditor = await this.editorSettings(uri);
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    const file = path ? this.configFileFor(dirname(path)) : null;
    const folder = path
      ? this.workspaceFolders.filter((f) => path.startsWith(f)).sort((a, b) => b.length - a.length)[0]
      : undefined;
    const base = file ? dirname(file.path) : folder;
    const relativePath = path && base ? relative(base, path).replace(/\\/g, '/') : undefined;
    // In the editor, the interface speaks the lawyer's language (pplint.uiLanguage, else VS Code's),
    // as the client's own words do; a configuration file's `uiLanguage` is for the command line.
    const layers: PplintConfig[] = [fromEditor.config, ...(file ? [{ ...file.config, uiLanguage: undefined }] : [])];
    const wanted = fromEditor.config.uiLanguage;
    const ui = wanted && wanted !== 'auto' ? wanted : this.uiLanguage();
    const config = this.engine.resolveConfig(layers, relativePath, ui);
    if (file && config.clauses) config.firmClauses = this.firmClausesIn(resolve(dirname(file.path), config.clauses));
    return {
      enable: fromEditor.enable,
      lintDelay: fromEditor.lintDelay,
      config,
      relativePath,
      configFile: file?.path,
    };
  }

  private async editorSettings(uri: string): Promise<{ enable: boolean; lintDelay: number; config: PplintConfig }> {
    const defaults = { enable: true, lintDelay: 0, config: {} };
    if (!this.canAskClient()) return defaults;
    const raw = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'pplint' })) as Record<
      string,
      unknown
    > | null;
    if (!raw) return defaults;
    const picked: Record<string, unknown> = {};
    for (const key of ['jurisdictions', 'languages', 'primaryLanguage', 'include', 'exclude', 'rules', 'uiLanguage']) {
      const value = raw[key];
      // The editor reports a string setting nobody set as "": that is no setting, not a bad one.
      if (value === null || value === undefined || value === '') continue;
      if (Array.isArray(value) && value.length === 0 && key !== 'exclude') continue;
      if (key === 'rules' && typeof value === 'object' && Object.keys(value).length === 0) continue;
      picked[key] = value;
    }
    const checked = this.engine.validateConfig(picked, 'Settings (pplint.*)');
    for (const problem of checked.problems) this.connection.console.warn(problem);
    return {
      enable: raw.enable !== false,
      lintDelay: typeof raw.lintDelay === 'number' && raw.lintDelay >= 0 ? raw.lintDelay : 0,
      config: checked.config,
    };
  }

  /** A firm's clauses; problems of a clause file are shown on that file, once per reading. */
  private firmClausesIn(folder: string): readonly Clause[] {
    let read = this.firmClauses.get(folder);
    if (!read) {
      read = readFirmClauses(folder);
      this.firmClauses.set(folder, read);
      const byFile = new Map<string, Diagnostic[]>();
      for (const p of read.problems) {
        const list = byFile.get(p.path) ?? [];
        list.push({
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
          severity: DiagnosticSeverity.Warning,
          source: 'pplint',
          message: p.message,
        });
        byFile.set(p.path, list);
      }
      for (const [path, problems] of byFile) this.report(path, problems);
    }
    return read.clauses;
  }

  /** The nearest configuration file at or above a folder; its problems are shown on it when it is read. */
  private configFileFor(folder: string): LoadedConfig | null {
    const file = this.files.nearest(folder);
    if (file && !this.shown.has(file)) {
      this.shown.add(file);
      this.report(file.path, problemsOf(file, this.uiLanguage()));
    }
    return file;
  }

  /** Problems of a configuration file appear on that file, in the Problems panel. */
  private report(path: string, problems: Diagnostic[]): void {
    const uri = pathToFileURL(path).toString();
    if (problems.length === 0 && !this.reportedFiles.has(uri)) return;
    this.reportedFiles.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: problems });
    if (problems.some((p) => p.severity === DiagnosticSeverity.Error)) {
      // A notification: some clients cannot answer a message request, and nothing is asked here.
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `pplint: ${problems[0]!.message}`,
      });
    }
  }
}

/** A configuration file's problems as diagnostics on it, saying what the editor does instead. */
function problemsOf(file: LoadedConfig, lang: Lang): Diagnostic[] {
  const lines = new LineIndex(file.text);
  return file.problems.map((p) => ({
    range: { start: lines.position(p.offset), end: lines.position(Math.min(file.text.length, p.offset + 1)) },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'pplint',
    message: render(
      { id: p.severity === 'error' ? 'config/file-ignored' : 'config/setting-ignored', data: { problem: p.message } },
      lang,
    ),
  }));
}
