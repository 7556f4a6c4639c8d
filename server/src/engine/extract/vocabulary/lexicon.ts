// Phrase families: the word lists the extractors use (retention wording, negation, contact
// labels, law names, …), kept as YAML data beside section-kinds.yaml so that a lawyer can read
// and extend them. Each family is a list of phrases per language in the syntax of
// section-kinds.yaml ("stor*" any ending, "a|b" either word, "*" one word, "**" up to three).
//
// A family is used in one of two ways: found as words in a text (`find`), or turned into a
// regular-expression source (`pattern`) that code composes with the grammar around it (a period,
// a number). Both work on folded text (lower case, one kind of quote and dash; see
// language/normalize.ts). `.pplintrc.json` `vocabulary` adds phrases to any family by its id.
import type { Lang } from '../../types.js';
import { compilePhrase, PhraseIndex, type Phrase, type PhraseMatch } from './phrases.js';
import { foldForMatch } from '../../language/normalize.js';
import type { PhraseFamilyFile, PhrasesByLanguage } from './types.js';
import FAMILY_FILES from '../../generated/families.js';

export interface Family {
  id: string;
  /** Phrases per language, as written (base and extension together). */
  phrases: PhrasesByLanguage & { any?: string[] };
}

export interface Lexicon {
  /** Distinguishes cached results of different vocabularies (a configuration may extend them). */
  id: string;
  has(family: string): boolean;
  /** The family's phrases in one language (with the language-neutral ones), or in all. */
  phrases(family: string, lang?: Lang): string[];
  /** Finds the family's phrases as words in a text; offsets are indices into `text`. */
  find(family: string, text: string): PhraseMatch<string>[];
  /** Whether any phrase of the family occurs as words in the text. */
  test(family: string, text: string): boolean;
  /**
   * A regular-expression source that matches any phrase of the family in folded text, with word
   * boundaries at both ends unless `open` says otherwise. For composition with other patterns.
   */
  pattern(family: string, options?: { lang?: Lang; open?: 'start' | 'end' | 'both' }): string;
  /**
   * A regular-expression source that matches any phrase of the family as written: punctuation
   * kept ("tel.", "Ltd."), "a|b" either word, a space any run of white space; no word boundaries.
   * Letter case is the caller's choice of flags ("TODO" is a note to the drafter, "todo" a word).
   */
  written(family: string, lang?: Lang): string;
}

const registered: readonly PhraseFamilyFile[] = FAMILY_FILES;
const lexicons = new Map<string, CompiledLexicon>();

/** The ids of every built-in family. */
export function familyIds(): string[] {
  return registered.flatMap((f) => Object.keys(f));
}

/** The built-in families, extended by a configuration's `vocabulary` entries for families. */
export function lexicon(extension?: Record<string, unknown>): Lexicon {
  // A rule asks once per block while it prepares them: the same extension object is looked up once.
  const known = extension && byExtension.get(extension);
  if (known) return known;
  const own = extension
    ? Object.fromEntries(Object.entries(extension).filter(([k]) => registered.some((f) => k in f)))
    : {};
  const id = Object.keys(own).length > 0 ? JSON.stringify(own) : 'base';
  let compiled = lexicons.get(id);
  if (!compiled) {
    compiled = new CompiledLexicon(id, [...registered, own as PhraseFamilyFile]);
    lexicons.set(id, compiled);
  }
  if (extension) byExtension.set(extension, compiled);
  return compiled;
}

const byExtension = new WeakMap<object, Lexicon>();

/** A lexicon of the given files alone (for tests of the mechanism). */
export function compileLexicon(files: PhraseFamilyFile[], id = 'test'): Lexicon {
  return new CompiledLexicon(id, files);
}

class CompiledLexicon implements Lexicon {
  private readonly families = new Map<string, Family>();
  private readonly indexes = new Map<string, PhraseIndex<string>>();
  private readonly patterns = new Map<string, string>();
  private readonly writtenPatterns = new Map<string, string>();

  constructor(
    readonly id: string,
    files: PhraseFamilyFile[],
  ) {
    for (const file of files) {
      for (const [name, entry] of Object.entries(file)) {
        const family = this.families.get(name) ?? { id: name, phrases: {} };
        for (const [lang, list] of Object.entries(entry)) {
          if (lang === 'about' || !Array.isArray(list)) continue;
          const key = lang as Lang | 'any';
          family.phrases[key] = [
            ...(family.phrases[key] ?? []),
            ...list.filter((p): p is string => typeof p === 'string'),
          ];
        }
        this.families.set(name, family);
      }
    }
  }

  has(family: string): boolean {
    return this.families.has(family);
  }

  phrases(family: string, lang?: Lang): string[] {
    const f = this.family(family);
    if (lang) return [...(f.phrases[lang] ?? []), ...(f.phrases.any ?? [])];
    return Object.values(f.phrases).flat();
  }

  find(family: string, text: string): PhraseMatch<string>[] {
    let index = this.indexes.get(family);
    if (!index) {
      const compiled: Phrase<string>[] = [];
      for (const source of this.phrases(family)) {
        const phrase = compilePhrase(source, family);
        if (phrase) compiled.push(phrase);
      }
      index = new PhraseIndex(compiled);
      this.indexes.set(family, index);
    }
    return index.find(text);
  }

  test(family: string, text: string): boolean {
    return this.find(family, text).length > 0;
  }

  pattern(family: string, options: { lang?: Lang; open?: 'start' | 'end' | 'both' } = {}): string {
    const key = `${family}/${options.lang ?? ''}/${options.open ?? ''}`;
    let source = this.patterns.get(key);
    if (source === undefined) {
      // Longer phrases first, so that an alternation prefers "storage period" to "storage".
      const alternatives = [
        ...new Set(
          this.phrases(family, options.lang)
            .map(phrasePattern)
            .filter((p) => p !== ''),
        ),
      ].sort((a, b) => b.length - a.length);
      const body = alternatives.length > 0 ? `(?:${alternatives.join('|')})` : '(?!)';
      const open = options.open;
      source = `${open === 'start' || open === 'both' ? '' : WORD_START}${body}${open === 'end' || open === 'both' ? '' : WORD_END}`;
      this.patterns.set(key, source);
    }
    return source;
  }

  written(family: string, lang?: Lang): string {
    const key = `${family}/${lang ?? ''}`;
    let source = this.writtenPatterns.get(key);
    if (source === undefined) {
      const phrases = [...new Set(this.phrases(family, lang))].sort((a, b) => b.length - a.length);
      source = phrases.length > 0 ? `(?:${phrases.map(writtenPattern).join('|')})` : '(?!)';
      this.writtenPatterns.set(key, source);
    }
    return source;
  }

  private family(id: string): Family {
    const family = this.families.get(id);
    if (!family) throw new Error(`Unknown phrase family "${id}"`);
    return family;
  }
}

const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/**
 * One phrase as a regular-expression source over folded text: words as the phrase syntax reads
 * them (punctuation inside a phrase is dropped, as `compilePhrase` drops it), separated by spaces
 * or commas.
 */
export function phrasePattern(source: string): string {
  const SEPARATOR = '[\\s,]+';
  let out = '';
  let gap = '';
  for (const raw of foldForMatch(source).trim().split(/\s+/)) {
    if (raw === '*' || raw === '**') {
      if (out !== '') gap = raw === '*' ? `(?:[^\\s.;!?]+${SEPARATOR})` : `(?:[^\\s.;!?]+${SEPARATOR}){0,3}?`;
      continue;
    }
    const cleaned = raw.replace(/[^\p{L}\p{M}\p{N}'*|-]/gu, '');
    const alternatives = cleaned
      .split('|')
      .filter((alt) => alt.replace(/\*$/, '') !== '')
      .map((alt) => (alt.endsWith('*') ? `${escape(alt.slice(0, -1))}[\\p{L}\\p{M}\\p{N}'-]*` : escape(alt)));
    if (alternatives.length === 0) continue;
    const token = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
    out += out === '' ? token : `${SEPARATOR}${gap}${token}`;
    gap = '';
  }
  return out;
}

/** One phrase as written: each word escaped, "a|b" either word, words apart by any white space. */
function writtenPattern(source: string): string {
  return source
    .trim()
    .split(/\s+/)
    .map((word) => {
      const alternatives = word.split('|').filter(Boolean).map(escape);
      return alternatives.length > 1 ? `(?:${alternatives.join('|')})` : (alternatives[0] ?? '');
    })
    .join('\\s+');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
