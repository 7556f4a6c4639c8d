import type { Lang, SectionKind } from '../../types.js';

export type PhrasesByLanguage = Partial<Record<Lang, string[]>>;

/** The shape of section-kinds.yaml: per kind, heading words and telling phrases per language. */
export type VocabularyFile = Partial<Record<SectionKind, { headings?: PhrasesByLanguage; text?: PhrasesByLanguage }>>;
