// Letter-level clean-up before words are compared. Drafts converted from PDF or typed on a Latin
// keyboard mix look-alike letters into Cyrillic words: Latin "ə" for Kazakh "ә", Latin "i" for
// Kazakh "і", Latin "o", "a", "e", "c", "p", "x", "y" for their Cyrillic twins. A word that is
// mostly Cyrillic gets its look-alikes turned into Cyrillic, so that "жəне" reads as "және".

const LATIN_TO_CYRILLIC: Record<string, string> = {
  ə: 'ә',
  Ə: 'Ә',
  i: 'і',
  I: 'І',
  o: 'о',
  O: 'О',
  a: 'а',
  A: 'А',
  e: 'е',
  E: 'Е',
  c: 'с',
  C: 'С',
  p: 'р',
  P: 'Р',
  x: 'х',
  X: 'Х',
  y: 'у',
  K: 'К',
  k: 'к',
  M: 'М',
  H: 'Н',
  T: 'Т',
  B: 'В',
};
const LOOKALIKE = /[əƏiIoOaAeEcCpPxXykKMHTB]/g;

export function normalizeLetters(word: string): string {
  let cyrillic = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) cyrillic++;
    else if (code !== 45 && code !== 39 && code !== 0x2019) other++;
  }
  if (cyrillic === 0 || other === 0 || other > cyrillic)
    return word.includes('ə') && cyrillic > 0 ? word.replace(/ə/g, 'ә') : word;
  return word.replace(LOOKALIKE, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
}

// A Cyrillic letter next to a Latin look-alike: the only words normalizeLetters can change.
const MIXED_WORD = /[əƏiIoOaAeEcCpPxXykKMHTB][\u0400-\u04FF]|[\u0400-\u04FF][əƏiIoOaAeEcCpPxXykKMHTB]/;
const PUNCTUATION = /[ё«»“”„"’‘`‐‑‒–—―]/;
const PUNCTUATION_FOLD: Record<string, string> = {
  ё: 'е',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '’': "'",
  '‘': "'",
  '`': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
};

/**
 * Lower case, one kind of quote and dash, "ё" as "е", look-alike letters mended: for matching
 * words. The result has the same length as the input, so indices found in it hold in the original.
 * Runs on every block of every draft, so each step is skipped when the text does not need it.
 */
export function foldForMatch(text: string): string {
  // Several extractors fold the same block text; the last few thousand results are kept.
  const cached = recentFolds.get(text);
  if (cached !== undefined) return cached;
  const folded = fold(text);
  if (recentFolds.size >= RECENT_FOLDS) recentFolds.clear();
  recentFolds.set(text, folded);
  return folded;
}

const RECENT_FOLDS = 4096;
const recentFolds = new Map<string, string>();

function fold(text: string): string {
  let folded = text.toLowerCase();
  if (folded.length !== text.length)
    folded = Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  if (PUNCTUATION.test(folded)) folded = folded.replace(/[ё«»“”„"’‘`‐‑‒–—―]/g, (ch) => PUNCTUATION_FOLD[ch] ?? ch);
  if (folded.includes('ə') || MIXED_WORD.test(folded)) folded = folded.replace(/[\p{L}\p{M}]+/gu, normalizeLetters);
  return folded;
}
