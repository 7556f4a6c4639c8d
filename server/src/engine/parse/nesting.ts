// Bounds how deeply lists and block quotes nest before the Markdown parser sees a chunk.
//
// remark and its tree walkers recurse once per level: a line of 1,700 "- " (3 KB) overflows the
// stack. No policy nests lists or quotes a hundred levels deep, so a line that would open more
// containers than that is cut there: the character that would open the next container becomes a
// backslash, so the rest of the line is read as the text of the deepest item. The text keeps its
// length, so every offset stays where it was; the cut is reported once, as a note.

export const MAX_NESTING = 100;

export interface NestingCut {
  /** Offset (in the chunk) of the character replaced. */
  at: number;
  /** How many containers the line would have opened. */
  depth: number;
}

/** The text with deep lines cut (same length), and where they were cut; `text` itself when nothing is. */
export function boundNesting(text: string): { text: string; cuts: NestingCut[] } {
  const cuts: NestingCut[] = [];
  for (let pos = 0; pos < text.length;) {
    const end = nextBreak(text, pos);
    const cut = deepLine(text, pos, end);
    if (cut) cuts.push(cut);
    pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  if (cuts.length === 0) return { text, cuts };
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut.at), '\\');
    from = cut.at + 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), cuts };
}

function nextBreak(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/**
 * Counts the containers a line opens from its start: quote markers, list markers and, for lists
 * continued from earlier lines, two columns of indentation per level. Linear in the line.
 */
function deepLine(text: string, start: number, end: number): NestingCut | null {
  let depth = 0;
  let indent = 0;
  let cutAt = -1;
  for (let i = start; i < end;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      indent += c === 9 ? 4 : 1;
      // Indentation alone nests a list item per two columns.
      if (indent >= 2 * MAX_NESTING && cutAt < 0) cutAt = i;
      i++;
      continue;
    }
    const width = markerWidth(text, i, end);
    if (width === 0) break;
    depth++;
    if (depth > MAX_NESTING && cutAt < 0) cutAt = i;
    i += width;
  }
  return cutAt >= 0 ? { at: cutAt, depth: Math.max(depth, Math.floor(indent / 2)) } : null;
}

/** Width of a container marker at `i` (">", "-", "+", "*" or "1." / "1)" and a space), else 0. */
function markerWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c === 62) return 1; // ">"
  const spaced = (at: number): boolean => at >= end || text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9;
  if (c === 45 || c === 43 || c === 42) return spaced(i + 1) ? 1 : 0;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === i || j >= end) return 0;
  const d = text.charCodeAt(j);
  return (d === 46 || d === 41) && spaced(j + 1) ? j + 1 - i : 0;
}
