// The section tree: Markdown headings, and paragraphs wholly in bold that stand alone as
// headings do in drafts converted from Word. Each section runs to the next heading of the same
// or a higher level.
import type { Block, Section } from './document.js';

const MAX_IMPLICIT_HEADING = 120;

export function isImplicitHeading(block: Block): boolean {
  const core = block.core;
  if (core.type !== 'paragraph' || !core.bold || core.listDepth > 0 || core.quoted || core.cell) return false;
  const text = block.text.trim();
  return text.length > 0 && text.length <= MAX_IMPLICIT_HEADING && !/[:;,]$/.test(text) && !text.includes('\n');
}

export function headingTitle(block: Block): string {
  let title = block.core.memo.get('title') as string | undefined;
  if (title === undefined) {
    const text = block.number ? block.text.slice(block.number.textEnd) : block.text;
    title = text.replace(/\s+/g, ' ').trim().replace(/[.:]$/, '').trim();
    block.core.memo.set('title', title);
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
    index: 0, heading: null, level: 0, title: '', number: null, span: { start: 0, end: textLength },
    parent: null, children: [], blocks: [], kinds: [], implicit: false,
  };
  const sections: Section[] = [root];
  const open: Section[] = [root];
  let lastExplicitLevel = 1;
  for (const block of blocks) {
    if (partStarts?.has(block.index) && block.index > 0) {
      while (open.length > 1) close(open.pop()!, block.start);
      const preamble: Section = {
        index: sections.length, heading: null, level: 0, title: '', number: null, span: { start: block.start, end: textLength },
        parent: null, children: [], blocks: [], kinds: [], implicit: false,
      };
      sections.push(preamble);
      open[0] = preamble;
      lastExplicitLevel = 1;
    }
    const implicit = block.type !== 'heading' && isImplicitHeading(block);
    if (block.type === 'heading' || implicit) {
      const level = implicit ? Math.min(6, lastExplicitLevel + 1) : block.core.depth;
      if (!implicit) lastExplicitLevel = level;
      while (open.length > 1 && open[open.length - 1]!.level >= level) close(open.pop()!, block.start);
      const parent = open[open.length - 1]!;
      const section: Section = {
        index: sections.length, heading: block, level, title: headingTitle(block), number: block.number,
        span: { start: block.start, end: textLength }, parent, children: [], blocks: [], kinds: [], implicit,
      };
      parent.children.push(section);
      sections.push(section);
      open.push(section);
    }
    const current = open[open.length - 1]!;
    block.section = current;
    current.blocks.push(block);
  }
  // The text before the first heading (of the file, or of a version) ends at that heading.
  for (const section of sections) if (section.level === 0 && sections[section.index + 1]) section.span.end = sections[section.index + 1]!.span.start;
  return sections;
}

function close(section: Section, at: number): void {
  section.span.end = at;
}
