// Parses a document chunk by chunk, reusing the parse of every chunk whose text did not change.
// The cache is keyed by the chunk's text (plus the definitions it may depend on), so it needs no
// knowledge of the edit: any change, paste or undo re-parses exactly the chunks that differ.
import { frontMatterEnd, scanChunks, splitChunks, type Chunk } from './chunks.js';
import { textChange } from './text-change.js';
import { partitionPoint } from '../model/search.js';
import { parseMarkdown } from './markdown.js';
import { collectBlocks, isProse, type ChunkContent } from './blocks.js';
import { definitionsIn, referencedLabels, type Definition } from './definitions.js';
import { boundNesting } from './nesting.js';
import { maskRuns, plainRunNote, restoreRuns, type PlainRun } from './plain-runs.js';

export interface ParsedChunk {
  start: number;
  end: number;
  content: ChunkContent;
}

/** A chunk parsed alone: its blocks, and what the rest of the document needs from it. */
interface AloneParse {
  content: ChunkContent;
  definitions: Definition[];
  /** The labels the chunk may refer to; computed when the document has definitions. */
  labels?: Set<string>;
}

export type ChunkCache = Map<string, ChunkContent | AloneParse>;

/** A chunk of one version of the text, with its cache key and its parse alone. */
interface Piece {
  start: number;
  end: number;
  first: boolean;
  /** The chunk's runs of plain text, relative to its start. */
  plain: PlainRun[];
  /** The cache key of its parse alone: a flag, then the chunk's text. */
  key: string;
  alone: AloneParse;
  /** Whether the text has a "[" (only such a chunk may refer to a definition); found when asked. */
  bracket?: boolean;
}

/**
 * How the text a cache was made for was cut into chunks. The next version is cut afresh only from
 * a chunk before the place it changed to the first boundary after it that the old version had too;
 * the chunks before and after are the old ones (moved by the length of the change), with their
 * keys and parses, so that a keystroke costs neither a scan nor a cache key of the whole text.
 */
interface Layout {
  text: string;
  frontMatter: boolean;
  pieces: Piece[];
}

const layouts = new WeakMap<ChunkCache, Layout>();

export interface ChunkedParse {
  chunks: ParsedChunk[];
  /** The parses of this text's chunks, to be handed to the next parse of the same document. */
  cache: ChunkCache;
  /** How many chunks had to be parsed afresh (the rest came from the cache). */
  parsed: number;
}

const BOM = 0xfeff;

export function parseChunked(text: string, previous?: ChunkCache): ChunkedParse {
  const steps = parseChunkedSteps(text, previous);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same parse, one freshly parsed chunk per step, for a caller that must stay responsive (the
 * language server on a large draft). Each step yields the cache filled so far: a caller that gives
 * up (the text changed) hands it to the next parse, so no chunk is parsed twice.
 */
export function* parseChunkedSteps(text: string, previous?: ChunkCache): Generator<ChunkCache, ChunkedParse> {
  const cache: ChunkCache = new Map();
  let parsed = 0;
  const cached = <T extends ChunkContent | AloneParse>(key: string): T | undefined => {
    const value = (cache.get(key) ?? previous?.get(key)) as T | undefined;
    if (value) cache.set(key, value);
    return value;
  };

  // A byte-order mark is no part of the text: micromark drops it, so the chunks start after it.
  const skip = text.charCodeAt(0) === BOM ? 1 : 0;
  const body = skip ? text.slice(skip) : text;
  // Only a closed front matter is read as one: remark-frontmatter reads what follows an unclosed
  // "---" oddly (a list becomes a paragraph), and a whole-document parse must agree with the chunks.
  const frontMatter = frontMatterEnd(body) > 0;
  const { before, scanned, after } = cut(text, skip, frontMatter, previous && layouts.get(previous));
  const fresh = scanned.map((c) => ({
    start: c.start + skip,
    end: c.end + skip,
    first: c.first && frontMatter,
    // The runs follow from the chunk's text alone, so the cache keys need not name them.
    plain: (c.plain ?? []).map((r) => ({ ...r, start: r.start - c.start, end: r.end - c.start })),
  }));
  const pieces: Piece[] = [...before];
  for (const f of fresh) {
    const key = (f.first ? '\u0001' : '\u0000') + text.slice(f.start, f.end);
    let value = cached<AloneParse>(key);
    if (!value) {
      value = parseAlone(key.slice(1), f.first, f.plain);
      parsed++;
      cache.set(key, value);
      yield cache;
    }
    pieces.push({ ...f, key, alone: value });
  }
  pieces.push(...after);
  // The chunks kept from the previous version: their parses go into this version's cache as they are.
  for (const piece of before) cache.set(piece.key, piece.alone);
  for (const piece of after) cache.set(piece.key, piece.alone);
  layouts.set(cache, { text, frontMatter, pieces });
  const alone = pieces.map((p) => p.alone);

  // Where each label is first defined: the first definition in the document wins.
  const firstDefinition = new Map<string, { line: string; chunk: number }>();
  alone.forEach((a, chunk) => {
    for (const d of a.definitions) if (!firstDefinition.has(d.key)) firstDefinition.set(d.key, { line: d.line, chunk });
  });

  const chunks: ParsedChunk[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const own = alone[i]!;
    const plain = { start: piece.start, end: piece.end, content: own.content };
    if (firstDefinition.size === 0 || !(piece.bracket ??= piece.key.includes('['))) {
      chunks.push(plain);
      continue;
    }
    const pieceText = piece.key.slice(1);
    own.labels ??= referencedLabels(pieceText);
    const needed: string[] = [];
    for (const label of own.labels) {
      const found = firstDefinition.get(label);
      if (found && found.chunk !== i) needed.push(found.line);
    }
    if (needed.length === 0) {
      chunks.push(plain);
      continue;
    }
    needed.sort();
    const definitions = needed.join('\n\n');
    const key = piece.key + '\u0000' + definitions;
    let content = cached<ChunkContent>(key);
    if (!content) {
      content = parseWithDefinitions(pieceText, piece.first, definitions, piece.plain);
      parsed++;
      cache.set(key, content);
      yield cache;
    }
    chunks.push({ start: piece.start, end: piece.end, content });
  }
  return { chunks, cache, parsed };
}

/**
 * The chunks of the new text: those kept from the previous version before and after the change
 * (moved by its length), and between them the chunks scanned afresh (body offsets, without the
 * byte-order mark). Without a previous layout of the same kind, every chunk is scanned.
 */
function cut(
  text: string,
  skip: number,
  frontMatter: boolean,
  layout: Layout | undefined,
): { before: Piece[]; scanned: Chunk[]; after: Piece[] } {
  const body = skip ? text.slice(skip) : text;
  const whole = { before: [], scanned: [] as Chunk[], after: [] };
  const sameKind = layout && layout.frontMatter === frontMatter && (layout.text.charCodeAt(0) === BOM ? 1 : 0) === skip;
  if (!layout || !sameKind) return { ...whole, scanned: splitChunks(body) };
  const change = textChange(layout.text, text);
  const old = layout.pieces;
  if (!change) return { before: old, scanned: [], after: [] };
  // Rescan from the start of the chunk before the one the change begins in: the boundary there
  // and the line that opens it lie wholly before the change. The boundaries that open the text
  // or end the front matter are not the scan's own, so it never resumes at them.
  const resume = partitionPoint(old, (p) => p.start <= change.start) - 2;
  const firstOwn = frontMatter ? 2 : 1;
  if (resume < firstOwn) return { ...whole, scanned: splitChunks(body) };
  const delta = change.newEnd - change.oldEnd;
  // Stop at the first boundary after the change that the previous version had at the same place in its text.
  let next = resume + 1;
  let keptFrom = -1;
  const { chunks, stoppedAt } = scanChunks(body, old[resume]!.start - skip, (boundary) => {
    const at = boundary + skip;
    if (at < change.newEnd) return false;
    while (next < old.length && old[next]!.start < at - delta) next++;
    if (next < old.length && old[next]!.start === at - delta) keptFrom = next;
    return keptFrom !== -1;
  });
  if (stoppedAt === undefined) return { before: old.slice(0, resume), scanned: chunks, after: [] };
  const after = old.slice(keptFrom).map((p) => ({ ...p, start: p.start + delta, end: p.end + delta }));
  return { before: old.slice(0, resume), scanned: chunks, after };
}

function parseAlone(chunkText: string, first: boolean, plain: PlainRun[]): AloneParse {
  const bounded = boundNesting(maskRuns(chunkText, plain));
  const lead = leadFor(bounded.text, first);
  const input = lead + bounded.text;
  const tree = parseMarkdown(input, first);
  const content = shift(collectBlocks(tree, input, input.length, lead.length), -lead.length);
  noteBounds(content, bounded.cuts, plain, chunkText);
  return { content, definitions: definitionsIn(tree) };
}

/**
 * micromark drops a byte-order mark that opens its input, wherever the input comes from: a chunk
 * that starts with one is parsed after a line break, which changes no block.
 */
function leadFor(text: string, first: boolean): string {
  return !first && text.charCodeAt(0) === BOM ? '\n' : '';
}

/**
 * Parses a chunk with definitions it refers to. They go before the chunk, so that they win over a
 * later definition of the same label in the chunk, as in the whole document; the opening chunk
 * (which may hold front matter) has no earlier definitions and takes them after its text.
 */
function parseWithDefinitions(chunkText: string, first: boolean, definitions: string, plain: PlainRun[]): ChunkContent {
  const bounded = boundNesting(maskRuns(chunkText, plain));
  if (first) {
    const input = `${bounded.text}\n\n${definitions}\n`;
    const content = collectBlocks(parseMarkdown(input, true), input, chunkText.length);
    noteBounds(content, bounded.cuts, plain, chunkText);
    return content;
  }
  // The comment closes the definitions: a chunk that opens indented would otherwise continue a
  // footnote definition instead of being the code block it is in the whole document.
  const prefix = `${definitions}\n\n<!-- -->\n\n`;
  const input = prefix + bounded.text;
  const content = shift(collectBlocks(parseMarkdown(input, false), input, input.length, prefix.length), -prefix.length);
  noteBounds(content, bounded.cuts, plain, chunkText);
  return content;
}

/**
 * Gives the text back what the bounds replaced (long runs, cut nesting) and records each bound as
 * a note, in the order of the text.
 */
function noteBounds(
  content: ChunkContent,
  cuts: ReturnType<typeof boundNesting>['cuts'],
  plain: PlainRun[],
  original: string,
): void {
  restoreRuns(content.blocks, plain, original);
  noteCuts(content, cuts, original);
  if (plain.length === 0) return;
  content.notes = [...plain.map((r) => plainRunNote(r, original)), ...(content.notes ?? [])].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * Records the cuts as notes, and gives the text back the characters they replaced (the backslash
 * that stopped the nesting was read as a literal character where it stands).
 */
function noteCuts(
  content: ChunkContent,
  cuts: ReturnType<typeof boundNesting>['cuts'],
  original: string,
  delta = 0,
): void {
  if (cuts.length === 0) return;
  content.notes = cuts.map((c) => ({ start: c.at, end: c.at + 1, id: 'parse/deep-nesting', depth: c.depth }));
  const replaced = new Map(cuts.map((c) => [c.at + delta, original[c.at]!]));
  for (const block of content.blocks) {
    if (!isProse(block)) continue;
    let text: string[] | null = null;
    for (let k = 0; k < block.text.length; k++) {
      const char = replaced.get(block.map.at(k));
      if (char !== undefined && block.text[k] === '\\') (text ??= [...block.text])[k] = char;
    }
    if (text) block.text = text.join('');
  }
}

/** Moves every offset of a chunk's content by `delta` (the blocks of a parse with a prefix). */
function shift(content: ChunkContent, delta: number): ChunkContent {
  for (const block of content.blocks) {
    block.start += delta;
    block.end += delta;
    block.map.shift(delta);
  }
  for (const comment of content.comments) {
    comment.start += delta;
    comment.end += delta;
  }
  for (const note of content.notes ?? []) {
    note.start += delta;
    note.end += delta;
  }
  return content;
}

/** The blocks of a whole-document parse, with the same guards as the chunked one (for tests). */
export function parseWhole(text: string): ChunkContent {
  const skip = text.charCodeAt(0) === BOM ? 1 : 0;
  const body = text.slice(skip);
  const plain = splitChunks(body).flatMap((c) => c.plain ?? []);
  const bounded = boundNesting(maskRuns(body, plain));
  const lead = leadFor(bounded.text, false);
  const input = lead + bounded.text;
  const content = shift(
    collectBlocks(parseMarkdown(input, frontMatterEnd(body) > 0), input, input.length, lead.length),
    -lead.length,
  );
  noteBounds(content, bounded.cuts, plain, body);
  return shift(content, skip);
}
