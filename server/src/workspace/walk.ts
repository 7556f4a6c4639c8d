// The one folder walk, for the CLI (folders and globs on the command line) and the server (the
// workspace's `policy-id` index): Markdown files under a folder, in name order. Each real folder
// is visited once, so symbolic-link loops end; what cannot be read on the way is reported to the
// caller, never skipped silently. Tool and build folders are not searched.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isMarkdownName } from '../engine/index.js';
import { isDocxName } from '../word/file-names.js';

/** Folders that hold tools, builds or version-control data, never drafts. Hidden folders are skipped too. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'out',
  '.vscode-test',
  '.e2e',
]);

export interface WalkOptions {
  /** Called with each folder and each Markdown file that could not be read. */
  unreadable?: (path: string) => void;
  /** How many folders deep to go below the root (unlimited by default). */
  maxDepth?: number;
  /** Also list Word drafts (.docx), which the CLI converts in memory. */
  withWord?: boolean;
}

interface Frame {
  folder: string;
  depth: number;
  entries: string[];
  next: number;
}

/** Markdown files under a folder, in name order (files and folders interleaved), each real folder once. */
export function markdownFilesUnder(root: string, options: WalkOptions = {}): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const maxDepth = options.maxDepth ?? Infinity;
  const wanted = (name: string): boolean => isMarkdownName(name) || (options.withWord === true && isDocxName(name));
  const open = (folder: string, depth: number): Frame | null => {
    const real = realPathOrSelf(folder);
    if (visited.has(real)) return null;
    visited.add(real);
    try {
      return { folder, depth, entries: readdirSync(folder).sort(), next: 0 };
    } catch {
      options.unreadable?.(folder);
      return null;
    }
  };
  const first = open(root, 0);
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
      if (wanted(name)) options.unreadable?.(path);
    } else if (stat.isDirectory()) {
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name) || frame.depth >= maxDepth) continue;
      const inner = open(path, frame.depth + 1);
      if (inner) stack.push(inner);
    } else if (stat.isFile() && wanted(name)) out.push(path);
  }
  return out;
}

/** The real path of a file or folder (symbolic links resolved), or the path itself when it cannot be resolved. */
export function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The names in a folder, or none when it cannot be read. */
export function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
