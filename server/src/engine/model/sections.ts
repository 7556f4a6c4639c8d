// The section tree: Markdown headings, paragraphs wholly in bold that stand alone as headings do
// in drafts converted from Word, and title lines written without any mark ("SECURITY",
// "Changes to This Policy", «БЕЗОПАСНОСТЬ», «Қауіпсіздік») between body paragraphs. Each section
// runs to the next heading of the same or a higher level.
import type { Block, Section } from './document.js';
import { memoKind, recall, remember } from '../parse/memo.js';

const TITLE_LIKE = memoKind('model/title-like');
const TITLE = memoKind('title');

const MAX_IMPLICIT_HEADING = 120;
const MAX_TITLE_LINE = 80;
/** Body text after a title line: a paragraph at least this long, or a list. */
const MIN_BODY = 40;
const MAX_TITLE_WORDS = 8;

export function isImplicitHeading(block: Block): boolean {
  const core = block.core;
  if (core.type !== 'paragraph' || !core.bold || core.listDepth > 0 || core.quoted || core.cell) return false;
  const text = block.text.trim();
  return text.length > 0 && text.length <= MAX_IMPLICIT_HEADING && !/[:;,]$/.test(text) && !text.includes('\n');
}

/**
 * A line that reads as a title: a paragraph of one short line in capitals or Title Case, without
 * digits (a date, an address, a sum), links or closing punctuation (a sentence). Whether it is a
 * heading also depends on its neighbours (see `isTitleLine`). Cached with the block.
 */
function looksLikeTitle(block: Block): boolean {
  const cached = recall<boolean>(block.core, TITLE_LIKE);
  if (cached !== undefined) return cached;
  const core = block.core;
  let title = false;
  if (
    core.type === 'paragraph' &&
    !core.bold &&
    core.listDepth === 0 &&
    !core.quoted &&
    !core.cell &&
    !block.text.includes('\n')
  ) {
    const text =
      block.text.length > MAX_TITLE_LINE + 20
        ? ''
        : (block.number ? block.text.slice(block.number.textEnd) : block.text).trim();
    const capitals = text.length <= MAX_TITLE_LINE ? (text.match(/\p{Lu}/gu) ?? []).length : 0;
    if (
      text.length >= 2 &&
      text.length <= MAX_TITLE_LINE &&
      capitals > 0 &&
      !/[\d@/\\[\]()<>|*_`]|https?:|[,:;!?…]$/u.test(text)
    ) {
      const words = text.split(/\s+/);
      if (!/\p{Ll}/u.test(text)) title = capitals >= 3 || words.length === 1;
      else if (!/[.]$/.test(text) && words.length <= MAX_TITLE_WORDS && /^\p{Lu}/u.test(words[0]!)) {
        // Title Case: every word of four letters or more begins with a capital ("Changes to This
        // Policy"); a one-word title is capitalised («Қауіпсіздік»).
        title = words.every((w) => w.replace(/[^\p{L}]/gu, '').length < 4 || /^[\p{Lu}«"“'(]/u.test(w));
      }
    }
  }
  remember(block.core, TITLE_LIKE, title);
  return title;
}

/**
 * A title line is a heading when it stands alone (the paragraph before it is finished and is not
 * another title, as in a table of contents or a table that lost its grid) and body text follows it
 * (not a name over a position, as in a signature block).
 */
function isTitleLine(block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  // Most blocks are long paragraphs: rejected before any look-up.
  if (block.type !== 'paragraph' || block.text.length > MAX_TITLE_LINE + 20 || !next || next.type !== 'paragraph')
    return false;
  if (!looksLikeTitle(block)) return false;
  if (previous && previous.type === 'paragraph') {
    if (looksLikeTitle(previous) || isImplicitHeading(previous)) return false;
    if (previous.core.listDepth === 0 && !/[.!?;…»"”)\]]$/u.test(previous.text.trimEnd())) return false;
  }
  if (looksLikeTitle(next) || isImplicitHeading(next)) return false;
  return next.core.listDepth > 0 || next.text.trim().length >= MIN_BODY;
}

export function headingTitle(block: Block): string {
  let title = recall<string>(block.core, TITLE);
  if (title === undefined) {
    const text = block.number ? block.text.slice(block.number.textEnd) : block.text;
    title = remember(block.core, TITLE, text.replace(/\s+/g, ' ').trim().replace(/[.:]$/, '').trim());
  }
  return title;
}

/**
 * @param partStarts indices of the blocks that begin a language version after the first (see
 *   versions.ts): no section runs from one version into the next, and each version opens with a
 *   section without heading (level 0) for the text before its first heading.
 */
export function buildSections(blocks: Block[], textLength: number, partStarts?: ReadonlySet<number>): Section[] {
  const root: Section = {
    index: 0,
    heading: null,
    level: 0,
    title: '',
    number: null,
    span: { start: 0, end: textLength },
    parent: null,
    children: [],
    blocks: [],
    kinds: [],
    implicit: false,
  };
  const sections: Section[] = [root];
  const open: Section[] = [root];
  let lastExplicitLevel = 1;
  blocks.forEach((block, i) => {
    if (partStarts?.has(block.index) && block.index > 0) {
      while (open.length > 1) close(open.pop()!, block.start);
      const preamble: Section = {
        index: sections.length,
        heading: null,
        level: 0,
        title: '',
        number: null,
        span: { start: block.start, end: textLength },
        parent: null,
        children: [],
        blocks: [],
        kinds: [],
        implicit: false,
      };
      sections.push(preamble);
      open[0] = preamble;
      lastExplicitLevel = 1;
    }
    const implicit =
      block.type !== 'heading' && (isImplicitHeading(block) || isTitleLine(block, blocks[i - 1], blocks[i + 1]));
    if (block.type === 'heading' || implicit) {
      const level = implicit ? Math.min(6, lastExplicitLevel + 1) : block.core.depth;
      if (!implicit) lastExplicitLevel = level;
      while (open.length > 1 && open[open.length - 1]!.level >= level) close(open.pop()!, block.start);
      const parent = open[open.length - 1]!;
      const section: Section = {
        index: sections.length,
        heading: block,
        level,
        title: headingTitle(block),
        number: block.number,
        span: { start: block.start, end: textLength },
        parent,
        children: [],
        blocks: [],
        kinds: [],
        implicit,
      };
      parent.children.push(section);
      sections.push(section);
      open.push(section);
    }
    const current = open[open.length - 1]!;
    block.section = current;
    current.blocks.push(block);
  });
  // The text before the first heading (of the file, or of a version) ends at that heading.
  for (const section of sections)
    if (section.level === 0 && sections[section.index + 1]) section.span.end = sections[section.index + 1]!.span.start;
  return sections;
}

function close(section: Section, at: number): void {
  section.span.end = at;
}
