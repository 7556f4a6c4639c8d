// The front matter at the head of a text, for callers that read only the first kilobytes of files
// that are not open (the workspace's `policy-id` index). It is read by the same reader as a parsed
// draft's, so that a key means the same wherever it is read.
import { readFrontMatter, type FrontMatter } from './frontmatter.js';

/**
 * The front matter of a text that starts with it; null when the text has none; 'incomplete' when
 * the head opens a front matter and does not close it (read more of the file).
 */
export function frontMatterOfHead(head: string): FrontMatter | null | 'incomplete' {
  const start = head.startsWith('\uFEFF') ? 1 : 0;
  const firstEnd = lineEnd(head, start);
  if (head.slice(start, firstEnd).trimEnd() !== '---' || firstEnd >= head.length) return null;
  const valueStart = nextLine(head, firstEnd);
  for (let line = valueStart; line < head.length;) {
    const end = lineEnd(head, line);
    if (head.slice(line, end).trimEnd() === '---') {
      const value = head.slice(valueStart, Math.max(valueStart, line - 1)).replace(/\r$/, '');
      return readFrontMatter(value, valueStart, { start, end }).frontMatter;
    }
    line = nextLine(head, end);
  }
  return 'incomplete';
}

/** Where the line that starts at `from` ends (before its line break). */
function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const end = n === -1 ? text.length : n;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, end: number): number {
  if (text[end] === '\r') end++;
  return text[end] === '\n' ? end + 1 : end;
}
