// Classifies sections and clauses into the section kinds of the product brief, by meaning and in
// every language: the heading's words first, then the phrases the text uses. The vocabulary is
// data (vocabulary/section-kinds.yaml) that a configuration may extend.
import type { Block, Clause, PolicyDocument, Section } from '../model/document.js';
import { SECTION_KINDS, type Lang, type SectionKind } from '../types.js';
import baseVocabulary from '../generated/section-kinds.js';
import {
  compilePhrase,
  PhraseIndex,
  splitWords,
  strongestNonOverlapping,
  type Phrase,
  type PhraseMatch,
  type Words,
} from './vocabulary/phrases.js';
import type { VocabularyFile } from './vocabulary/types.js';
import { memoKindOf, proseMemo, recall, remember } from '../parse/memo.js';

export interface KindVocabulary {
  /** Distinguishes cached matches of different vocabularies. */
  id: string;
  headings: PhraseIndex<SectionKind>;
  /** Phrases that show a topic in a section's body (includes the `clause` phrases). */
  text: PhraseIndex<SectionKind>;
  /** Phrases that show, wherever they stand, that a clause states a topic. */
  clause: PhraseIndex<SectionKind>;
}

const compiled = new Map<string, KindVocabulary>();

/** The built-in vocabulary, extended by the configuration's `vocabulary` if any. */
export function kindVocabulary(extension?: VocabularyFile): KindVocabulary {
  const id = extension && Object.keys(extension).length > 0 ? JSON.stringify(extension) : 'base';
  let vocabulary = compiled.get(id);
  if (!vocabulary) {
    const headings: Phrase<SectionKind>[] = [];
    const text: Phrase<SectionKind>[] = [];
    const clause: Phrase<SectionKind>[] = [];
    for (const file of extension ? [baseVocabulary, extension] : [baseVocabulary]) {
      for (const kind of SECTION_KINDS) {
        const entry = file[kind];
        if (!entry) continue;
        for (const lang of Object.keys(entry.headings ?? {}) as Lang[])
          for (const p of entry.headings?.[lang] ?? []) pushPhrase(headings, p, kind);
        for (const lang of Object.keys(entry.text ?? {}) as Lang[])
          for (const p of entry.text?.[lang] ?? []) pushPhrase(text, p, kind);
        for (const lang of Object.keys(entry.clause ?? {}) as Lang[]) {
          for (const p of entry.clause?.[lang] ?? []) {
            pushPhrase(text, p, kind);
            pushPhrase(clause, p, kind);
          }
        }
      }
    }
    vocabulary = {
      id,
      headings: new PhraseIndex(headings),
      text: new PhraseIndex(text),
      clause: new PhraseIndex(clause),
    };
    compiled.set(id, vocabulary);
  }
  return vocabulary;
}

function pushPhrase(list: Phrase<SectionKind>[], source: string, kind: SectionKind): void {
  const phrase = compilePhrase(source, kind);
  if (phrase) list.push(phrase);
}

/** The kinds a heading names, strongest non-overlapping matches in reading order. */
export function headingMatches(block: Block, title: string, vocabulary: KindVocabulary): PhraseMatch<SectionKind>[] {
  const kind = memoKindOf('kinds/heading', vocabulary.id);
  let matches = recall<PhraseMatch<SectionKind>[]>(block.core, kind);
  if (!matches) matches = remember(block.core, kind, strongestNonOverlapping(vocabulary.headings.find(title)));
  return matches;
}

/** The telling phrases in a block's text; offsets are indices into `block.text`. */
export function textMatches(block: Block, vocabulary: KindVocabulary): PhraseMatch<SectionKind>[] {
  return proseMemo(block, memoKindOf('kinds/text', vocabulary.id), (text) =>
    strongestNonOverlapping(vocabulary.text.find(text)),
  );
}

/** Fills `kinds` of every section of the document, one section per step. */
export function* classifySectionSteps(doc: PolicyDocument, vocabulary: KindVocabulary): Generator<string, void> {
  for (const section of doc.sections) {
    section.kinds = sectionKinds(section, vocabulary);
    yield 'prepare';
  }
}

/**
 * A section's kinds depend only on its heading and its blocks' texts: cached on the heading's
 * core, keyed by the cores of its blocks, so an edit elsewhere costs nothing here.
 */
function sectionKinds(section: Section, vocabulary: KindVocabulary): SectionKind[] {
  const holder = (section.heading ?? section.blocks[0])?.core;
  const kind = memoKindOf('kinds/section', vocabulary.id);
  const cached = holder && recall<{ cores: unknown[]; kinds: SectionKind[] }>(holder, kind);
  if (
    cached &&
    cached.cores.length === section.blocks.length &&
    cached.cores.every((c, i) => c === section.blocks[i]!.core)
  )
    return cached.kinds;
  const kinds = computeSectionKinds(section, vocabulary);
  if (holder) remember(holder, kind, { cores: section.blocks.map((b) => b.core), kinds });
  return kinds;
}

function computeSectionKinds(section: Section, vocabulary: KindVocabulary): SectionKind[] {
  const kinds: SectionKind[] = [];
  if (section.heading) {
    for (const m of headingMatches(section.heading, section.title, vocabulary))
      if (!kinds.includes(m.phrase.tag)) kinds.push(m.phrase.tag);
  }
  // Body phrases: how many blocks of the section speak of each kind.
  const blocksPerKind = new Map<SectionKind, number>();
  for (const block of section.blocks) {
    if (block === section.heading) continue;
    const seen = new Set<SectionKind>();
    for (const m of textMatches(block, vocabulary)) seen.add(m.phrase.tag);
    for (const kind of seen) blocksPerKind.set(kind, (blocksPerKind.get(kind) ?? 0) + 1);
  }
  // With a telling heading, the body only adds topics it dwells on; without one, it decides.
  const threshold = kinds.length > 0 ? 2 : 1;
  const fromBody = [...blocksPerKind.entries()].filter(([, n]) => n >= threshold).sort((a, b) => b[1] - a[1]);
  for (const [kind] of fromBody) if (!kinds.includes(kind)) kinds.push(kind);
  return kinds;
}

/** What one clause speaks of, from its own phrases. */
export function clauseKinds(clause: Clause, vocabulary: KindVocabulary): SectionKind[] {
  const kinds: SectionKind[] = [];
  for (const block of clause.blocks)
    for (const m of textMatches(block, vocabulary)) if (!kinds.includes(m.phrase.tag)) kinds.push(m.phrase.tag);
  return kinds;
}

/**
 * The words of a block's text, for every phrase index that searches it. Not kept with the block:
 * only the searches read them, and their results are kept; the split's own cache of recent texts
 * serves the searches of one lint (the words of three 1 MB versions held 26 MB).
 */
export function blockWords(block: Block): Words {
  return splitWords(block.text);
}

/**
 * The `clause` phrases in a block's text: statements of a topic, wherever they stand. Unlike
 * headings, overlapping statements of different topics all hold ("withdraw consent to the
 * processing" states both withdrawal and consent), so only the strongest per topic is kept.
 */
export function statementMatches(block: Block, vocabulary: KindVocabulary): PhraseMatch<SectionKind>[] {
  return proseMemo(block, memoKindOf('kinds/clause', vocabulary.id), (text) => {
    const byKind = new Map<SectionKind, PhraseMatch<SectionKind>[]>();
    for (const m of vocabulary.clause.find(text, blockWords(block)))
      byKind.set(m.phrase.tag, [...(byKind.get(m.phrase.tag) ?? []), m]);
    return [...byKind.values()]
      .flatMap((list) => strongestNonOverlapping(list))
      .sort((a, b) => a.firstWord - b.firstWord);
  });
}

/** The topics one clause states (by its `clause` phrases), in reading order. */
export function clauseStatements(clause: Clause, vocabulary: KindVocabulary): SectionKind[] {
  const kinds: SectionKind[] = [];
  for (const block of clause.blocks)
    for (const m of statementMatches(block, vocabulary)) if (!kinds.includes(m.phrase.tag)) kinds.push(m.phrase.tag);
  return kinds;
}
