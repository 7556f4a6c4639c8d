// Blocks too long for the Markdown parser are read as plain text.
//
// micromark keeps every token of a block until the block ends. On one very long paragraph (a run
// of commas, dashes or dots) those tokens outgrow V8's young generation and parsing grows faster
// than the text; thousands of list-item or table lines without a blank line cost tens of
// microseconds each. No policy has such a block: the longest paragraph in the seeds and the corpus
// is about 10,000 characters and 63 lines. A run of non-blank lines beyond either bound below is
// given to the parser as one line of a letter that starts no Markdown construct, so it becomes
// one paragraph at linear cost; the user's characters are then put back in the paragraph's text,
// so every offset and every character stays where it was.

import type { SourceMap } from './source-map.js';

/** A run of non-blank lines (absolute offsets; `end` is the end of its last line, before the break). */
export interface PlainRun {
  start: number;
  end: number;
  lines: number;
}

export const MAX_RUN_CHARS = 32_000;
export const MAX_RUN_LINES = 2_000;

/** What the parser sees in place of a long run's characters, line breaks included. */
const STAND_IN = 'ж';

export function isLongRun(run: PlainRun): boolean {
  return run.end - run.start > MAX_RUN_CHARS || run.lines > MAX_RUN_LINES;
}

/** The text with each run's characters replaced by the stand-in (same length); `text` when there is no run. */
export function maskRuns(text: string, runs: readonly PlainRun[]): string {
  if (runs.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const run of runs) {
    parts.push(text.slice(from, run.start), STAND_IN.repeat(run.end - run.start));
    from = run.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

interface RestorableBlock {
  type: string;
  text: string;
  map: SourceMap;
}

/**
 * Gives the paragraph a masked run became its own characters back: each character of its text
 * that maps into the run is the one at that offset of `original` (offsets relative to it).
 */
export function restoreRuns(blocks: readonly RestorableBlock[], runs: readonly PlainRun[], original: string): void {
  if (runs.length === 0) return;
  for (const block of blocks) {
    if (block.type !== 'paragraph' || block.text.length === 0) continue;
    const first = block.map.at(0);
    const run = runs.find((r) => first >= r.start && first < r.end);
    if (!run) continue;
    const chars: string[] = [];
    for (let k = 0; k < block.text.length; k++) {
      const at = block.map.at(k);
      chars.push(at >= run.start && at < run.end ? original[at]! : block.text[k]!);
    }
    block.text = chars.join('');
  }
}

/** The note a run read as plain text leaves: on its first character (a whole one). */
export function plainRunNote(run: PlainRun, text: string): PlainTextNote {
  const high = text.charCodeAt(run.start);
  const pair = high >= 0xd800 && high <= 0xdbff && run.start + 1 < run.end;
  return {
    start: run.start,
    end: run.start + (pair ? 2 : 1),
    id: 'parse/plain-text',
    chars: run.end - run.start,
    lines: run.lines,
  };
}

export interface PlainTextNote {
  start: number;
  end: number;
  id: 'parse/plain-text';
  chars: number;
  lines: number;
}
