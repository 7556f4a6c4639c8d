// Splits a Markdown text into chunks that parse the same alone as inside the whole document.
//
// Re-parsing a 100 KB draft with remark on every keystroke costs ~100 ms; re-parsing only the
// chunks whose text changed costs well under a millisecond. A chunk boundary is placed only where
// CommonMark guarantees that nothing before it can continue after it: at a non-indented line that
// follows a blank line, outside fenced code, outside multi-line HTML blocks and comments, and not
// where a list could go on. Front matter is always a chunk of its own.
//
// The same scan finds the blocks too long for the Markdown parser (see plain-runs.ts).
import { isLongRun, type PlainRun } from './plain-runs.js';

export interface Chunk {
  start: number;
  end: number;
  /** The chunk that opens the document may hold front matter and is parsed with it. */
  first: boolean;
  /** Runs of lines in it to be read as plain text (absolute offsets), when there are any. */
  plain?: PlainRun[];
}

// A tilde fence's info string may hold backticks; a backtick fence's may not (checked where it opens).
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/s; // "s": a line may keep its "\r"
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t\r]|$)/;
// An empty list item ("*" alone): micromark reads it as a paragraph after an indented code block
// and as a list elsewhere, so what precedes decides, and no chunk may begin with it.
const EMPTY_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]*\r?$/;
// HTML blocks of CommonMark types 1-5 may contain blank lines; each ends at its own terminator.
const HTML_BLOCK_OPENERS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
// The characters that may begin a fence, a list item or an HTML block.
const SPECIAL_LEAD = '`~-+*<0123456789';
const FENCE_LINE = /^---[ \t]*$/;
// One line and its break ("\r\n", "\n" or a lone "\r", as micromark reads them).
const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/y;

/**
 * Offset of the end of the front matter block (after its closing line), or 0 when there is none:
 * a "---" line opening the text and another closing it. An unclosed one is no front matter.
 */
export function frontMatterEnd(text: string): number {
  for (let pos = 0, first = true; pos < text.length; first = false) {
    LINE.lastIndex = pos;
    const m = LINE.exec(text)!;
    const fence = FENCE_LINE.test(m[1]!);
    if (first && !fence) return 0;
    if (!first && fence) return pos + m[0].length;
    if (m[0].length === 0) break;
    pos += m[0].length;
  }
  return 0;
}

// Parsing a chunk has a fixed cost, so chunks hold a few paragraphs each. Where a chunk ends is
// decided by the text of the line that would begin the next one (content-defined chunking), so
// an edit moves no boundary but those next to it, and the chunks after it keep their cache keys.
const MIN_CHUNK = 512;
const MAX_CHUNK = 16384;

function lineHash(text: string, start: number): number {
  let hash = 2166136261;
  const end = Math.min(text.length, start + 32);
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) break;
    hash = Math.imul(hash ^ ch, 16777619);
  }
  return hash >>> 0;
}

function boundaryHere(text: string, pos: number, chunkStart: number): boolean {
  const size = pos - chunkStart;
  return size >= MAX_CHUNK || (size >= MIN_CHUNK && lineHash(text, pos) % 4 === 0);
}

export function splitChunks(text: string): Chunk[] {
  return scanChunks(text, 0).chunks;
}

/**
 * The chunks of `text` from `from` on, which is 0 or a boundary of this text's chunks (the scan's
 * state there is always the same: after a blank line, outside any fence or HTML block, no run
 * open; whether a list was open decides only whether that boundary is placed). `stop` is asked at
 * each boundary placed after `from`; when it answers yes, the scan ends there and `stoppedAt`
 * says where (the caller knows the chunks that follow).
 */
export function scanChunks(
  text: string,
  from: number,
  stop?: (boundary: number) => boolean,
): { chunks: Chunk[]; stoppedAt?: number } {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let pos = from;
  let previousBlank = from > 0;
  if (from === 0) {
    pos = frontMatterEnd(text);
    if (pos > 0) {
      chunks.push({ start: 0, end: pos, first: true });
      chunkStart = pos;
    }
  }
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let listOpen = false;
  // The run of non-blank lines being read: a candidate for plain text only when it starts after a
  // blank line (or where the body starts) and opens no fence or multi-line HTML block.
  const bodyStart = from === 0 ? pos : -1;
  let run: (PlainRun & { eligible: boolean }) | null = null;
  let plain: PlainRun[] = [];
  const closeRun = (): void => {
    if (run?.eligible && isLongRun(run)) plain.push({ start: run.start, end: run.end, lines: run.lines });
    run = null;
  };
  const push = (chunk: Chunk): void => {
    if (plain.length > 0) chunk.plain = plain;
    plain = [];
    chunks.push(chunk);
  };

  // Where the next "\r" is (-2: not looked for yet), for lineEnd.
  const carriage = { at: -2 };
  while (pos < text.length) {
    const end = lineEnd(text, pos, carriage);
    // Most lines are prose: look at their first character before slicing or matching them.
    let first = pos;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const blank = first === end || (first === end - 1 && text.charCodeAt(first) === 13);
    const lead = text[first] ?? '';
    const special = !blank && first - pos <= 3 && SPECIAL_LEAD.includes(lead);
    if (fence) {
      if (special) {
        const close = FENCE.exec(text.slice(pos, end));
        if (close && close[2]![0] === fence.char && close[2]!.length >= fence.length && close[3]!.trim() === '')
          fence = null;
      }
    } else if (htmlEnd) {
      if (htmlEnd.test(text.slice(pos, end))) htmlEnd = null;
    } else if (blank) {
      closeRun();
      previousBlank = true;
    } else {
      const line = special ? text.slice(pos, end) : '';
      const indented = first > pos;
      const marker = special && LIST_MARKER.test(line);
      if (
        previousBlank &&
        !indented &&
        !(listOpen && marker) &&
        !(marker && EMPTY_ITEM.test(line)) &&
        pos > chunkStart &&
        boundaryHere(text, pos, chunkStart)
      ) {
        push({ start: chunkStart, end: pos, first: chunkStart === 0 });
        chunkStart = pos;
        if (stop?.(pos)) return { chunks, stoppedAt: pos };
      }
      if (!run) run = { start: pos, end, lines: 0, eligible: previousBlank || pos === bodyStart };
      run.lines++;
      // A "\r\n" line's "\r" belongs to its line break.
      run.end = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (marker) listOpen = true;
      else if (previousBlank && !indented) listOpen = false;
      previousBlank = false;
      const open = special ? FENCE.exec(line) : null;
      if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
        fence = { char: open[2]![0]!, length: open[2]!.length };
      } else if (lead === '<') {
        for (const [opener, closer] of HTML_BLOCK_OPENERS) {
          const m = opener.exec(line);
          if (m) {
            if (!closer.test(line.slice(m[0].length))) htmlEnd = closer;
            break;
          }
        }
      }
      // What a fence or an HTML block holds is not Markdown to bound: its run stays as written.
      if (fence || htmlEnd) run.eligible = false;
    }
    pos = nextLine(text, end);
  }
  closeRun();
  if (chunkStart < text.length || chunks.length === 0)
    push({ start: chunkStart, end: text.length, first: chunkStart === 0 });
  return { chunks };
}

/**
 * Where the line at `pos` ends: at its "\n" (a "\r\n" line keeps its "\r", which the patterns
 * allow), or at a lone "\r", which micromark reads as a line break too. The position of the next
 * "\r" is remembered for the scan, so that a text without one is not searched again on every line.
 */
function lineEnd(text: string, pos: number, carriage: { at: number }): number {
  const nl = text.indexOf('\n', pos);
  const end = nl === -1 ? text.length : nl;
  if (carriage.at !== -1 && carriage.at < pos) carriage.at = text.indexOf('\r', pos);
  const cr = carriage.at;
  return cr !== -1 && cr < end - 1 ? cr : end;
}

function nextLine(text: string, end: number): number {
  return end < text.length ? end + 1 : text.length;
}
