// Turns the Markdown tree of one chunk into flat text blocks: headings, paragraphs, table cells,
// code and HTML. Every block keeps its plain text and a map from each character of that text back
// to its place in the source, so that facts found in the text get exact source ranges.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { attributeListStart } from './attribute-list.js';
import type { PlainTextNote } from './plain-runs.js';
import { NO_MEMO } from './memo.js';
import { SourceMap } from './source-map.js';

export type BlockType = 'heading' | 'paragraph' | 'tableCell' | 'code' | 'html' | 'frontmatter';

/** Whether a block is prose: code, HTML and front matter are markup or data, and state nothing. */
export function isProse(block: { type: BlockType }): boolean {
  return block.type !== 'code' && block.type !== 'html' && block.type !== 'frontmatter';
}

export interface BlockCore {
  type: BlockType;
  /** Source range, relative to the start of the chunk. */
  start: number;
  end: number;
  /** The plain text a reader sees (inline markup removed). */
  text: string;
  /** For each index of `text` (and one past its end): the chunk-relative source offset. */
  map: SourceMap;
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
  /** Facts computed from this block alone, cached with it across edits: slots by kind (memo.ts). */
  memo: readonly unknown[];
  /** The targets of its inline links, with the range of `text` each link's words cover. */
  links?: LinkTarget[];
}

/** Where a link points ("/terms", "https://…"), and the indices into the block's text of its words. */
export interface LinkTarget {
  url: string;
  start: number;
  end: number;
}

/** An HTML comment anywhere in the chunk (block or inline): directives and language markers. */
export interface CommentCore {
  start: number;
  end: number;
  value: string;
}

/** Something the parse could not read as written (a line nested too deep, a block too long), chunk-relative. */
export type ParseNote = DeepNestingNote | PlainTextNote;

export interface DeepNestingNote {
  start: number;
  end: number;
  id: 'parse/deep-nesting';
  depth: number;
}

export interface ChunkContent {
  blocks: BlockCore[];
  comments: CommentCore[];
  notes?: ParseNote[];
}

interface Context {
  listDepth: number;
  quoted: boolean;
  /** Set until the first block of a list item takes it. */
  itemMarker: string | null;
}

/** The blocks of the nodes that start in [from, limit) of `source`. */
export function collectBlocks(tree: Root, source: string, limit: number, from = 0): ChunkContent {
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
        if (node.type === 'heading') {
          block.depth = node.depth;
          cutAttributeList(block);
        } else
          block.bold =
            node.children.length > 0 &&
            node.children.every((c) => c.type === 'strong' || (c.type === 'text' && c.value.trim() === ''));
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
        out.blocks.push(
          rawBlock('html', pos.end.offset > limit ? source.slice(start, limit) : node.value, start, end, ctx),
        );
        if (node.value.startsWith('<!--')) out.comments.push({ start, end, value: node.value });
        return;
      case 'list':
        node.children.forEach((item, index) => {
          const itemStart = item.position?.start.offset ?? start;
          // An ordered list shows its items numbered from its start, whatever numbers the source repeats.
          const marker = node.ordered
            ? `${(node.start ?? 1) + index}${orderedDelimiter(source, itemStart)}`
            : source.slice(itemStart, itemStart + 1);
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

  for (const node of tree.children) {
    if ((node.position?.start.offset ?? 0) >= from) visit(node, { listDepth: 0, quoted: false, itemMarker: null });
  }
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

/** The map of a block not yet filled in: empty, and shared (never shifted, as it has no entry). */
const NO_MAP = SourceMap.of([]);

function newBlock(type: BlockType, start: number, end: number, ctx: Context): BlockCore {
  return {
    type,
    start,
    end,
    text: '',
    map: NO_MAP,
    depth: 0,
    listDepth: ctx.listDepth,
    quoted: ctx.quoted,
    bold: false,
    memo: NO_MEMO,
  };
}

function rawBlock(type: BlockType, value: string, start: number, end: number, ctx: Context): BlockCore {
  const block = newBlock(type, start, end, ctx);
  block.text = value;
  block.map = SourceMap.constant(start, value.length + 1);
  return block;
}

function inlineBlock(
  node: Parents,
  type: BlockType,
  source: string,
  start: number,
  end: number,
  ctx: Context,
): BlockCore {
  const block = newBlock(type, start, end, ctx);
  const text: string[] = [];
  const map: number[] = [];
  const cursor = { at: start };
  const links: LinkTarget[] = [];
  appendInline(node, source, text, map, cursor, end, links);
  block.text = text.join('');
  if (links.length > 0) block.links = links;
  map.push(map.length > 0 ? Math.max(cursor.at, lastSourceEnd(node, cursor.at)) : end);
  block.map = SourceMap.of(map);
  return block;
}

/** Cuts a heading's trailing attribute list (`{: #id }`, `{#id .class}`) from its text and map. */
function cutAttributeList(block: BlockCore): void {
  const at = attributeListStart(block.text);
  if (at === null) return;
  block.text = block.text.slice(0, at);
  block.map = block.map.head(at + 1);
  if (block.links) block.links = block.links.filter((l) => l.end <= at);
}

function lastSourceEnd(node: Parents, fallback: number): number {
  const last = node.children[node.children.length - 1];
  return last?.position?.end.offset ?? fallback;
}

/**
 * Appends the plain text of inline nodes with their source offsets. Some nodes carry no position
 * (remark-gfm's literal autolinks after an unmatched "[" are rebuilt without one): they are
 * looked for in the source from where the previous node ended, never from the start of the chunk.
 */
function appendInline(
  node: Parents,
  source: string,
  text: string[],
  map: number[],
  cursor: { at: number },
  limit: number,
  links?: LinkTarget[],
): void {
  for (const child of node.children as Nodes[]) {
    const pos = child.position;
    const known = pos?.start.offset !== undefined && pos.end.offset !== undefined;
    const start = known ? pos.start.offset! : cursor.at;
    const end = known ? pos.end.offset! : limit;
    switch (child.type) {
      case 'text':
      case 'inlineCode':
        cursor.at = align(child.value, source, start, end, text, map);
        break;
      case 'break':
        text.push('\n');
        map.push(start);
        cursor.at = known ? end : start + 1;
        break;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        if (known) cursor.at = end;
        break;
      default:
        if ('children' in child) {
          if (known) cursor.at = Math.max(cursor.at, start);
          // `map` has one entry per character of text so far: the link's words are what it adds.
          const from = map.length;
          appendInline(child, source, text, map, cursor, end, links);
          if (child.type === 'link' && links && map.length > from)
            links.push({ url: child.url, start: from, end: map.length });
          if (known) cursor.at = Math.max(cursor.at, end);
        }
    }
  }
}

// A character reference as CommonMark reads it: named, decimal or hexadecimal.
const CHARACTER_REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
// How far ahead a character the value has is looked for when the source differs in some other way.
const PROBE_WINDOW = 64;

function decodeReference(source: string, at: number): { length: number; value: string } | null {
  CHARACTER_REFERENCE.lastIndex = at;
  const m = CHARACTER_REFERENCE.exec(source);
  if (!m) return null;
  const value =
    m[1] !== undefined
      ? decodeNumericCharacterReference(m[1], 10)
      : m[2] !== undefined
        ? decodeNumericCharacterReference(m[2], 16)
        : decodeNamedCharacterReference(m[3]!);
  return value ? { length: m[0].length, value } : null;
}

/**
 * Maps each character of a node's value to the source. The value equals the source but for
 * removed escapes, decoded character references and continuation-line indentation: walk both
 * and account for each of these. A character that cannot be matched keeps the current offset,
 * so one odd character never shifts the rest of the block. Returns where the walk ended.
 */
function align(value: string, source: string, start: number, end: number, text: string[], map: number[]): number {
  text.push(value);
  if (source.startsWith(value, start) && start + value.length <= end) {
    for (let i = 0; i < value.length; i++) map.push(start + i);
    return start + value.length;
  }
  let s = start;
  let i = 0;
  while (i < value.length) {
    const ch = value[i]!;
    // A character reference ("&amp;") stands for what it decodes to, unless the value has it
    // literally (code spans): check it before matching its "&" as a character of its own.
    if (s < end && source[s] === '&') {
      const ref = decodeReference(source, s);
      if (ref && value.startsWith(ref.value, i) && !value.startsWith(source.slice(s, s + ref.length), i)) {
        for (let k = 0; k < ref.value.length; k++) map.push(s);
        s += ref.length;
        i += ref.value.length;
        continue;
      }
    }
    if (s < end && source[s] === ch) {
      map.push(s++);
      i++;
      continue;
    }
    if (s + 1 < end && source[s] === '\\' && source[s + 1] === ch) {
      map.push(s + 1);
      s += 2;
      i++;
      continue;
    }
    if (s < end && (source[s] === ' ' || source[s] === '\t' || source[s] === '>' || source[s] === '\r')) {
      s++; // indentation, a block quote's marker or a carriage return the value lacks
      continue;
    }
    let probe = s;
    const stop = Math.min(end, s + PROBE_WINDOW);
    while (probe < stop && source[probe] !== ch) probe++;
    if (probe < stop) {
      map.push(probe);
      s = probe + 1;
    } else {
      map.push(Math.min(s, end));
    }
    i++;
  }
  return s;
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
  if (block.text === '') block.map = SourceMap.constant(block.start, 1);
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
