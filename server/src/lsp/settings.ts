// Configuration per document: the `pplint.*` settings of its scope, then the nearest
// `.pplintrc.json` above it (which wins, so that the editor and CI agree). Both are cached and
// the caches are cleared when the settings or a configuration file change.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import type { Engine, Lang, PplintConfig, ResolvedConfig } from '../engine/index.js';
import { LineIndex } from '../engine/index.js';

export const CONFIG_FILE = '.pplintrc.json';

export interface DocumentSettings {
  enable: boolean;
  lintDelay: number;
  config: ResolvedConfig;
  /** The document's path relative to its configuration file or workspace folder. */
  relativePath: string | undefined;
  configFile: string | undefined;
}

interface ConfigFileState {
  path: string;
  config: PplintConfig;
  problems: Diagnostic[];
}

export class Settings {
  private readonly perDocument = new Map<string, Promise<DocumentSettings>>();
  private readonly files = new Map<string, ConfigFileState | null>();
  private readonly reportedFiles = new Set<string>();
  private workspaceFolders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly engine: Engine,
    private readonly uiLanguage: () => Lang,
    private readonly canAskClient: () => boolean,
  ) {}

  setWorkspaceFolders(uris: string[]): void {
    this.workspaceFolders = uris.flatMap((u) => (u.startsWith('file:') ? [fileURLToPath(u)] : []));
  }

  /** Forget everything: settings changed, or a configuration file changed. */
  clear(): void {
    this.perDocument.clear();
    this.files.clear();
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
    const folder = path ? this.workspaceFolders.filter((f) => path.startsWith(f)).sort((a, b) => b.length - a.length)[0] : undefined;
    const base = file ? dirname(file.path) : folder;
    const relativePath = path && base ? relative(base, path).replace(/\\/g, '/') : undefined;
    const layers: PplintConfig[] = [fromEditor.config, ...(file ? [file.config] : [])];
    const wanted = fromEditor.config.uiLanguage;
    const ui = wanted && wanted !== 'auto' ? wanted : this.uiLanguage();
    return {
      enable: fromEditor.enable,
      lintDelay: fromEditor.lintDelay,
      config: this.engine.resolveConfig(layers, relativePath, ui),
      relativePath,
      configFile: file?.path,
    };
  }

  private async editorSettings(uri: string): Promise<{ enable: boolean; lintDelay: number; config: PplintConfig }> {
    const defaults = { enable: true, lintDelay: 0, config: {} };
    if (!this.canAskClient()) return defaults;
    const raw = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'pplint' })) as Record<string, unknown> | null;
    if (!raw) return defaults;
    const picked: Record<string, unknown> = {};
    for (const key of ['jurisdictions', 'languages', 'primaryLanguage', 'include', 'exclude', 'rules', 'uiLanguage']) {
      const value = raw[key];
      if (value === null || value === undefined) continue;
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

  /** The nearest configuration file at or above a folder. */
  private configFileFor(folder: string): ConfigFileState | null {
    for (let dir = folder; ; dir = dirname(dir)) {
      const candidate = join(dir, CONFIG_FILE);
      if (!this.files.has(candidate)) this.files.set(candidate, this.read(candidate));
      const state = this.files.get(candidate);
      if (state) return state;
      if (dirname(dir) === dir) return null;
    }
  }

  private read(path: string): ConfigFileState | null {
    let text: string;
    try {
      if (!statSync(path).isFile()) return null;
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return null;
    }
    const lines = new LineIndex(text);
    const at = (offset: number) => ({ start: lines.position(offset), end: lines.position(offset + 1) });
    const problems: Diagnostic[] = [];
    let config: PplintConfig = {};
    try {
      const parsed = JSON.parse(text) as unknown;
      const checked = this.engine.validateConfig(parsed, CONFIG_FILE);
      config = checked.config;
      for (const message of checked.problems) {
        const key = /"([^"]+)"/.exec(message)?.[1] ?? /: (\w+)/.exec(message)?.[1];
        const offset = key ? Math.max(0, text.indexOf(`"${key}"`)) : 0;
        problems.push({ range: at(offset), severity: DiagnosticSeverity.Warning, source: 'pplint', message: `${message} This setting is ignored; the rest of the file is used.` });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(message);
      problems.push({
        range: at(position ? Number(position[1]) : 0),
        severity: DiagnosticSeverity.Error,
        source: 'pplint',
        message: `${CONFIG_FILE} is not valid JSON (${message}); it is ignored until it is mended, and the defaults apply.`,
      });
    }
    this.report(path, problems);
    return { path, config, problems };
  }

  /** Problems of a configuration file appear on that file, in the Problems panel. */
  private report(path: string, problems: Diagnostic[]): void {
    const uri = pathToFileURL(path).toString();
    if (problems.length === 0 && !this.reportedFiles.has(uri)) return;
    this.reportedFiles.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: problems });
    if (problems.some((p) => p.severity === DiagnosticSeverity.Error)) {
      // A notification: some clients cannot answer a message request, and nothing is asked here.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `pplint: ${problems[0]!.message}` });
    }
  }
}
