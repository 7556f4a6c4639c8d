// Parses a document chunk by chunk, reusing the parse of every chunk whose text did not change.
// The cache is keyed by the chunk's text (plus the definitions it may depend on), so it needs no
// knowledge of the edit: any change, paste or undo re-parses exactly the chunks that differ.
import { collectDefinitions, splitChunks } from './chunks.js';
import { parseMarkdown } from './markdown.js';
import { collectBlocks, type ChunkContent } from './blocks.js';

export interface ParsedChunk {
  start: number;
  end: number;
  content: ChunkContent;
}

export type ChunkCache = Map<string, ChunkContent>;

export interface ChunkedParse {
  chunks: ParsedChunk[];
  /** The parses of this text's chunks, to be handed to the next parse of the same document. */
  cache: ChunkCache;
  /** How many chunks had to be parsed afresh (the rest came from the cache). */
  parsed: number;
}

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
  const definitions = collectDefinitions(text);
  const cache: ChunkCache = new Map();
  const chunks: ParsedChunk[] = [];
  let parsed = 0;
  for (const chunk of splitChunks(text)) {
    const chunkText = text.slice(chunk.start, chunk.end);
    const needsDefinitions = definitions !== '' && chunkText.includes('[');
    const key = (chunk.first ? '\u0001' : '\u0000') + chunkText + (needsDefinitions ? '\u0000' + definitions : '');
    let content = cache.get(key) ?? previous?.get(key);
    if (!content) {
      // Definitions go after the chunk, so positions inside the chunk are unchanged; whatever they
      // produce lies past the chunk's end and is dropped.
      const input = needsDefinitions ? `${chunkText}\n\n${definitions}\n` : chunkText;
      content = collectBlocks(parseMarkdown(input, chunk.first), input, chunkText.length);
      parsed++;
      cache.set(key, content);
      yield cache;
    } else {
      cache.set(key, content);
    }
    chunks.push({ start: chunk.start, end: chunk.end, content });
  }
  return { chunks, cache, parsed };
}
