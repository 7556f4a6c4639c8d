// A number written in words and repeated in figures ("thirty (30) days", «тридцати (30) дней»,
// «отыз (30) күн») must agree with itself: «тридцати (37) дней» states two periods at once, and
// no comparison with another version can tell which one the drafter meant.
import { LANGUAGES, type Lang } from '../types.js';
import { foldForMatch } from '../language/normalize.js';
import { numberWordsSource, parseNumberWords } from '../language/numbers.js';

export interface SelfContradiction {
  /** Indices into the text: the words, and the figures in brackets. */
  words: { start: number; end: number };
  digits: { start: number; end: number };
  value: number;
  written: number;
}

// Number words right before the end of a window of text; the window ends where "(30)" begins.
const WORDS_AT_END: Record<Lang, RegExp> = Object.fromEntries(
  LANGUAGES.map((l) => [l, new RegExp(`(?<![\\p{L}\\p{N}])(${numberWordsSource(l)})[ \\t\\u00a0]*$`, 'u')]),
) as Record<Lang, RegExp>;
const FIGURES_IN_BRACKETS = /\([ \t\u00a0]*(\d{1,9})[ \t\u00a0]*\)/g;
// How far before the brackets the words are looked for: the longest number in words fits.
const WINDOW = 80;

/** Numbers in words followed by other numbers in figures in brackets, in any language pplint reads. */
export function wordsAgainstDigits(text: string): SelfContradiction[] {
  if (!text.includes('(') || !/\d/.test(text)) return [];
  const folded = foldForMatch(text);
  const out: SelfContradiction[] = [];
  // Each pair of brackets is checked against a bounded window before it: linear in the text.
  for (const m of folded.matchAll(FIGURES_IN_BRACKETS)) {
    let from = Math.max(0, m.index - WINDOW);
    // Begin the window at a word's start, so that no word is read from its middle.
    while (from > 0 && from < m.index && !/\s/.test(folded[from - 1]!)) from++;
    const window = folded.slice(from, m.index);
    for (const lang of LANGUAGES) {
      const w = WORDS_AT_END[lang].exec(window);
      if (!w) continue;
      const value = parseNumberWords(w[1]!, lang);
      const written = Number(m[1]);
      if (value === null) continue;
      if (value !== written) {
        const digitsStart = m.index + m[0].indexOf(m[1]!);
        out.push({
          words: { start: from + w.index, end: from + w.index + w[1]!.length },
          digits: { start: digitsStart, end: digitsStart + m[1]!.length },
          value,
          written,
        });
      }
      break;
    }
  }
  return out;
}
