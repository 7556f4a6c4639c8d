// Reads the real policy drafts in ../shared/seeds (plain text copied from websites and PDFs) and
// turns each into Markdown as a lawyer would type it: a title, headings for the short lines that
// head sections, numbered clauses as paragraphs, bullets as lists, lines broken by the PDF joined
// again, and `<!-- lang: xx -->` where a document switches to its next language version.
// Their text is read at test time and never copied into the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../server/src/engine/language/detect.js';

export const SEEDS_DIR = join(import.meta.dirname, '../../../shared/seeds');

export interface Seed {
  id: string;
  file: string;
  raw: string;
  markdown: string;
}

export function seedsAvailable(): boolean {
  return existsSync(SEEDS_DIR);
}

export function loadSeeds(): Seed[] {
  if (!seedsAvailable()) return [];
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(SEEDS_DIR, file), 'utf8');
      return { id: file.slice(0, 3), file, raw, markdown: seedToMarkdown(raw) };
    });
}

const BULLET = /^\s*(?:[•●▪◦·*]|-(?=\s)|\((?:[ivxlc]+|[a-zа-я]|\d+)\)|[a-zа-я]\))\s*/i;
const NUMBERED_HEADING = /^\s*(\d{1,2})\.\s+(\S.{0,110})$/;
const HEADING_END_OK = /[.;:!»”"]\s*$/;
const CLAUSE = /^\s*\d{1,2}\.\d{1,2}\.?/;
const SENTENCE_END = /[.;:!?»”"]\s*$/;

function isHeadingLike(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 110) return false;
  if (SENTENCE_END.test(t) && !/\?\s*$/.test(t)) return false;
  if (/^[\p{Ll}]/u.test(t) || BULLET.test(t) || CLAUSE.test(t)) return false;
  if (/^(?:https?:|mailto:|www\.)/.test(t)) return false;
  if (/^[\d\s+()-]+$/.test(t)) return false;
  // A heading is followed by text, not by the end of the document.
  return next !== undefined;
}

/** Joins lines that a PDF broke in the middle of a sentence. */
function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const t = line.trim();
    if (
      prev !== undefined &&
      prev.trim() !== '' &&
      t !== '' &&
      /^[\p{Ll}(«"]/u.test(t) &&
      !SENTENCE_END.test(prev) &&
      !BULLET.test(t)
    ) {
      out[out.length - 1] = `${prev.trimEnd()} ${t}`;
    } else out.push(line);
  }
  return out;
}

export function seedToMarkdown(raw: string): string {
  const rawLines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  // A PDF's bookmark outline (tab-indented titles) trails some copies: it is not text.
  while (rawLines.length > 0 && (rawLines.at(-1) === '' || rawLines.at(-1)!.startsWith('\t'))) rawLines.pop();
  const lines = joinBrokenLines(rawLines);
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const blocks: string[] = [];
  // In a draft whose sections are numbered, a short unnumbered line is a table cell or a label,
  // not a heading.
  const numberedDraft =
    nonEmpty.filter((l) => NUMBERED_HEADING.test(l.trim()) && !HEADING_END_OK.test(l.trim())).length >= 3;
  let titled = false;
  const headingLines = new Set<number>();
  let currentLang: string | null = null;
  for (let i = 0; i < nonEmpty.length; i++) {
    const line = nonEmpty[i]!.trim();
    const next = nonEmpty[i + 1];
    const lang = detectLanguage(line).lang;
    // A long stretch in another language begins the next version of a multilingual document.
    if (
      lang &&
      currentLang &&
      lang !== currentLang &&
      line.length > 40 &&
      nonEmpty.slice(i, i + 6).filter((l) => detectLanguage(l).lang === lang).length >= 4
    ) {
      blocks.push(`<!-- lang: ${lang} -->`);
      titled = false;
    }
    if (lang && line.length > 40) currentLang = currentLang ?? lang;
    if (lang && blocks.at(-1)?.startsWith('<!-- lang:')) currentLang = lang;
    const numbered = NUMBERED_HEADING.exec(line);
    if (!titled && /policy|политика|саясат/i.test(line) && line.length < 140 && !SENTENCE_END.test(line)) {
      blocks.push(`# ${line}`);
      titled = true;
    } else if (numbered && !HEADING_END_OK.test(line)) {
      blocks.push(`## ${numbered[1]}. ${numbered[2]!.trim()}`);
    } else if (BULLET.test(line)) {
      blocks.push(`- ${line.replace(BULLET, '').replace(/([*_[\]])/g, '\\$1')}`);
    } else if (!numberedDraft && isHeadingLike(line, next) && titled) {
      // A title broken over several short lines ("Annex No. 1 / To the Privacy Policy of …")
      // is one heading.
      const prev = blocks.at(-1);
      if (prev?.startsWith('## ') && prev.length + line.length < 160 && headingLines.has(blocks.length - 1))
        blocks[blocks.length - 1] = `${prev} ${line}`;
      else {
        blocks.push(`## ${line}`);
        headingLines.add(blocks.length - 1);
      }
    } else {
      blocks.push(line.replace(/([*_[\]<>])/g, '\\$1').replace(/^(\d+)\.(\s)/, '$1\\.$2'));
    }
  }
  // Consecutive list items stay one list; everything else is separated by blank lines.
  let out = '';
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    out += i === 0 ? b : prev?.startsWith('- ') && b.startsWith('- ') ? `\n${b}` : `\n\n${b}`;
  });
  return `${out}\n`;
}
