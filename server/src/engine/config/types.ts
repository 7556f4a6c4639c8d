import type { Lang, RuleLevel } from '../types.js';
import type { PhrasesByLanguage, VocabularyFile } from '../extract/vocabulary/types.js';
import type { Clause } from '../clauses/types.js';

/** Section kinds (as in section-kinds.yaml) and phrase families (as in the other vocabulary files). */
export type VocabularyExtension = VocabularyFile & Record<string, PhrasesByLanguage | object>;

/** A rule's setting as written: a level, or a level with options. */
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

/** What `.pplintrc.json` holds; VS Code settings (`pplint.*`) mirror the common keys. */
export interface PplintConfig {
  jurisdictions?: string[];
  languages?: Lang[];
  primaryLanguage?: Lang;
  include?: string[];
  exclude?: string[];
  rules?: Record<string, RuleSetting>;
  /** Rule settings for some files only: lawyers may not want directives in the text they send out. */
  overrides?: Array<{ files: string[]; rules?: Record<string, RuleSetting> }>;
  /** The language of messages: the editor's, or one of the supported ones. */
  uiLanguage?: 'auto' | Lang;
  /** Extra heading words and phrases per section kind (as in section-kinds.yaml) or per phrase family. */
  vocabulary?: VocabularyExtension;
  /** A folder of the firm's own clauses, relative to the configuration file. */
  clauses?: string;
}

/** What configuration needs to know of a rule: its id, default level and options with their defaults. */
export interface RuleDefaults {
  id: string;
  meta: { defaultSeverity: RuleLevel; schema?: { properties?: Record<string, { default?: unknown }> } };
}

export interface ResolvedRule {
  level: RuleLevel;
  options: Record<string, unknown>;
}

/** A configuration with every default filled in, for one document. */
export interface ResolvedConfig {
  /** Jurisdictions set by configuration; null lets the document or detection decide. */
  jurisdictions: string[] | null;
  languages: Lang[];
  primaryLanguage: Lang | null;
  include: string[];
  exclude: string[];
  rules: Map<string, ResolvedRule>;
  uiLanguage: Lang;
  vocabulary?: VocabularyExtension;
  clauses?: string;
  /** The firm's own clauses, read from `clauses` by whoever reads files (the language server). */
  firmClauses?: readonly Clause[];
}
