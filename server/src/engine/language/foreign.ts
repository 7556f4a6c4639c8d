// Finds text written in a language other than the one its version is in: a whole paragraph or
// heading, a sentence, or a run of words (Russian words in a Kazakh heading). Precision comes
// first, so what every version shares is never counted: quoted titles («О персональных данных и
// их защите», "Kaspi Bank"), text in brackets, e-mails and URLs, abbreviations (ТОО, LLP, ИИН)
// and names (a capitalised word inside a sentence). Kazakh and Russian share many words, so a
// Russian word inside Kazakh text counts only with a clear sign: its own letters (ё, щ, ъ, э), a
// word only Russian has (и, для, политики), or an ending Kazakh words lack; and it takes two
// such words in a row to report them.
import type { Lang } from '../types.js';
import { detectLanguage, scanWords, type WordInfo } from './detect.js';
import { maskLinks } from './links.js';

export interface ForeignText {
  scope: 'block' | 'sentence' | 'words';
  /** Indices into the block's text. */
  start: number;
  end: number;
  found: Lang;
}

// Text every version may share verbatim: quotations, brackets, and (found apart) addresses. Each
// alternative stops at its own opening character, so a run of unclosed quotes stays linear.
const SHARED = /«[^«»\n]*»|“[^“”\n]*”|„[^„“”\n]*[“”]|"[^"\n]*"|\([^()\n]*\)/gu;
const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|etc|No|no|Art|art|ст|п|пп|т\.е|т\.д|г|ул|д|тел|см|М\.А|\p{Lu}))[.!?;](?=\s+\S|\s*$)|\n/gu;
const CYRILLIC_LANGS: readonly Lang[] = ['ru', 'kk'];

/** The text with shared passages blanked out (same length, so indices hold). */
export function maskShared(text: string): string {
  return maskLinks(text).replace(SHARED, (m) => ' '.repeat(m.length));
}

interface Counts {
  latin: number;
  lowerLatin: number;
  cyrillic: number;
  ru: number;
  kk: number;
}

function count(words: WordInfo[], text: string): Counts {
  const c: Counts = { latin: 0, lowerLatin: 0, cyrillic: 0, ru: 0, kk: 0 };
  for (const w of words) {
    if (w.neutral) continue;
    if (w.script === 'latin') {
      c.latin++;
      // Ordinary words are written in lower case; names and brands are not.
      if (w.word.length > 1 && /[a-z]/.test(text[w.index]!)) c.lowerLatin++;
    } else if (w.script === 'cyrillic') c.cyrillic++;
    if (w.signal === 'ru') c.ru++;
    if (w.signal === 'kk') c.kk++;
  }
  return c;
}

/**
 * Which other language a stretch of text is clearly in, or null. `heading`: headings are short,
 * so fewer words suffice, but none of the version's own language may be among them.
 */
function clearlyOther(words: WordInfo[], text: string, expected: Lang, heading: boolean): Lang | null {
  const c = count(words, text);
  if (expected !== 'en') {
    // English left in a Cyrillic version: ordinary lower-case words, not a brand or a list of names.
    const enough = heading
      ? c.lowerLatin >= 1 && c.latin >= 2 && c.cyrillic === 0
      : c.lowerLatin >= 4 && c.latin >= 2 * c.cyrillic + 2;
    if (enough) return 'en';
    const other: Lang = expected === 'ru' ? 'kk' : 'ru';
    const own = expected === 'ru' ? c.ru : c.kk;
    const theirs = other === 'ru' ? c.ru : c.kk;
    if (heading ? theirs >= 2 && own === 0 : theirs >= 3 && theirs >= 4 * own + 2) return other;
    return null;
  }
  // Russian or Kazakh left in the English version.
  const enough = heading ? c.cyrillic >= 2 && c.latin === 0 : c.cyrillic >= 3 && c.cyrillic > 2 * c.latin;
  if (!enough) return null;
  return c.kk > c.ru
    ? 'kk'
    : c.ru > 0
      ? 'ru'
      : detectLanguage(words.map((w) => w.word).join(' ')).lang === 'kk'
        ? 'kk'
        : 'ru';
}

/** Whether a word opens a sentence (then a capital letter says nothing about a name). */
function opensSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    return /[.!?;:\n]/.test(ch) || /\d/.test(ch);
  }
  return true;
}

/** Runs of Russian words in Kazakh text, or of Kazakh words in Russian text. */
function foreignRuns(words: WordInfo[], expected: Lang): ForeignText[] {
  if (!CYRILLIC_LANGS.includes(expected)) return [];
  const other: Lang = expected === 'ru' ? 'kk' : 'ru';
  const out: ForeignText[] = [];
  let run: WordInfo[] = [];
  const close = (): void => {
    // Prepositions («в», «с») may open a run, but only longer words make one.
    const words = run.filter((w) => w.word.length >= 2);
    const letters = words.reduce((n, w) => n + w.word.length, 0);
    if (words.length >= 3 || (words.length === 2 && letters >= 10)) {
      const last = run[run.length - 1]!;
      out.push({ scope: 'words', start: run[0]!.index, end: last.index + last.word.length, found: other });
    }
    run = [];
  };
  for (const w of words) {
    if (w.script !== 'cyrillic') {
      if (w.script === 'latin' && !w.neutral) close();
      continue;
    }
    if (w.neutral) {
      close();
      continue;
    }
    if (w.signal === other) run.push(w);
    else if (w.signal === expected) close();
    else if (run.length > 0 && w.word.length <= 3)
      continue; // a short word with no sign may sit inside a run
    else close();
  }
  close();
  return out;
}

function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * What in a block's text is not in the expected language, from the widest finding down: the whole
 * block, else its sentences, else runs of words.
 * @param from where the text proper begins (after a clause number)
 */
export function findForeignText(text: string, expected: Lang, heading: boolean, from = 0): ForeignText[] {
  const masked = maskShared(text.slice(0, from).replace(/./gsu, ' ') + text.slice(from));
  // A capitalised Cyrillic word inside a sentence is a name (Достық, Жұмашев): no sign of language.
  const words = scanWords(masked).map((w) =>
    w.script === 'cyrillic' && !w.neutral && /^\p{Lu}/u.test(masked[w.index]!) && !opensSentence(masked, w.index)
      ? { ...w, neutral: true }
      : w,
  );
  const whole = clearlyOther(words, masked, expected, heading);
  if (whole) return [{ scope: 'block', ...trim(text, from, text.length), found: whole }];
  const out: ForeignText[] = [];
  if (!heading) {
    let first = 0;
    for (const [s, e] of sentences(masked)) {
      // Words and sentences are both in text order: walk them together.
      while (first < words.length && words[first]!.index < s) first++;
      let last = first;
      while (last < words.length && words[last]!.index < e) last++;
      const inside = words.slice(first, last);
      first = last;
      const found = clearlyOther(inside, masked, expected, false);
      if (found) out.push({ scope: 'sentence', ...trim(text, s, e), found });
    }
  }
  for (const run of foreignRuns(words, expected))
    if (!out.some((o) => run.start < o.end && o.start < run.end)) out.push(run);
  return out.sort((a, b) => a.start - b.start);
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s.;:,—–-]/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
