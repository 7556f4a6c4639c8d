// The one configuration loader, for the CLI and the server: finds the nearest `.pplintrc.json` at
// or above a folder, reads it (a byte-order mark is allowed), and validates it with the engine.
// Each file is read once until `clear()`; what is wrong in it comes back as problems with their
// place in the text, and the caller decides what follows (the CLI stops, the editor shows them
// on the file and uses the rest).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Engine, PplintConfig } from '../engine/index.js';
import { statOrNull } from './walk.js';
import { offsetOfPath } from './json-path.js';

export const CONFIG_FILE = '.pplintrc.json';

export interface ConfigProblem {
  message: string;
  /** Where in the file's text the problem lies. */
  offset: number;
  /** `error`: the file is not JSON and the defaults apply; `warning`: one setting was dropped. */
  severity: 'error' | 'warning';
}

export interface LoadedConfig {
  path: string;
  text: string;
  /** The valid settings (none when the file is not JSON). */
  config: PplintConfig;
  problems: ConfigProblem[];
}

export class ConfigFiles {
  private readonly loaded = new Map<string, LoadedConfig | null>();
  private readonly nearestIn = new Map<string, string | null>();

  /** @param label how messages name a file (its path by default) */
  constructor(
    private readonly engine: Pick<Engine, 'validateConfig'>,
    private readonly label: (path: string) => string = (path) => path,
  ) {}

  /** Forget every file read: one of them changed. */
  clear(): void {
    this.loaded.clear();
    this.nearestIn.clear();
  }

  /** The nearest configuration file at or above a folder, read. */
  nearest(folder: string): LoadedConfig | null {
    const path = this.nearestPath(folder);
    return path === null ? null : this.load(path);
  }

  nearestPath(folder: string): string | null {
    const climbed: string[] = [];
    let found: string | null = null;
    for (let dir = folder; ; dir = dirname(dir)) {
      const known = this.nearestIn.get(dir);
      if (known !== undefined) {
        found = known;
        break;
      }
      climbed.push(dir);
      const candidate = join(dir, CONFIG_FILE);
      if (statOrNull(candidate)?.isFile()) {
        found = candidate;
        break;
      }
      if (dirname(dir) === dir) break;
    }
    for (const dir of climbed) this.nearestIn.set(dir, found);
    return found;
  }

  /** A configuration file, read and validated; null when there is no such file. */
  load(path: string): LoadedConfig | null {
    if (!this.loaded.has(path)) this.loaded.set(path, this.read(path));
    return this.loaded.get(path)!;
  }

  private read(path: string): LoadedConfig | null {
    let text: string;
    try {
      if (!statOrNull(path)?.isFile()) return null;
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return null;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(reason);
      return {
        path,
        text,
        config: {},
        problems: [
          {
            message: `${this.label(path)} is not valid JSON (${reason}).`,
            offset: position ? Number(position[1]) : 0,
            severity: 'error',
          },
        ],
      };
    }
    const checked = this.engine.validateConfig(raw, this.label(path));
    const problems = checked.issues.map((issue): ConfigProblem => ({
      message: issue.message,
      offset: offsetOfPath(text, issue.path) ?? 0,
      severity: 'warning',
    }));
    return { path, text, config: checked.config, problems };
  }
}
