// Plain data shared by every part of the engine. Nothing here knows about LSP, VS Code or files:
// positions are UTF-16 offsets into the document text, as JavaScript strings index it.

export const LANGUAGES = ['en', 'ru', 'kk'] as const;
/** The languages pplint reads: its vocabulary, clause library and messages exist in these. */
export type Lang = (typeof LANGUAGES)[number];
/**
 * Any language as a lower-case BCP 47 tag ("de", "fr", "uz", "pt-br"): a version in a language
 * pplint does not read is compared by structure and facts only. The read ones are also `Lang`s.
 */
export type LanguageCode = string;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type RuleLevel = Severity | 'off';

/** A half-open range [start, end) of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** Replace [start, end) of the document text by `text`. */
export interface TextEdit extends Span {
  text: string;
  /**
   * The text the finding read at [start, end). A fix is applied only while the document still
   * says exactly this there, so that a misplaced range can never rewrite other words.
   */
  expect?: string;
}

/** A text in each interface language; `en` is always present and is the fallback. */
export type Localized = { en: string } & Partial<Record<Lang, string>>;

/** What a rule says, before it is put into words in the interface language. */
export interface MessageRef {
  id: string;
  data?: Record<string, string | number | Localized>;
}

export interface FixProposal {
  /** Shown on the quick fix, e.g. "Replace «3 жыл» with «5 жыл»". */
  title: MessageRef;
  edits: TextEdit[];
  /** What to select once applied (the first blank of an inserted section): offsets in the first edit's text. */
  select?: Span;
}

export interface RelatedLocation {
  /** Another document (a language version); absent for this document. */
  uri?: string;
  span: Span;
  message: MessageRef;
}

/** The section kinds of the product brief; their ids are part of the public contract. */
export const SECTION_KINDS = [
  'general',
  'definitions',
  'controller',
  'dpo',
  'data_categories',
  'sources',
  'purposes',
  'legal_basis',
  'consent',
  'consent_withdrawal',
  'retention',
  'destruction',
  'localisation',
  'recipients',
  'cross_border',
  'public_dissemination',
  'rights',
  'requests',
  'security',
  'automated_decisions',
  'complaints',
  'statutory_requirement',
  'sale_share',
  'sensitive_data',
  'children',
  'cookies',
  'changes',
  'annex',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** One problem found by one rule, with everything needed to show it, fix it and explain it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: MessageRef;
  span: Span;
  related?: RelatedLocation[];
  /** A mechanical, safe edit: may run in "Fix all" and `--fix`. */
  fix?: FixProposal;
  /** Edits a person must choose to apply one at a time (an inserted clause, a rewritten obligation). */
  suggestions?: FixProposal[];
  /** Extra machine-readable facts for formatters (e.g. `section`, `requirement` of missing-section). */
  data?: Record<string, string | number | boolean>;
}

/** A finding put into words in the interface language. */
export interface RenderedFinding extends Omit<Finding, 'message' | 'related' | 'fix' | 'suggestions'> {
  messageId: string;
  message: string;
  related?: Array<{ uri?: string; span: Span; message: string }>;
  fix?: { title: string; edits: TextEdit[] };
  suggestions?: Array<{ title: string; edits: TextEdit[]; select?: Span }>;
}
