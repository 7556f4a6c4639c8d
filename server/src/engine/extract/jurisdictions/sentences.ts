// Sentence bounds inside a block, for reading a law's citation with the words around it ("the GDPR
// does not apply", "depending on where you live, under …"). A full stop ends a sentence only where
// the next sentence can begin: before a capital letter (or a quote and a capital), after a word
// that is not a short abbreviation ("No.", "Art.", «ст.», «г.», "Cal. Civ. Code"). One pass over
// the text, no regular expression: linear on any input.
import { lastStartingAt } from '../../model/search.js';

// Abbreviations written with a capital that stand before a number or a name, not at a sentence end.
const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'art',
  'arts',
  'para',
  'paras',
  'sec',
  'cal',
  'civ',
  'st',
  'ch',
  'ltd',
  'inc',
  'co',
  'dr',
  'mr',
  'mrs',
  'ms',
  'vol',
  'ст',
  'п',
  'пп',
  'г',
  'гг',
  'ул',
  'д',
  'т',
  'тел',
  'им',
  'ж',
  'көш',
  'б',
]);

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The word that ends just before `index` (letters only), lower-cased. */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && isLetter(text[i - 1]!)) i--;
  return text.slice(i, index).toLowerCase();
}

function endsSentence(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '\n' || ch === ';') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j]!)) return false;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (j >= text.length) return true;
  if (ch !== '.') return true;
  let next = text[j]!;
  if (next === '"' || next === '«' || next === '“' || next === '(') next = text[j + 1] ?? '';
  if (!isUpper(next)) return false;
  const word = wordBefore(text, i);
  // "No. 5", "г. Алматы", "Cal. Civ. Code", an initial: a capital after an abbreviation continues
  // the sentence; "No. 94-V." ends it (a letter after a hyphen is no initial).
  const before = text[i - word.length - 1];
  const initial = word.length === 1 && (before === undefined || /[\s(«"“]/.test(before));
  return !(ABBREVIATIONS.has(word) || initial);
}

/** Sentences as [start, end) index pairs covering the whole text, in order. */
export function sentenceBounds(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!endsSentence(text, i)) continue;
    out.push([start, i + 1]);
    start = i + 1;
  }
  if (start < text.length || out.length === 0) out.push([start, text.length]);
  return out;
}

/** The index of the sentence that holds `offset`. */
export function sentenceAt(bounds: ReadonlyArray<[number, number]>, offset: number): number {
  return Math.max(
    0,
    lastStartingAt(bounds, offset, (b) => b[0]),
  );
}
