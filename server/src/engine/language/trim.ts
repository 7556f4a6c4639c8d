// Trimming a run of characters off the end of a text by a backward scan. The regular expression
// for it ("/[\s,]+$/") tries every position of every inner run of those characters and takes time
// growing with the square of a long run; the scan looks at each character of the final run once.

/** `text` without the characters of `chars` at its end. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without white space and the characters of `chars` at its end. */
export function trimEndSpaceAnd(text: string, chars = ''): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || isSpace(text.charCodeAt(end - 1)))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** What `\s` matches in a regular expression. */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
