// Language versions of one policy, as the product brief defines them: files in one folder that
// share a base name and differ by a language suffix (privacy.ru.md, privacy.kk.md), files with
// the same `policy-id`, and versions held one after another in one file (`<!-- lang: xx -->`).
// The primary version is the one marked `primary: true`, else the configured `primaryLanguage`,
// else the first of the configured `languages` that the group has.
import type { PolicyDocument } from '../model/document.js';
import type { ResolvedConfig } from '../config/types.js';
import type { VersionGroup, VersionMember } from '../model/version-group.js';
import type { Lang } from '../types.js';
import { versionName, withoutExtension } from '../model/version-names.js';

export type { VersionMember };

export type GroupingConfig = Pick<ResolvedConfig, 'languages' | 'primaryLanguage'>;

// A version before the first marker counts when it is more than a shared title.
const MIN_UNMARKED_CLAUSES = 3;

/** The language versions each document holds: one, or one per `<!-- lang -->` part. */
export function versionsOf(doc: PolicyDocument): VersionMember[] {
  if (doc.versions.length <= 1) return [{ doc, part: 0, lang: doc.versions[0]?.lang ?? doc.language, primary: false }];
  const marked = new Set(doc.versions.filter((v) => v.marker).map((v) => v.lang));
  const members: VersionMember[] = [];
  doc.versions.forEach((version, part) => {
    if (!version.lang) return;
    if (!version.marker) {
      // Text before the first marker: a version only if it is substantial and in its own language.
      if (marked.has(version.lang)) return;
      const clauses = doc.clauses.filter(
        (c) => c.blocks[0]!.index >= version.firstBlock && c.blocks[0]!.index < version.endBlock,
      ).length;
      const headings = doc.sections.filter(
        (s) => s.heading && s.heading.index >= version.firstBlock && s.heading.index < version.endBlock,
      ).length;
      if (clauses < MIN_UNMARKED_CLAUSES && headings < 2) return;
    }
    members.push({ doc, part, lang: version.lang, primary: false });
  });
  return members;
}

/** The folder and base name a document shares with its versions by file name (`file:///p/privacy`). */
function nameKey(doc: PolicyDocument): string {
  const uri = decodeURIComponent(doc.uri);
  const slash = uri.lastIndexOf('/');
  const dir = uri.slice(0, slash + 1);
  const name = uri.slice(slash + 1);
  return `file:${dir}${versionName(name)?.base ?? withoutExtension(name).toLowerCase()}`;
}

/**
 * Where each document groups. A `policy-id` decides; a file without one joins its siblings by
 * name, and with them the `policy-id` those siblings share, so that a new `privacy.kk.md` beside a
 * `privacy.ru.md` that carries an id joins it at once, as the README promises. Siblings by name
 * with different ids are separate policies: a file without an id then stays with the others
 * without one.
 */
function groupKeys(docs: readonly PolicyDocument[]): Map<PolicyDocument, string> {
  const idsByName = new Map<string, Set<string>>();
  for (const doc of docs) {
    const id = doc.frontMatter.policyId;
    if (id === undefined) continue;
    const name = nameKey(doc);
    const ids = idsByName.get(name) ?? new Set<string>();
    ids.add(id);
    idsByName.set(name, ids);
  }
  const keys = new Map<PolicyDocument, string>();
  for (const doc of docs) {
    const own = doc.frontMatter.policyId;
    const name = nameKey(doc);
    const siblings = idsByName.get(name);
    const shared = siblings?.size === 1 ? [...siblings][0]! : undefined;
    keys.set(doc, own !== undefined ? `id:${own}` : shared !== undefined ? `id:${shared}` : name);
  }
  return keys;
}

/**
 * Groups documents into the language versions of one policy. Only groups of two versions or more
 * are returned; in each, the primary version comes first, then the others in the order of the
 * configured languages.
 */
export function groupVersions(docs: readonly PolicyDocument[], config: GroupingConfig): VersionGroup[] {
  const byKey = new Map<string, VersionMember[]>();
  const keys = groupKeys(docs);
  for (const doc of docs) {
    const members = versionsOf(doc);
    // A file that holds several versions is a group of its own, unless a policy-id joins it to others.
    const key = members.length > 1 && doc.frontMatter.policyId === undefined ? `doc:${doc.uri}` : keys.get(doc)!;
    const list = byKey.get(key) ?? [];
    list.push(...members);
    byKey.set(key, list);
  }
  const groups: VersionGroup[] = [];
  for (const members of byKey.values()) {
    if (members.length < 2 || new Set(members.map((m) => m.lang)).size < 2) continue;
    groups.push(orderGroup(members, config));
  }
  return groups;
}

/** The group formed by the versions inside one file, if it holds several (cached per document version). */
export function inFileGroup(doc: PolicyDocument, config: GroupingConfig): VersionGroup | null {
  const key = `align/in-file-group/${config.primaryLanguage ?? ''}/${config.languages.join(',')}`;
  if (doc.facts.has(key)) return doc.facts.get(key) as VersionGroup | null;
  const members = versionsOf(doc);
  const group = members.length > 1 && new Set(members.map((m) => m.lang)).size > 1 ? orderGroup(members, config) : null;
  doc.facts.set(key, group);
  return group;
}

function orderGroup(members: VersionMember[], config: GroupingConfig): VersionGroup {
  const rank = (lang: string | null): number => {
    const i = config.languages.indexOf(lang as Lang);
    return i === -1 ? config.languages.length : i;
  };
  const sorted = [...members].sort(
    (a, b) => rank(a.lang) - rank(b.lang) || a.doc.uri.localeCompare(b.doc.uri) || a.part - b.part,
  );
  const primary =
    sorted.find((m) => m.doc.frontMatter.primary === true) ??
    (config.primaryLanguage ? sorted.find((m) => m.lang === config.primaryLanguage) : undefined) ??
    sorted[0]!;
  return { members: [primary, ...sorted.filter((m) => m !== primary)].map((m) => ({ ...m, primary: m === primary })) };
}

/** The member of a group that holds an offset of a document (its version part there). */
export function memberAt(group: VersionGroup, doc: PolicyDocument, offset: number): VersionMember | null {
  const own = group.members.filter((m) => m.doc === doc || m.doc.uri === doc.uri);
  if (own.length <= 1) return own[0] ?? null;
  return (
    own.find((m) => {
      const part = doc.versions[m.part];
      return part !== undefined && offset >= part.span.start && offset < part.span.end;
    }) ?? own[0]!
  );
}

/** The group's primary member. */
export function primaryOf(group: VersionGroup): VersionMember {
  return group.members.find((m) => m.primary) ?? group.members[0]!;
}
