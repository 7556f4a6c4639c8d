// The language versions of each open policy: its sibling files (privacy.ru.md beside
// privacy.kk.md), files with the same `policy-id` anywhere in the workspace, or the versions
// inside the file itself. Versions that are not open are read from disk, parsed once per change
// and kept up to date by the client's file watcher.
import { readdirSync, readFileSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Engine, PolicyDocument, ResolvedConfig, VersionGroup } from '../engine/index.js';

const SUFFIXED = /^(.*)[._-](en|ru|kk|kz)\.(?:md|markdown)$/i;
const MARKDOWN = /\.(?:md|markdown)$/i;
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'out', '.e2e', '.vscode-test']);
const POLICY_ID = /^policy-id:\s*["']?([^"'\n#]+?)["']?\s*(?:#.*)?$/m;

export interface OpenDocuments {
  /** The parse of an open document's current text, or undefined when it is not open. */
  parsed(uri: string): PolicyDocument | undefined;
}

export class VersionIndex {
  private readonly disk = new Map<string, { mtime: number; size: number; doc: PolicyDocument }>();
  private policyIds: Map<string, string> | null = null;
  private workspaceFolders: string[] = [];

  constructor(private readonly engine: Engine, private readonly open: OpenDocuments) {}

  setWorkspaceFolders(uris: string[]): void {
    this.workspaceFolders = uris.flatMap((u) => (u.startsWith('file:') ? [fileURLToPath(u)] : []));
    this.policyIds = null;
  }

  /** A file changed on disk (or was created or deleted). */
  invalidate(uri: string): void {
    this.disk.delete(uri);
    if (this.policyIds && uri.startsWith('file:')) {
      const id = readPolicyId(fileURLToPath(uri));
      if (id === null) this.policyIds.delete(uri);
      else this.policyIds.set(uri, id);
    }
  }

  /** The group the document belongs to, with the other versions as they are now; null if none. */
  groupFor(doc: PolicyDocument, config: ResolvedConfig): VersionGroup | null {
    const others = this.candidates(doc).flatMap((uri) => {
      const other = this.open.parsed(uri) ?? this.fromDisk(uri);
      return other ? [other] : [];
    });
    if (others.length === 0) return null;
    const groups = this.engine.groupVersions([doc, ...others], config);
    return groups.find((g) => g.members.some((m) => m.doc === doc)) ?? null;
  }

  /** Files that may be versions of the same policy. */
  private candidates(doc: PolicyDocument): string[] {
    if (!doc.uri.startsWith('file:')) return [];
    const path = fileURLToPath(doc.uri);
    const found = new Set<string>();
    const own = SUFFIXED.exec(basename(path));
    if (own) {
      for (const name of safeReaddir(dirname(path))) {
        const m = SUFFIXED.exec(name);
        if (m && m[1]!.toLowerCase() === own[1]!.toLowerCase() && name !== basename(path)) found.add(pathToFileURL(join(dirname(path), name)).toString());
      }
    }
    const id = doc.frontMatter.policyId;
    if (id !== undefined) for (const [uri, other] of this.policyIdIndex()) if (other === id && uri !== doc.uri) found.add(uri);
    return [...found];
  }

  private fromDisk(uri: string): PolicyDocument | undefined {
    try {
      const path = fileURLToPath(uri);
      const stat = statSync(path);
      const cached = this.disk.get(uri);
      if (cached && cached.mtime === stat.mtimeMs && cached.size === stat.size) return cached.doc;
      const bytes = readFileSync(path);
      if (bytes.subarray(0, 8000).includes(0)) return undefined;
      const doc = this.engine.parse(uri, bytes.toString('utf8').replace(/^\uFEFF/, ''), cached?.doc);
      this.disk.set(uri, { mtime: stat.mtimeMs, size: stat.size, doc });
      return doc;
    } catch {
      this.disk.delete(uri);
      return undefined;
    }
  }

  /** policy-id of every Markdown file in the workspace, read from its front matter once. */
  private policyIdIndex(): Map<string, string> {
    if (!this.policyIds) {
      this.policyIds = new Map();
      for (const folder of this.workspaceFolders) for (const file of markdownFiles(folder, 0)) {
        const id = readPolicyId(file);
        if (id !== null) this.policyIds.set(pathToFileURL(file).toString(), id);
      }
    }
    return this.policyIds;
  }
}

function safeReaddir(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function markdownFiles(folder: string, depth: number): string[] {
  if (depth > 8) return [];
  const out: string[] = [];
  for (const name of safeReaddir(folder)) {
    if (name.startsWith('.') || SKIPPED.has(name)) continue;
    const path = join(folder, name);
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) out.push(...markdownFiles(path, depth + 1));
      else if (stat.isFile() && MARKDOWN.test(name)) out.push(path);
    } catch {
      // A file that vanished while we looked: nothing to index.
    }
  }
  return out;
}

/** The policy-id in a file's front matter, reading only its first few kilobytes. */
function readPolicyId(path: string): string | null {
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const fm = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(head);
  const id = fm ? POLICY_ID.exec(fm[1]!) : null;
  return id ? id[1]!.trim() : null;
}
