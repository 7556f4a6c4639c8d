// Word drafts among the files the CLI lints: each is converted in memory (nothing is written) and
// linted as the Markdown its import would give, under that Markdown file's name, so that
// `privacy.kk.docx` groups with `privacy.ru.md` as the Kazakh version. Findings are shown by
// paragraph number and quote, since a .docx has no lines.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { versionName } from '../engine/index.js';
import { isDocxName, markdownNameFor } from '../word/file-names.js';
import { namesIn } from '../workspace/walk.js';
import type { ParagraphLocation } from '../word/paragraphs.js';

export interface WordDraft {
  /** The imported Markdown. */
  text: string;
  /** Where the body starts (after the front matter the import wrote). */
  bodyStart: number;
  /** The URI of the Markdown the import would write: the draft's name among the versions. */
  uri: string;
  /** That Markdown file's path, beside the Word file. */
  markdownPath: string;
  locate: (offset: number) => ParagraphLocation | null;
}

export async function readWordDraft(absolute: string): Promise<WordDraft | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return { problem: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const word = await import('../word/index.js');
  try {
    const result = await word.importDocx(bytes, { fileName: basename(absolute) });
    const markdownPath = join(dirname(absolute), markdownNameFor(basename(absolute)));
    return {
      text: result.markdown,
      bodyStart: result.bodyStart,
      uri: pathToFileURL(markdownPath).toString(),
      markdownPath,
      locate: word.paragraphLocator(result.markdown),
    };
  } catch (error) {
    return { problem: `cannot be read as a Word document (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Word versions beside Markdown drafts (privacy.kk.docx beside privacy.ru.md) that the run did
 * not name: converted so that the drafts are checked against them. A Word file with its imported
 * Markdown beside it is not read: the Markdown stands for it.
 */
export async function wordSiblings(
  markdownDrafts: string[],
  known: ReadonlySet<string>,
): Promise<Map<string, WordDraft>> {
  const out = new Map<string, WordDraft>();
  const folders = new Set<string>();
  for (const draft of markdownDrafts) {
    const own = versionName(basename(draft));
    if (!own) continue;
    const folder = dirname(draft);
    const names = namesIn(folder);
    const present = new Set(names);
    for (const name of names) {
      if (
        !isDocxName(name) ||
        present.has(markdownNameFor(name)) ||
        versionName(markdownNameFor(name))?.base !== own.base
      )
        continue;
      const path = join(folder, name);
      const key = `${folder}\0${name}`;
      if (folders.has(key)) continue;
      folders.add(key);
      const converted = await readWordDraft(path);
      if ('problem' in converted || known.has(converted.uri)) continue;
      out.set(converted.uri, converted);
    }
  }
  return out;
}
