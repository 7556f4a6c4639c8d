// Which files the CLI lints: files named on the command line always; folders and globs are
// searched for Markdown files and Word drafts (workspace/walk.ts), of which only policy drafts are kept (the
// caller decides that). Each real file is listed once, however many arguments reach it; what
// cannot be read on the way is reported, never skipped silently.
import { basename, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { markdownFilesUnder, realPathOrSelf, statOrNull } from '../workspace/walk.js';

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

export function findTargets(args: string[], cwd: string): FoundTargets {
  const found: FoundTargets = { targets: [], missing: [], unreadable: [] };
  const seen = new Set<string>();
  const add = (absolute: string, shown: string, explicit: boolean, searchPath: string): void => {
    const key = realPathOrSelf(absolute);
    if (seen.has(key)) return;
    seen.add(key);
    found.targets.push({ path: shown, absolute, explicit, searchPath });
  };
  const walk = (root: string): string[] =>
    markdownFilesUnder(root, { withWord: true, unreadable: (path) => found.unreadable.push(path) });
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const stat = statOrNull(absolute);
    if (stat?.isFile()) add(absolute, arg, true, basename(absolute));
    else if (stat?.isDirectory())
      for (const file of walk(absolute)) add(file, display(cwd, file), false, posix(relative(absolute, file)));
    else if (picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const root = resolve(cwd, base || '.');
      const matches = picomatch(glob, { dot: false });
      const files = statOrNull(root)?.isDirectory() ? walk(root).filter((f) => matches(posix(relative(root, f)))) : [];
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
