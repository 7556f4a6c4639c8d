// Compiles the phrase patterns of the vocabulary files and finds them in text.
// Syntax (see section-kinds.yaml): words in order; "stor*" any ending; "a|b" either word;
// "*" one word; "**" up to three words.
import { foldForMatch } from '../../language/normalize.js';

interface WordToken {
  gap: false;
  alternatives: Array<{ text: string; prefix: boolean }>;
}
interface GapToken {
  gap: true;
  min: number;
  max: number;
}
type Token = WordToken | GapToken;

export interface Phrase<T> {
  source: string;
  tokens: Token[];
  /** Words that must match literally: longer phrases win over shorter ones that overlap them. */
  weight: number;
  tag: T;
}

export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  /** Range in the text that was searched. */
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'-]*/gu;

export function compilePhrase<T>(source: string, tag: T): Phrase<T> | null {
  const tokens: Token[] = [];
  for (const raw of foldForMatch(source).trim().split(/\s+/)) {
    if (raw === '') continue;
    if (raw === '*' || raw === '**') {
      tokens.push({ gap: true, min: raw === '*' ? 1 : 0, max: raw === '*' ? 1 : 3 });
      continue;
    }
    // Punctuation inside a phrase ("лицо, ответственное") is not a word of its own.
    const cleaned = raw.replace(/[^\p{L}\p{M}\p{N}'*|-]/gu, '');
    if (cleaned === '') continue;
    tokens.push({
      gap: false,
      alternatives: cleaned
        .split('|')
        .filter(Boolean)
        .map((a) => ({ text: a.replace(/\*$/, ''), prefix: a.endsWith('*') })),
    });
  }
  while (tokens[0]?.gap) tokens.shift();
  while (tokens[tokens.length - 1]?.gap) tokens.pop();
  if (tokens.length === 0) return null;
  return { source, tokens, weight: tokens.filter((t) => !t.gap).length, tag };
}

export interface Words {
  words: string[];
  starts: number[];
  ends: number[];
}

export function splitWords(text: string): Words {
  // The heading, text and clause vocabularies each split the same block text: keep recent results.
  const cached = recentWords.get(text);
  if (cached) return cached;
  const words = split(text);
  if (recentWords.size >= RECENT_WORDS) recentWords.clear();
  recentWords.set(text, words);
  return words;
}

const RECENT_WORDS = 4096;
const recentWords = new Map<string, Words>();

/**
 * Lets the words of recent texts go: a lint's searches share them, but kept between lints they
 * held some megabytes with three 1 MB versions open, and after a keystroke the searches of the
 * unchanged blocks are recalled from their memos without splitting them again.
 */
export function forgetRecentWords(): void {
  recentWords.clear();
}

function split(text: string): Words {
  const folded = foldForMatch(text);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of folded.matchAll(WORD)) {
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { words, starts, ends };
}

/** A set of phrases indexed by the first letters of their first word, for one pass over a text. */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, Phrase<T>[]>();

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const phrase of phrases) {
      const first = phrase.tokens[0] as WordToken;
      for (const alt of first.alternatives) {
        const key = alt.text.slice(0, 2);
        const list = this.byKey.get(key) ?? [];
        list.push(phrase);
        this.byKey.set(key, list);
      }
    }
  }

  /** How many words were looked up in the index by the last `find`: one per distinct word. */
  lookups = 0;

  find(text: string, words: Words = splitWords(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const { words: w } = words;
    // A long paragraph repeats its words («5 лет 5 лет …»): look each distinct word up once, so
    // that a run allocates nothing per word and the garbage collector has nothing to collect.
    const candidates = new Map<string, readonly Phrase<T>[]>();
    this.lookups = 0;
    for (let i = 0; i < w.length; i++) {
      const word = w[i]!;
      let list = candidates.get(word);
      if (list === undefined) {
        list = this.candidatesFor(word);
        candidates.set(word, list);
        this.lookups++;
      }
      for (const phrase of list) {
        const last = matchAt(phrase.tokens, 0, w, i);
        if (last >= 0)
          out.push({ phrase, start: words.starts[i]!, end: words.ends[last]!, firstWord: i, lastWord: last });
      }
    }
    return out;
  }

  /**
   * Phrases whose first word has two or more letters are filed under its first two letters,
   * one-letter words ("и", "в") under that letter; a word is looked up under both.
   */
  private candidatesFor(word: string): readonly Phrase<T>[] {
    const two = word.length >= 2 ? this.byKey.get(word.slice(0, 2)) : undefined;
    const one = this.byKey.get(word.slice(0, 1));
    if (!one) return two ?? NONE;
    if (!two) return one;
    return [...two, ...one.filter((phrase) => !two.includes(phrase))];
  }
}

const NONE: readonly never[] = [];

/** Index of the last word matched, or -1. */
function matchAt(tokens: Token[], t: number, words: string[], i: number): number {
  const token = tokens[t]!;
  if (token.gap) {
    for (let skip = token.min; skip <= token.max; skip++) {
      if (i + skip >= words.length) break;
      const last = matchAt(tokens, t + 1, words, i + skip);
      if (last >= 0) return last;
    }
    return -1;
  }
  const word = words[i];
  if (word === undefined || !token.alternatives.some((a) => (a.prefix ? word.startsWith(a.text) : word === a.text)))
    return -1;
  return t + 1 === tokens.length ? i : matchAt(tokens, t + 1, words, i + 1);
}

/** Keeps the strongest of overlapping matches: longer phrases first, then earlier ones. */
export function strongestNonOverlapping<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => b.phrase.weight - a.phrase.weight || a.firstWord - b.firstWord);
  // Mark the words each kept match covers: a match overlaps a kept one exactly when one of its
  // words is marked. A phrase spans a few words, so this stays linear where comparing each match
  // with every kept one grew with the square of a long run of matches («5 лет 5 лет …»).
  let words = 0;
  for (const m of matches) words = Math.max(words, m.lastWord + 1);
  const covered = new Uint8Array(words);
  const taken: PhraseMatch<T>[] = [];
  for (const m of sorted) {
    if (covered.subarray(m.firstWord, m.lastWord + 1).includes(1)) continue;
    covered.fill(1, m.firstWord, m.lastWord + 1);
    taken.push(m);
  }
  return taken.sort((a, b) => a.firstWord - b.firstWord);
}
