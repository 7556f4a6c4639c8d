// The multilingual policies among our own fixtures: files named `<name>.<lang>.md` in one folder
// are the language versions of one policy. Read at test time, so that a new fixture folder joins
// the tests that walk them (heading topics, fault injection) without being listed twice.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface VersionFile {
  file: string;
  lang: string;
  text: string;
}

export const ROOT = join(import.meta.dirname, '../..');
export const LONG_FIXTURES = join(ROOT, 'test/fixtures/versions-long');

/** The policies of one folder held in two or more language files, by `<folder>/<name>`. */
export function groupsIn(dir: string): Map<string, VersionFile[]> {
  const groups = new Map<string, VersionFile[]>();
  if (!existsSync(dir)) return groups;
  for (const file of readdirSync(dir).sort()) {
    const m = /^([\w-]+)\.([a-z]{2})\.md$/.exec(file);
    if (!m) continue;
    const name = `${relative(ROOT, dir)}/${m[1]!}`;
    const list = groups.get(name) ?? [];
    list.push({ file, lang: m[2]!, text: readFileSync(join(dir, file), 'utf8') });
    groups.set(name, list);
  }
  for (const [name, list] of groups) if (list.length < 2) groups.delete(name);
  return groups;
}

/** The folders just below `dir` (one per long policy). */
export function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((d) => join(dir, d))
    .filter((d) => statSync(d).isDirectory());
}

/** Every multilingual policy of our own: the examples and the version fixtures, long ones included. */
export function ownGroups(): Map<string, VersionFile[]> {
  const dirs = [
    join(ROOT, 'examples'),
    join(ROOT, 'test/fixtures/versions'),
    ...subfolders(join(ROOT, 'test/fixtures/versions')),
    join(ROOT, 'test/fixtures/retention'),
    ...subfolders(LONG_FIXTURES),
  ];
  return new Map(dirs.flatMap((d) => [...groupsIn(d)]));
}
