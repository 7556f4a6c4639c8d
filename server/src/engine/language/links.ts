// Web addresses and e-mail addresses in a text, found in one left-to-right pass. A regular
// expression for e-mails ("[\w.+-]+@…") restarts at every character of a long run of letters,
// digits and dots (a table-of-contents leader, "1.1.1.…") and takes time growing with the square
// of the run; this scan looks at each character a bounded number of times.

// A web address starts with a scheme or "www." at a word boundary and runs to the next space.
const URL_START = /\b(?:https?:\/\/|www\.)(?=\S)/giu;
// A bare domain names a site ("ioka.kz", "support.example.org") when its ending is a real one. It
// is no word of any language; the identifier extractor reads it as a web address. It cannot start
// inside a run of letters, digits or dots, so each run is tried once.
export const DOMAIN =
  /(?<![\p{L}\p{N}@./-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:kz|ru|com|org|net|io|app|eu|info|gov|edu|uk|de|me|co|biz|қаз)(?![\p{L}\p{N}-])(?:\/[^\s<>«»"“”„'()[\]{}]*)?/giu;

/** [start, end) of each web or e-mail address, in order, not overlapping. */
export function linkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let pos = 0;
  let url = findUrl(text, 0);
  let at = -1;
  let email: [number, number] | null = null;
  for (;;) {
    if (url !== -1 && url < pos) url = findUrl(text, pos);
    // The next e-mail address at or after pos: its local part never reaches back before pos.
    if (email && email[0] < pos) email = pos < at ? [pos, email[1]] : null;
    while (!email) {
      at = text.indexOf('@', Math.max(at + 1, pos));
      if (at === -1) break;
      email = emailAround(text, at, pos);
    }
    if (url === -1 && !email) break;
    if (url !== -1 && (!email || url <= email[0])) {
      const end = spaceFrom(text, url);
      spans.push([url, end]);
      pos = end;
    } else {
      spans.push(email!);
      pos = email![1];
    }
  }
  return spans;
}

/** [start, end) of each bare domain outside the given spans, in order. */
function domainSpans(text: string, taken: ReadonlyArray<[number, number]>): Array<[number, number]> {
  if (!text.includes('.')) return [];
  const out: Array<[number, number]> = [];
  let k = 0;
  for (const m of text.matchAll(DOMAIN)) {
    const s = m.index;
    const e = s + m[0].length;
    while (k < taken.length && taken[k]![1] <= s) k++;
    if (k < taken.length && taken[k]![0] < e) continue;
    out.push([s, e]);
  }
  return out;
}

/** The text with every address — web, e-mail, bare domain — blanked out (same length, so indices hold). */
export function maskLinks(text: string): string {
  const links = linkSpans(text);
  const domains = domainSpans(text, links);
  const spans = domains.length === 0 ? links : [...links, ...domains].sort((x, y) => x[0] - y[0]);
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const [s, e] of spans) {
    parts.push(text.slice(from, s), ' '.repeat(e - s));
    from = e;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function findUrl(text: string, from: number): number {
  URL_START.lastIndex = from;
  const m = URL_START.exec(text);
  return m ? m.index : -1;
}

function spaceFrom(text: string, from: number): number {
  let i = from;
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

const isWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLocal = (c: number): boolean => isWord(c) || c === 46 || c === 43 || c === 45; // . + -
const isDomain = (c: number): boolean => isWord(c) || c === 45;

/** The e-mail address around the "@" at `at` (local part not before `floor`), or null. */
function emailAround(text: string, at: number, floor: number): [number, number] | null {
  let start = at;
  while (start > floor && isLocal(text.charCodeAt(start - 1))) start--;
  if (start === at) return null;
  let end = at + 1;
  while (end < text.length && isDomain(text.charCodeAt(end))) end++;
  if (end === at + 1) return null;
  let labels = 0;
  while (text.charCodeAt(end) === 46 && end + 1 < text.length && isDomain(text.charCodeAt(end + 1))) {
    end++;
    while (end < text.length && isDomain(text.charCodeAt(end))) end++;
    labels++;
  }
  return labels > 0 ? [start, end] : null;
}
