// Look-alike letters across scripts: a Cyrillic «і» or «о» typed inside a Latin name ("іoka")
// reads the same and is a different name to a search, a registry or a court. A word that mixes
// scripts is turned into its majority script, so that "іoka" compares equal to "ioka".

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  У: 'Y',
  Ј: 'J',
  Ѕ: 'S',
  Һ: 'H',
};
const LATIN_TO_CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries(CYRILLIC_TO_LATIN)
    .filter(([c]) => !'ԁјЈѕЅһҺ'.includes(c))
    .map(([c, l]) => [l, c]),
);

const isCyrillic = (ch: string): boolean => ch >= '\u0400' && ch <= '\u04ff';
const isLatin = (ch: string): boolean => /[A-Za-z]/.test(ch);

/** The word in its majority script when its minority letters all have look-alikes; null otherwise. */
export function unmixed(word: string): string | null {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (isLatin(ch)) latin++;
    else if (isCyrillic(ch)) cyrillic++;
  }
  if (latin === 0 || cyrillic === 0) return null;
  const toLatin = latin >= cyrillic;
  let out = '';
  for (const ch of word) {
    if (toLatin && isCyrillic(ch)) {
      const l = CYRILLIC_TO_LATIN[ch];
      if (!l) return null;
      out += l;
    } else if (!toLatin && isLatin(ch)) {
      const c = LATIN_TO_CYRILLIC[ch];
      if (!c) return null;
      out += c;
    } else out += ch;
  }
  return out;
}

/** The letters of the word's minority script (for the message: «і»). */
export function foreignLetters(word: string): string[] {
  const fixed = unmixed(word);
  if (fixed === null) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) if (word[i] !== fixed[i]) out.add(word[i]!);
  return [...out];
}
