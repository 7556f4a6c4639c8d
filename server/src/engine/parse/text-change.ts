// The one range in which two versions of a text differ, found from their common start and end.
// The parser cuts a new version into chunks from where it changed; the server carries findings
// over the same range.

/** The range of `before` (start, oldEnd) replaced by the range of `after` (start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Compared a block at a time first: a keystroke in a 1 MB draft then costs about a thousand string comparisons. */
const BLOCK = 1024;

/** The one range in which two texts differ (after their common start and end), or null when they are equal. */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK))
    start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The common end may not reach into the common start.
  const room = max - start;
  let suffix = 0;
  while (
    suffix + BLOCK <= room &&
    before.slice(before.length - suffix - BLOCK, before.length - suffix) ===
      after.slice(after.length - suffix - BLOCK, after.length - suffix)
  )
    suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1))
    suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}
