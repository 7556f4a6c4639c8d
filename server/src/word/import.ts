// .docx → Markdown draft: prepareDocx (numbers as text, outline levels, what cannot be kept),
// mammoth (→ HTML), htmlToMarkdown (→ GFM), then front matter and one summary of what was lost.
import mammoth from 'mammoth';
import { stringify } from 'yaml';
import { detectLanguage } from '../engine/language/detect.js';
import { docxVersionName } from './file-names.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { OUTLINE_STYLE_NAME, prepareDocx, type DocxFindings } from './prepare.js';

export interface ImportOptions {
  /** The Word file's name (no folder): it becomes `source:` and may name the language. */
  fileName?: string;
}

export interface ImportResult {
  /** The Markdown draft with its front matter. */
  markdown: string;
  /** Where the body starts in `markdown` (after the front matter). */
  bodyStart: number;
  language: string | null;
  findings: DocxFindings;
  /** One sentence per thing that could not be kept as it was; empty when everything was. */
  notes: string[];
  /** Tables whose merged cells were flattened (a count of the notes, for a caller that words them itself). */
  mergedTables: number;
}

/**
 * Word's Title and headings, and the outline levels prepareDocx turned into styles. A document
 * with a Title has it as its one top heading, so its Heading n becomes a level deeper.
 */
function styleMap(hasTitle: boolean): string[] {
  const shift = hasTitle ? 1 : 0;
  const level = (n: number): number => Math.min(n + shift, 6);
  return [
    "p[style-name='Title'] => h1:fresh",
    ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
      `p[style-name='heading ${n}'] => h${level(n)}:fresh`,
      `p[style-name='${OUTLINE_STYLE_NAME} ${n}'] => h${level(n)}:fresh`,
    ]),
  ];
}

export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const prepared = await prepareDocx(bytes);
  const converted = await mammoth.convertToHtml(
    { buffer: prepared.buffer },
    { styleMap: styleMap(prepared.findings.hasTitle), ignoreEmptyParagraphs: true },
  );
  const { markdown: body, changes } = await htmlToMarkdown(converted.value);
  const language = docxVersionName(options.fileName ?? '')?.language ?? detectLanguage(body).lang;
  const front = prepared.findings.storedFrontMatter ?? frontMatter(language, options.fileName);
  const head = front.endsWith('\n') ? front : `${front}\n`;
  const markdown = `${head}\n${body.trimEnd()}\n`;
  return {
    markdown,
    bodyStart: head.length + 1,
    language,
    findings: prepared.findings,
    notes: notesOf(prepared.findings, changes.mergedTables),
    mergedTables: changes.mergedTables,
  };
}

function frontMatter(language: string | null, fileName: string | undefined): string {
  const fields: Record<string, string> = {};
  if (language) fields.lang = language;
  fields.policy = 'privacy';
  if (fileName) fields.source = fileName;
  return `---\n${stringify(fields)}---\n`;
}

function notesOf(f: DocxFindings, mergedTables: number): string[] {
  const notes: string[] = [];
  if (f.trackedChanges > 0)
    notes.push(
      `${f.trackedChanges} tracked change${plural(f.trackedChanges)}: the text is taken as if every change were accepted (insertions kept, deletions left out).`,
    );
  if (f.comments > 0) notes.push(`${f.comments} comment${plural(f.comments)}: not kept.`);
  if (f.images > 0) notes.push(`${f.images} image${plural(f.images)}: not kept.`);
  if (f.textBoxes > 0)
    notes.push(
      `${f.textBoxes} text box${f.textBoxes === 1 ? '' : 'es'}: the text is kept where the box is anchored, without its frame.`,
    );
  if (mergedTables > 0)
    notes.push(
      `${mergedTables} table${plural(mergedTables)} with merged cells: flattened, each merged text in the first of its cells, with a note below the table.`,
    );
  return notes;
}

/** What a reviewer should know before importing: tracked changes and comments. */
export function reviewWarning(f: Pick<DocxFindings, 'trackedChanges' | 'comments'>): string | null {
  const parts: string[] = [];
  if (f.trackedChanges > 0) parts.push(`${f.trackedChanges} tracked change${plural(f.trackedChanges)}`);
  if (f.comments > 0) parts.push(`${f.comments} comment${plural(f.comments)}`);
  if (parts.length === 0) return null;
  return `The document has ${parts.join(' and ')}. The import takes the text as if every change were accepted${f.comments > 0 ? ' and leaves the comments out' : ''}.`;
}

const plural = (n: number): string => (n === 1 ? '' : 's');
