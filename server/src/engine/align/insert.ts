// Inserting the primary version's text into a version that lacks it, marked for translation with
// `<!-- pplint: translate -->`, so that the version is complete at once and the translator finds
// what is left to do. The comment goes on a line of its own above a paragraph or a section, and
// at the end of the line of a list item or inside the first cell of a table row, where a line of
// its own would break the list or the table.
import type { Block, PolicyDocument } from '../model/document.js';
import type { TextEdit } from '../types.js';

export const TRANSLATE_MARKER = '<!-- pplint: translate -->';
const MARKER = /<!--\s*pplint:\s*translate\s*-->/;

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The source of some blocks, from the start of the first one's line (its list marker, its pipe). */
export function sourceOf(doc: PolicyDocument, first: Block, last: Block): string {
  const start = first.core.cell
    ? lineStart(doc.text, first.start)
    : Math.min(first.start, lineStart(doc.text, first.start));
  const end = last.core.cell ? endOfLine(doc.text, last.end) : last.end;
  return doc.text.slice(start, end).replace(/\s+$/, '');
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

type Shape = 'paragraph' | 'item' | 'row';

function shapeOf(block: Block): Shape {
  if (block.core.cell) return 'row';
  return block.core.listDepth > 0 ? 'item' : 'paragraph';
}

function mark(source: string, shape: Shape): string {
  if (shape === 'row') return source.replace(/^(\s*\|?)/, `$1 ${TRANSLATE_MARKER}`);
  if (shape === 'item') {
    const nl = source.indexOf('\n');
    return nl === -1
      ? `${source} ${TRANSLATE_MARKER}`
      : `${source.slice(0, nl)} ${TRANSLATE_MARKER}${source.slice(nl)}`;
  }
  return `${TRANSLATE_MARKER}\n${source}`;
}

/**
 * The edit that inserts `source` (text of the primary version whose first block is `sample`)
 * before the block `before` or after the block `after` of the document that lacks it.
 */
export function insertionEdit(
  doc: PolicyDocument,
  source: string,
  sample: Block,
  where: { before?: Block | null; after?: Block | null },
): TextEdit | null {
  const shape = shapeOf(sample);
  const text = mark(source, shape);
  const tight = (other: Block): boolean => shape !== 'paragraph' && shapeOf(other) === shape;
  if (where.before) {
    const at = where.before.core.cell
      ? lineStart(doc.text, where.before.start)
      : lineStart(doc.text, where.before.start);
    return { start: at, end: at, text: `${text}${tight(where.before) ? '\n' : '\n\n'}` };
  }
  if (where.after) {
    const at = where.after.core.cell ? endOfLine(doc.text, where.after.end) : where.after.end;
    return { start: at, end: at, text: `${tight(where.after) ? '\n' : '\n\n'}${text}` };
  }
  return null;
}

/** The blocks that a `<!-- pplint: translate -->` comment marks as waiting for translation. */
export function markedForTranslation(doc: PolicyDocument): Set<Block> {
  let marked = doc.facts.get('align/marked') as Set<Block> | undefined;
  if (marked) return marked;
  marked = new Set();
  for (const comment of doc.comments) {
    if (!MARKER.test(comment.value)) continue;
    const start = comment.base + comment.start;
    const end = comment.base + comment.end;
    // The comment inside a block (end of a list item's line, a table cell) or right above it.
    const block = doc.blocks.find(
      (b) => b.type !== 'html' && ((b.start <= start && end <= b.end + 1) || b.start >= end),
    );
    if (!block) continue;
    marked.add(block);
    // A marked table row: every cell of it.
    if (block.core.cell) for (const b of block.clause?.blocks ?? []) marked.add(b);
  }
  doc.facts.set('align/marked', marked);
  return marked;
}
