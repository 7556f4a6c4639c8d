// Which files the CLI lints: files named on the command line always; folders and globs are
// searched for Markdown files, of which only policy drafts are kept (the caller decides that).
// Each real file and folder is visited once, so symbolic-link loops end; what cannot be read on
// the way is reported, never skipped silently.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export interface Target {
  /** As given on the command line or found under a folder (relative to the working folder). */
  path: string;
  absolute: string;
  /** Named on the command line: linted whether or not it looks like a policy. */
  explicit: boolean;
  /** The path by which include/exclude patterns know the file when it lies outside the working folder. */
  searchPath: string;
}

export interface FoundTargets {
  targets: Target[];
  /** Arguments that name nothing. */
  missing: string[];
  /** Files and folders found on the way that could not be read. */
  unreadable: string[];
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', '.e2e']);

export function findTargets(args: string[], cwd: string): FoundTargets {
  const found: FoundTargets = { targets: [], missing: [], unreadable: [] };
  const seen = new Set<string>();
  const add = (absolute: string, shown: string, explicit: boolean, searchPath: string): void => {
    const key = realOrSelf(absolute);
    if (seen.has(key)) return;
    seen.add(key);
    found.targets.push({ path: shown, absolute, explicit, searchPath });
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const stat = statOrNull(absolute);
    if (stat?.isFile()) add(absolute, arg, true, basename(absolute));
    else if (stat?.isDirectory()) for (const file of walk(absolute, found.unreadable)) add(file, display(cwd, file), false, posix(relative(absolute, file)));
    else if (picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const root = resolve(cwd, base || '.');
      const matches = picomatch(glob, { dot: false });
      const files = statOrNull(root)?.isDirectory() ? walk(root, found.unreadable).filter((f) => matches(posix(relative(root, f)))) : [];
      if (files.length === 0) found.missing.push(arg);
      for (const file of files) add(file, display(cwd, file), false, posix(relative(root, file)));
    } else found.missing.push(arg);
  }
  found.unreadable = found.unreadable.map((path) => display(cwd, path));
  return found;
}

function display(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : posix(rel);
}

const posix = (path: string): string => path.split(sep).join('/');

/** Markdown files under a folder, in name order (files and folders interleaved), each real folder once. */
function walk(root: string, unreadable: string[]): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const open = (folder: string): { folder: string; entries: string[]; next: number } | null => {
    const real = realOrSelf(folder);
    if (visited.has(real)) return null;
    visited.add(real);
    try {
      return { folder, entries: readdirSync(folder).sort(), next: 0 };
    } catch {
      unreadable.push(folder);
      return null;
    }
  };
  const first = open(root);
  const stack = first ? [first] : [];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.entries.length) {
      stack.pop();
      continue;
    }
    const name = frame.entries[frame.next++]!;
    const path = join(frame.folder, name);
    const stat = statOrNull(path);
    if (stat === null) {
      if (MARKDOWN.test(name)) unreadable.push(path);
    } else if (stat.isDirectory()) {
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const inner = open(path);
      if (inner) stack.push(inner);
    } else if (stat.isFile() && MARKDOWN.test(name)) out.push(path);
  }
  return out;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
