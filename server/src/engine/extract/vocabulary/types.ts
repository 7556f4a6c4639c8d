import type { Lang, SectionKind } from '../../types.js';

export type PhrasesByLanguage = Partial<Record<Lang, string[]>>;

/**
 * The shape of section-kinds.yaml: per kind, heading words, telling phrases per language, and
 * `clause` phrases specific enough that one of them shows a clause states the topic.
 */
export type VocabularyFile = Partial<
  Record<SectionKind, { headings?: PhrasesByLanguage; text?: PhrasesByLanguage; clause?: PhrasesByLanguage }>
>;

/**
 * The shape of the other vocabulary files (retention.yaml, …): families of phrases by id, each
 * with the phrases per language (`any` for phrases of every language) and what it is for.
 */
export type PhraseFamilyFile = Record<string, { about?: string } & PhrasesByLanguage & { any?: string[] }>;
