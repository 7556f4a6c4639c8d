// Word files among the drafts: `privacy.kk.docx` is the Kazakh version of the policy whose
// Russian version is `privacy.ru.md`. The engine's naming convention (version-names.ts) reads
// Markdown names, so a Word file is known by the Markdown name its import would get.
import { versionName, type VersionName } from '../engine/index.js';

export function isDocxName(name: string): boolean {
  return /\.docx$/i.test(name) && !name.startsWith('~$');
}

/** `privacy.kk.docx` → `privacy.kk.md`; other names as they are. */
export function markdownNameFor(name: string): string {
  return isDocxName(name) ? `${name.slice(0, -'.docx'.length)}.md` : name;
}

/** The version a Word file's name names, as if it were Markdown. */
export function docxVersionName(name: string): VersionName | null {
  return isDocxName(name) ? versionName(markdownNameFor(name)) : null;
}
