// Which files the CLI lints: files named on the command line always; folders and globs are
// searched for Markdown files, of which only policy drafts are kept (the caller decides that).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export interface Target {
  /** As given on the command line or found under a folder (relative to the working folder). */
  path: string;
  absolute: string;
  /** Named on the command line: linted whether or not it looks like a policy. */
  explicit: boolean;
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', '.e2e']);

export function findTargets(args: string[], cwd: string): { targets: Target[]; missing: string[] } {
  const targets: Target[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, shown: string, explicit: boolean): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    targets.push({ path: shown, absolute, explicit });
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const stat = statOrNull(absolute);
    if (stat?.isFile()) add(absolute, arg, true);
    else if (stat?.isDirectory()) for (const file of walk(absolute)) add(file, display(cwd, file), false);
    else if (picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const root = resolve(cwd, base || '.');
      const matches = picomatch(glob, { dot: false });
      const found = statOrNull(root)?.isDirectory() ? walk(root).filter((f) => matches(relative(root, f).split(sep).join('/'))) : [];
      if (found.length === 0) missing.push(arg);
      for (const file of found) add(file, display(cwd, file), false);
    } else missing.push(arg);
  }
  return { targets, missing };
}

function display(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel.split(sep).join('/');
}

function walk(folder: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(folder).sort();
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(folder, name);
    const stat = statOrNull(path);
    if (stat?.isDirectory()) {
      if (!name.startsWith('.') && !SKIPPED_FOLDERS.has(name)) out.push(...walk(path));
    } else if (stat?.isFile() && MARKDOWN.test(name)) out.push(path);
  }
  return out;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
