// A .docx has no lines: a finding in a Word draft is shown by its paragraph number and a quote.
// The paragraphs are counted in the imported Markdown as Word counts what a reader sees: each
// heading, paragraph, list item and table row is one; the front matter is not counted.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { lastStartingAt } from '../engine/model/search.js';

export interface ParagraphLocation {
  /** 1-based. */
  paragraph: number;
  /** The start of the paragraph's text, shortened to a quote. */
  quote: string;
}

const QUOTE_LENGTH = 60;

/** Finds, for an offset in the imported Markdown, its paragraph and a quote of the text there. */
export function paragraphLocator(markdown: string): (offset: number) => ParagraphLocation | null {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root;
  const starts: Array<{ start: number; end: number }> = [];
  const visit = (node: Nodes): void => {
    const counted =
      node.type === 'heading' || node.type === 'tableRow' || node.type === 'paragraph' || node.type === 'code';
    if (counted && node.position) {
      starts.push({ start: node.position.start.offset!, end: node.position.end.offset! });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return (offset) => {
    // The last paragraph starting at or before the offset (binary search: starts are in order).
    const found = lastStartingAt(starts, offset, (p) => p.start);
    if (found < 0) return null;
    const { start, end } = starts[found]!;
    const from = offset <= end ? Math.max(start, offset) : start;
    return { paragraph: found + 1, quote: quoteOf(markdown.slice(from, Math.min(end, from + QUOTE_LENGTH * 4))) };
  };
}

function quoteOf(source: string): string {
  // Markdown marks are not what the lawyer sees in Word; a table row's cells are joined by " | ".
  const text = source
    .replace(/^[#>\s-]*/, '')
    .replace(/\*\*|__|\\(?=[^\s])/g, '')
    .split('|')
    .map((cell) => cell.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
}
