// Where findings about language versions are shown: the first or last line of a block, so that a
// long paragraph is not underlined from end to end.
import type { Block } from '../model/document.js';
import type { Span } from '../types.js';

/** The block's first line of text. */
export function firstLine(block: Block): Span {
  const nl = block.text.indexOf('\n');
  const end = trimEnd(block.text, nl === -1 ? block.text.length : nl);
  return end > 0 ? block.sourceSpan(0, end) : { start: block.start, end: block.end };
}

/** The block's last line of text. */
export function lastLine(block: Block): Span {
  const nl = block.text.lastIndexOf('\n');
  const start = nl + 1;
  const end = trimEnd(block.text, block.text.length);
  return end > start ? block.sourceSpan(start, end) : { start: block.start, end: block.end };
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
