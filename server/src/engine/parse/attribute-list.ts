// Attribute lists after a heading's text — kramdown's `### Product {: #product }`, Pandoc's
// `## Cookies {#cookies .unnumbered}` or `{-}` — name an anchor or a class. Every renderer that
// knows them hides them, so they are no part of what the reader sees: not words of any language,
// not part of the heading's wording. They are cut from the heading's text as comments are.

// One attribute: an id, a class, key=value, or Pandoc's `-` (unnumbered).
const ATTRIBUTE = String.raw`(?:[#.][\p{L}\p{N}_:.-]+|[\p{L}\p{N}_-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+)|-)`;
// A whole list, read from its "{" to the end of the text: kramdown's starts with ":".
const LIST = new RegExp(
  String.raw`^\{(?::\s*(?:${ATTRIBUTE}(?:\s+${ATTRIBUTE})*)?|\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*)\s*\}\s*$`,
  'u',
);

/** Where a trailing attribute list (and the spaces before it) begins in a heading's text, or null. */
export function attributeListStart(text: string): number | null {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === 0 || text[end - 1] !== '}') return null;
  const open = text.lastIndexOf('{', end - 1);
  // Nothing but the list: a heading that is only "{#id}" keeps its text.
  if (open <= 0 || !LIST.test(text.slice(open, end))) return null;
  let start = open;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  return start > 0 ? start : null;
}
