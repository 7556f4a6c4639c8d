// The language versions of each policy, for the server and the CLI alike: its sibling files
// (privacy.ru.md beside privacy.kk.md, named as the engine's version-names.ts defines), files with
// the same `policy-id` anywhere in the workspace, or the versions inside the file itself. Versions
// that are not open are read from disk, parsed once per change and kept up to date by the
// client's file watcher; the folder is listed afresh each time, so a new version joins at once.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  versionName,
  type Engine,
  type PolicyDocument,
  type ResolvedConfig,
  type VersionGroup,
} from '../engine/index.js';
import { markdownFilesUnder, namesIn } from './walk.js';
import { isDocxName, markdownNameFor } from '../word/file-names.js';
import { readFileFrontMatter } from './front-matter.js';

/** How deep the workspace index looks for files with a `policy-id` (a workspace may be a whole home folder). */
const POLICY_ID_DEPTH = 8;

export interface OpenDocuments {
  /** The parse of an open document's current text, or undefined when it is not open. */
  parsed(uri: string): PolicyDocument | undefined;
}

export class VersionIndex {
  private readonly disk = new Map<string, { mtime: number; size: number; doc: PolicyDocument }>();
  private policyIds: Map<string, string> | null = null;
  private workspaceFolders: string[] = [];

  constructor(
    private readonly engine: Engine,
    private readonly open: OpenDocuments,
  ) {}

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

  /**
   * Whether the file may be a language version of the document: named as a version of it in its
   * folder, or holding its `policy-id`. A change to such a file (a new version created beside it)
   * changes the document's group.
   */
  mayGroupWith(doc: PolicyDocument, uri: string): boolean {
    if (uri === doc.uri || !uri.startsWith('file:') || !doc.uri.startsWith('file:')) return false;
    let a: string;
    let b: string;
    try {
      a = fileURLToPath(doc.uri);
      b = fileURLToPath(uri);
    } catch {
      return false;
    }
    const own = versionName(basename(a));
    if (own && dirname(a) === dirname(b) && versionName(basename(b))?.base === own.base) return true;
    const id = doc.frontMatter.policyId;
    return id !== undefined && this.policyIds?.get(uri) === id;
  }

  /**
   * The parse of a file read from disk, handed over (and forgotten here) when the file is opened:
   * the editor's first parse starts from its chunks, so the version is not held twice, once per
   * reading, with every block's facts.
   */
  takeDiskParse(uri: string): PolicyDocument | undefined {
    const doc = this.disk.get(uri)?.doc;
    this.disk.delete(uri);
    return doc;
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
    const own = versionName(basename(path));
    if (own) {
      const names = namesIn(dirname(path));
      const present = new Set(names);
      for (const entry of names) {
        // A Word version (privacy.kk.docx) is known by the name of its Markdown import, under
        // which the caller converted it; an imported file beside it stands for it.
        const name = isDocxName(entry) ? markdownNameFor(entry) : entry;
        if (name !== entry && present.has(name)) continue;
        if (name !== basename(path) && versionName(name)?.base === own.base)
          found.add(pathToFileURL(join(dirname(path), name)).toString());
      }
    }
    const id = doc.frontMatter.policyId;
    if (id !== undefined)
      for (const [uri, other] of this.policyIdIndex()) if (other === id && uri !== doc.uri) found.add(uri);
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
      for (const folder of this.workspaceFolders)
        for (const file of markdownFilesUnder(folder, { maxDepth: POLICY_ID_DEPTH })) {
          const id = readPolicyId(file);
          if (id !== null) this.policyIds.set(pathToFileURL(file).toString(), id);
        }
    }
    return this.policyIds;
  }
}

/** The policy-id in a file's front matter. */
function readPolicyId(path: string): string | null {
  return readFileFrontMatter(path)?.policyId ?? null;
}
