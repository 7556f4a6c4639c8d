// Inserting a new section into a policy: the one place that decides its heading's level, form and
// number and the blank lines around it, for the missing-section suggestion, the checklist's +
// button and the clause library alike. A number is given only when it is free: after «## 7.» the
// new section is «## 8.» when no sibling already is 8; otherwise it gets no number and says so,
// since renumbering the sections after it (and every reference to them) is the lawyer's call.
import type { PolicyDocument, Section } from '../model/document.js';
import type { Span, TextEdit } from '../types.js';
import { childrenAt, enclosingSection } from '../model/section-index.js';

export interface SectionPlace {
  /** Where the section goes: the start of a heading line, or the end of a section or of the text. */
  offset: number;
  /** The heading level of the sections it will stand beside (1-6). */
  level: number;
  /** Write the heading as a bold paragraph, as neighbours without Markdown headings do. */
  implicit?: boolean;
}

/**
 * `numbered`: it continues its neighbours' numbering; `unnumbered`: its neighbours have no numbers;
 * `needs-attention`: every number would repeat a neighbour's, so it has none and the sections
 * after it need renumbering.
 */
export type Numbering = 'numbered' | 'unnumbered' | 'needs-attention';

export interface SectionInsertion {
  edit: TextEdit;
  /** The heading line as inserted («## 8. Retention»). */
  headingLine: string;
  numbering: Numbering;
  /** Where the first blank («[…]», «___», «{{…}}») of the new text is once the edit is applied, to select it. */
  blank: Span | null;
}

/** The sections at the place's level under the same parent as the offset. */
function siblingsAt(doc: PolicyDocument, place: SectionPlace): Section[] {
  return childrenAt(doc.sections, enclosingSection(doc.sections, place.offset, place.level), place.level);
}

/** A sibling's number as written («7.», «4.1)»), when it is in Arabic figures. */
function writtenNumber(s: Section): string | null {
  if (!s.number || !s.heading) return null;
  const words = s.heading.text.slice(0, s.number.textEnd).trim();
  return /^\d/.test(words) ? words : null;
}

function key(parts: readonly number[]): string {
  return parts.join('.');
}

/** The number the new section takes, and how its numbering stands. */
function numberFor(siblings: Section[], offset: number): { number: string | null; numbering: Numbering } {
  const numbered = siblings.filter((s) => writtenNumber(s) !== null);
  if (numbered.length === 0) return { number: null, numbering: 'unnumbered' };
  const taken = new Set(numbered.map((s) => key(s.number!.parts)));
  const previous = [...numbered].reverse().find((s) => s.heading!.start < offset);
  const following = numbered.find((s) => s.heading!.start >= offset);
  const model = previous ?? following!;
  const parts = [...model.number!.parts];
  parts[parts.length - 1]! += previous ? 1 : -1;
  if (parts[parts.length - 1]! < 1 || taken.has(key(parts))) return { number: null, numbering: 'needs-attention' };
  return { number: writtenNumber(model)!.replace(/^\d+(?:\.\d+)*/, key(parts)), numbering: 'numbered' };
}

/** The blank lines the inserted text needs to stand as blocks of its own at this offset. */
function framed(text: string, offset: number, body: string): { text: string; lead: number } {
  let prefix = '';
  if (offset >= text.length)
    prefix = text.endsWith('\n\n') || text.length === 0 ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  else if (offset > 0 && text[offset - 1] !== '\n') prefix = '\n\n';
  else if (offset > 1 && text[offset - 2] !== '\n') prefix = '\n';
  return { text: `${prefix}${body}\n\n`, lead: prefix.length };
}

/** The first blank in a template text (a linear scan; a bracket never spans lines). */
export function firstBlank(text: string): Span | null {
  const m = /\[[^[\]\n]{1,200}\]|\{\{[^{}\n]{0,200}\}\}|_{3,}/.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * The edit that inserts a section with `heading` (its title, without a number) and `body` (its
 * text, blanks in brackets) at `place`, numbered as its neighbours are.
 */
export function insertSection(
  doc: PolicyDocument,
  place: SectionPlace,
  heading: string,
  body: string,
): SectionInsertion {
  const { number, numbering } = numberFor(siblingsAt(doc, place), place.offset);
  const words = `${number ? `${number} ` : ''}${heading.trim()}`;
  const headingLine = place.implicit ? `**${words}**` : `${'#'.repeat(Math.min(6, Math.max(1, place.level)))} ${words}`;
  const content = `${headingLine}\n\n${body.trim()}`;
  const { text, lead } = framed(doc.text, place.offset, content);
  const blank = firstBlank(content);
  return {
    edit: { start: place.offset, end: place.offset, text },
    headingLine,
    numbering,
    blank: blank ? { start: place.offset + lead + blank.start, end: place.offset + lead + blank.end } : null,
  };
}
