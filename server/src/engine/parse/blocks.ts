// Turns the Markdown tree of one chunk into flat text blocks: headings, paragraphs, table cells,
// code and HTML. Every block keeps its plain text and a map from each character of that text back
// to its place in the source, so that facts found in the text get exact source ranges.
import type { Nodes, Parents, Root, RootContent } from 'mdast';

export type BlockType = 'heading' | 'paragraph' | 'tableCell' | 'code' | 'html' | 'frontmatter';

export interface BlockCore {
  type: BlockType;
  /** Source range, relative to the start of the chunk. */
  start: number;
  end: number;
  /** The plain text a reader sees (inline markup removed). */
  text: string;
  /** For each index of `text` (and one past its end): the chunk-relative source offset. */
  map: Int32Array;
  /** Heading level 1-6; 0 for other blocks. */
  depth: number;
  /** How many list items contain the block. */
  listDepth: number;
  /** The list marker ("4.", "-", "a)") when the block opens a list item. */
  listMarker?: string;
  /** Inside a block quote. */
  quoted: boolean;
  /** A paragraph wholly in bold: drafts converted from Word use these as headings. */
  bold: boolean;
  /** Position inside a GFM table of this chunk. */
  cell?: { table: number; row: number; column: number };
  /** Facts computed from this block alone, cached with it across edits. */
  readonly memo: Map<string, unknown>;
}

/** An HTML comment anywhere in the chunk (block or inline): directives and language markers. */
export interface CommentCore {
  start: number;
  end: number;
  value: string;
}

export interface ChunkContent {
  blocks: BlockCore[];
  comments: CommentCore[];
}

interface Context {
  listDepth: number;
  quoted: boolean;
  /** Set until the first block of a list item takes it. */
  itemMarker: string | null;
}

export function collectBlocks(tree: Root, source: string, limit: number): ChunkContent {
  const out: ChunkContent = { blocks: [], comments: [] };
  let tables = 0;

  const visit = (node: RootContent, ctx: Context): void => {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
    const start = pos.start.offset;
    const end = Math.min(pos.end.offset, limit);
    if (start >= limit) return;
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const block = inlineBlock(node, node.type, source, start, end, ctx);
        if (node.type === 'heading') block.depth = node.depth;
        else block.bold = node.children.length > 0 && node.children.every((c) => c.type === 'strong' || (c.type === 'text' && c.value.trim() === ''));
        if (ctx.itemMarker !== null) {
          block.listMarker = ctx.itemMarker;
          ctx.itemMarker = null;
        }
        out.blocks.push(block);
        collectComments(node, out.comments, limit);
        return;
      }
      case 'table': {
        const table = tables++;
        node.children.forEach((row, r) =>
          row.children.forEach((cell, c) => {
            const cs = cell.position?.start.offset ?? start;
            const ce = cell.position?.end.offset ?? cs;
            const block = inlineBlock(cell, 'tableCell', source, cs, ce, ctx);
            trimCell(block, source);
            block.cell = { table, row: r, column: c };
            out.blocks.push(block);
            collectComments(cell, out.comments, limit);
          }),
        );
        return;
      }
      case 'code':
        out.blocks.push(rawBlock('code', clip(node.value, pos.end.offset, limit, source), start, end, ctx));
        return;
      case 'yaml':
        out.blocks.push(rawBlock('frontmatter', node.value, start, end, ctx));
        return;
      case 'html':
        out.blocks.push(rawBlock('html', pos.end.offset > limit ? source.slice(start, limit) : node.value, start, end, ctx));
        if (node.value.startsWith('<!--')) out.comments.push({ start, end, value: node.value });
        return;
      case 'list':
        node.children.forEach((item, index) => {
          const itemStart = item.position?.start.offset ?? start;
          // An ordered list shows its items numbered from its start, whatever numbers the source repeats.
          const marker = node.ordered ? `${(node.start ?? 1) + index}${orderedDelimiter(source, itemStart)}` : source.slice(itemStart, itemStart + 1);
          const inner: Context = { listDepth: ctx.listDepth + 1, quoted: ctx.quoted, itemMarker: marker };
          for (const child of item.children) visit(child, inner);
        });
        return;
      case 'blockquote': {
        const inner: Context = { ...ctx, quoted: true };
        for (const child of node.children) visit(child, inner);
        return;
      }
      case 'footnoteDefinition':
        for (const child of node.children) visit(child, ctx);
        return;
      default:
        return; // thematic breaks and definitions carry no text
    }
  };

  for (const node of tree.children) visit(node, { listDepth: 0, quoted: false, itemMarker: null });
  return out;
}

function orderedDelimiter(source: string, itemStart: number): string {
  const m = /^\s*\d+([.)])/.exec(source.slice(itemStart, itemStart + 12));
  return m ? m[1]! : '.';
}

/**
 * An unclosed fence at the end of a chunk runs on into the definitions parsed after the chunk;
 * cut its value where the chunk ends, as a whole-document parse would.
 */
function clip(value: string, nodeEnd: number, limit: number, source: string): string {
  if (nodeEnd <= limit) return value;
  // The input is the chunk, "\n\n", the definitions and "\n"; the value lacks that last "\n",
  // and a whole-document parse would also drop the chunk's own final line break.
  const extra = source.length - limit - (source[limit - 1] === '\n' ? 0 : 1);
  return value.slice(0, Math.max(0, value.length - extra));
}

function newBlock(type: BlockType, start: number, end: number, ctx: Context): BlockCore {
  return { type, start, end, text: '', map: new Int32Array(0), depth: 0, listDepth: ctx.listDepth, quoted: ctx.quoted, bold: false, memo: new Map() };
}

function rawBlock(type: BlockType, value: string, start: number, end: number, ctx: Context): BlockCore {
  const block = newBlock(type, start, end, ctx);
  block.text = value;
  block.map = new Int32Array(value.length + 1).fill(start);
  return block;
}

function inlineBlock(node: Parents, type: BlockType, source: string, start: number, end: number, ctx: Context): BlockCore {
  const block = newBlock(type, start, end, ctx);
  const text: string[] = [];
  const map: number[] = [];
  appendInline(node, source, text, map);
  block.text = text.join('');
  map.push(map.length > 0 ? lastSourceEnd(node, end) : end);
  block.map = Int32Array.from(map);
  return block;
}

function lastSourceEnd(node: Parents, fallback: number): number {
  const last = node.children[node.children.length - 1];
  return last?.position?.end.offset ?? fallback;
}

function appendInline(node: Parents, source: string, text: string[], map: number[]): void {
  for (const child of node.children as Nodes[]) {
    const pos = child.position;
    const start = pos?.start.offset ?? 0;
    const end = pos?.end.offset ?? start;
    switch (child.type) {
      case 'text':
      case 'inlineCode':
        align(child.value, source, start, end, text, map);
        break;
      case 'break':
        text.push('\n');
        map.push(start);
        break;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in child) appendInline(child, source, text, map);
    }
  }
}

/**
 * Maps each character of a node's value to the source: the value equals the source but for
 * removed escapes, entities and continuation-line indentation, so walk both and skip what the
 * value lacks. Characters that cannot be matched keep the last matched offset.
 */
function align(value: string, source: string, start: number, end: number, text: string[], map: number[]): void {
  text.push(value);
  if (source.slice(start, end) === value) {
    for (let i = 0; i < value.length; i++) map.push(start + i);
    return;
  }
  let s = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let probe = s;
    while (probe < end && source[probe] !== ch) probe++;
    if (probe < end) {
      map.push(probe);
      s = probe + 1;
    } else {
      map.push(Math.min(s, end));
    }
  }
}

/** Table cells include their pipes and padding; keep only the content. */
function trimCell(block: BlockCore, source: string): void {
  let s = block.start;
  let e = block.end;
  if (source[s] === '|') s++;
  if (e > s && source[e - 1] === '|' && source[e - 2] !== '\\') e--;
  while (s < e && /\s/.test(source[s]!)) s++;
  while (e > s && /\s/.test(source[e - 1]!)) e--;
  block.start = s;
  block.end = Math.max(s, e);
  if (block.text === '') block.map = new Int32Array([block.start]);
}

function collectComments(node: Parents, comments: CommentCore[], limit: number): void {
  for (const child of node.children as Nodes[]) {
    if (child.type === 'html' && child.value.startsWith('<!--')) {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start !== undefined && end !== undefined && start < limit) comments.push({ start, end, value: child.value });
    } else if ('children' in child) {
      collectComments(child, comments, limit);
    }
  }
}
