// The engine's only public surface. It takes text and configuration and returns plain data;
// whatever touches the outside world (files, the clock, a logger) is passed in.
import { parseChunkedSteps, type ChunkCache } from './parse/incremental.js';
import { buildDocument, type Block, type PolicyDocument } from './model/document.js';
import { resolveConfig } from './config/resolve.js';
import { validateConfig, type ConfigCheck } from './config/validate.js';
import type { PplintConfig, ResolvedConfig } from './config/types.js';
import { RULES } from './rules/index.js';
import type { Rule, VersionGroup } from './rules/framework.js';
import { lintDocument, lintSteps, prepare, type LintOptions, type Logger } from './lint.js';
import { render } from './i18n/render.js';
import { fixToFixedPoint } from './fixes/apply.js';
import { policyJurisdictions, type Jurisdictions } from './extract/jurisdictions.js';
import { namesAPolicy } from './extract/policy-title.js';
import { configuredLexicon, retentionJson, type RetentionJson } from './extract/retention/index.js';
import picomatch from 'picomatch';
import { explainAt, type Explanation } from './explain.js';
import { referenceLinks, termPlaces, type TermPlaces } from './navigate.js';
import { checklist, type Checklist } from './extract/requirements/checklist.js';
import { clausesOutsideTheirSections } from './extract/requirements/clause-kinds.js';
import { kindVocabulary } from './extract/kinds.js';
import { counterpartsAt, groupForDocument, groupVersions, releaseAlignments, type Counterpart } from './align/index.js';
import type { Finding, Lang, LanguageCode, RenderedFinding, SectionKind, Span } from './types.js';

export type { PolicyDocument, Block, Section, Clause } from './model/document.js';
export type { PplintConfig, ResolvedConfig } from './config/types.js';
export type { ConfigCheck, ConfigIssue } from './config/validate.js';
export type {
  Finding,
  RenderedFinding,
  Lang,
  LanguageCode,
  Severity,
  Span,
  TextEdit,
  SectionKind,
  MessageRef,
  FixProposal,
} from './types.js';
export type { Rule, RuleMeta, VersionGroup } from './rules/framework.js';
export type { Logger } from './lint.js';
export type { Explanation } from './explain.js';
export type { TermPlaces } from './navigate.js';
export { KIND_NAMES, kindName } from './i18n/kinds.js';
export { LineIndex } from './model/lines.js';
export { SECTION_KINDS, LANGUAGES } from './types.js';
export { render } from './i18n/render.js';
export { docsPath } from './rules/framework.js';
export { OPTIONS } from './config/options.js';
export { applyFixes } from './fixes/apply.js';
export {
  documentRetention,
  retentionAt,
  retentionJson,
  type RetentionStatement,
  type RetentionJson,
} from './extract/retention/index.js';
export { describeRetention } from './extract/retention/describe.js';
export {
  checklist,
  sectionRequirements,
  explainRequirements,
  type Checklist,
  type ChecklistProfile,
  type ChecklistItem,
  type ChecklistEntry,
  type ChecklistEvidence,
  type ItemStatus,
  type SectionRequirements,
} from './extract/requirements/checklist.js';
export {
  PROFILES,
  getProfile,
  citationOf,
  requirementId,
  type CompiledProfile,
  type ProfileItem,
  type Text3,
} from './profiles/index.js';
export {
  jurisdictionsOf,
  policyJurisdictions,
  normalizeJurisdiction,
  KNOWN_JURISDICTIONS,
  type Jurisdictions,
  type JurisdictionEvidence,
} from './extract/jurisdictions.js';
export { describeJurisdictions, type JurisdictionDescription } from './extract/jurisdictions/describe.js';
export { unreadLanguage } from './language/codes.js';
export {
  alignVersions,
  counterpartClause,
  TRANSLATE_MARKER,
  type Alignment,
  type Counterpart,
  type VersionMember,
} from './align/index.js';
export { frontMatterOfHead } from './parse/front-matter-head.js';
export type { FrontMatter } from './parse/frontmatter.js';
export {
  versionName,
  isMarkdownName,
  withoutExtension,
  languageFromFileName,
  MARKDOWN_EXTENSIONS,
  VERSION_LANGUAGE_CODES,
  type VersionName,
} from './model/version-names.js';

export interface EngineOptions {
  logger?: Logger;
  /** The rules to run; the product's rules by default (tests add rules of their own). */
  rules?: readonly Rule[];
}

export interface SectionSummary {
  title: string;
  kind: SectionKind | null;
  kinds: SectionKind[];
  level: number;
  span: Span;
}

/** What the engine understood of a document, for the CLI's JSON and the editor's status bar. */
export interface DocumentSummary {
  /** en, ru, kk, or the code of a language pplint does not read ("de"); null when unknown. */
  language: LanguageCode | null;
  /** False for a language pplint does not read: its law items and retention are not checked. */
  languageRead: boolean;
  languageSource: PolicyDocument['languageSource'];
  /** The policy's laws (shared by its language versions when the group is given). */
  jurisdictions: Jurisdictions;
  sections: SectionSummary[];
  /** The topics clauses state outside a section whose heading names them; `span` is in offsets. */
  clauses: Array<{ kind: SectionKind; span: Span }>;
  /** Retention statements as the CLI contract shows them; `range` is in offsets. */
  retention: RetentionJson[];
}

/** What a lint runs: all rules by default; the language server splits a keystroke's lint by reach. */
export interface EngineLintOptions {
  group?: VersionGroup | null;
  scope?: 'document' | 'group' | 'all';
  /** `block`: only the rules whose findings stay inside their block; `document`: only the others. */
  reach?: 'block' | 'document' | 'all';
  /** The blocks the block rules check (all by default): after a keystroke, those the edit made anew. */
  blocks?: readonly Block[];
  /** Findings of the rules not run this time (an earlier lint's), merged in as one lint merges its own. */
  others?: readonly Finding[];
}

/** The chunk parses of a document, handed from one parse to the next (opaque to callers). */
export type ParseCache = ChunkCache;

export interface PolicyCheck {
  policy: boolean;
  reason: 'front-matter' | 'file-name' | 'title' | 'excluded' | 'none';
}

export interface Engine {
  readonly rules: readonly Rule[];
  /** Parses a text; pass the previous parse of the same document (or its `cache`) to re-parse only what changed. */
  parse(uri: string, text: string, previous?: { cache: ParseCache }): PolicyDocument;
  /**
   * `parse` in steps, one freshly parsed chunk each, so that a caller can yield between them.
   * Each step yields the chunk parses made so far: a caller that gives up hands them to its next
   * parse as `previous: { cache }`, and nothing is parsed twice.
   */
  parseSteps(uri: string, text: string, previous?: { cache: ParseCache }): Generator<ParseCache, PolicyDocument>;
  validateConfig(raw: unknown, where: string): ConfigCheck;
  resolveConfig(layers: PplintConfig[], relativePath?: string, uiLanguage?: Lang): ResolvedConfig;
  /** Whether a document is a policy draft (other Markdown gets no findings). */
  isPolicy(doc: PolicyDocument, config: ResolvedConfig, relativePath?: string): PolicyCheck;
  lint(doc: PolicyDocument, config: ResolvedConfig, options?: EngineLintOptions): Finding[];
  /** `lint` in steps (the document's classification, then one rule each), for a caller that yields between them and may stop early; returns what `lint` returns. */
  lintSteps(doc: PolicyDocument, config: ResolvedConfig, options?: EngineLintOptions): Generator<string, Finding[]>;
  render(findings: Finding[], lang: Lang): RenderedFinding[];
  /** `group`: the policy's language versions, which share its laws and its item verdicts. */
  summarize(doc: PolicyDocument, config: ResolvedConfig, group?: VersionGroup | null): DocumentSummary;
  /** What the engine understood at an offset, in words (for hover). */
  explain(
    doc: PolicyDocument,
    config: ResolvedConfig,
    offset: number,
    lang: Lang,
    group?: VersionGroup | null,
  ): Explanation | null;
  /** Per jurisdiction, each required item with its status and where it is stated or belongs (the "Policy checklist"). */
  checklist(doc: PolicyDocument, config: ResolvedConfig, group?: VersionGroup | null): Checklist;
  /** Applies every safe fix, repeatedly, until none is left (`group`: its language versions, for the fixes that compare them). */
  fixAll(
    uri: string,
    text: string,
    config: ResolvedConfig,
    group?: VersionGroup | null,
  ): { text: string; applied: number; passes: number };
  /**
   * The language versions of one policy among the documents: files sharing a base name with a
   * language suffix (privacy.ru.md, privacy.kk.md), files with the same `policy-id`, the
   * `<!-- lang: xx -->` parts of one file. The primary version comes first in each group.
   */
  groupVersions(docs: readonly PolicyDocument[], config: ResolvedConfig): VersionGroup[];
  /** Where an offset of a document lands in its other language versions ("Go to counterpart"); without a group, the versions inside the document. */
  counterparts(doc: PolicyDocument, offset: number, config: ResolvedConfig, group?: VersionGroup | null): Counterpart[];
  /**
   * A document superseded by a newer version of it: drops the alignments made with it, which only
   * a late question would need (and computes again), so that after an edit the alignment of one
   * version, not two, is held.
   */
  release(doc: PolicyDocument): void;
  /** The defined term at an offset (its definition or a use), with its definition and every use (Go to Definition, Find References). */
  termPlaces(doc: PolicyDocument, config: ResolvedConfig, offset: number): TermPlaces | null;
  /** References to the document's own clauses, sections and annexes that resolve, with their targets (document links). */
  referenceLinks(doc: PolicyDocument, config: ResolvedConfig): Array<{ span: Span; target: Span }>;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const rules = options.rules ?? RULES;
  const loggedFailures = new Set<string>();
  const lintOptionsOf = (config: ResolvedConfig, o: EngineLintOptions): LintOptions => ({
    rules,
    config,
    group: o.group ?? null,
    scope: o.scope ?? 'all',
    reach: o.reach ?? 'all',
    ...(o.blocks ? { blocks: o.blocks } : {}),
    ...(o.others ? { others: o.others } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    loggedFailures,
  });

  const engine: Engine = {
    rules,
    parse(uri, text, previous) {
      const steps = engine.parseSteps(uri, text, previous);
      for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
    },
    *parseSteps(uri, text, previous) {
      const parsed = yield* parseChunkedSteps(text, previous?.cache);
      return buildDocument(uri, text, parsed);
    },
    validateConfig: (raw, where) => validateConfig(raw, where, rules),
    resolveConfig: (layers, relativePath, uiLanguage) => resolveConfig(rules, layers, relativePath, uiLanguage),
    isPolicy(doc, config, relativePath) {
      if (doc.frontMatter.policy !== undefined) return { policy: doc.frontMatter.policy, reason: 'front-matter' };
      if (
        relativePath !== undefined &&
        config.exclude.some((g) => picomatch.isMatch(relativePath, g, { dot: true, nocase: true }))
      )
        return { policy: false, reason: 'excluded' };
      if (
        relativePath !== undefined &&
        config.include.some((g) => picomatch.isMatch(relativePath, g, { dot: true, nocase: true }))
      )
        return { policy: true, reason: 'file-name' };
      if (namesAPolicy(doc.blocks, configuredLexicon(config))) return { policy: true, reason: 'title' };
      return { policy: false, reason: 'none' };
    },
    lint: (doc, config, lintOptions = {}) => lintDocument(doc, lintOptionsOf(config, lintOptions)),
    lintSteps: (doc, config, lintOptions = {}) => lintSteps(doc, lintOptionsOf(config, lintOptions)),
    render(findings, lang) {
      return findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        span: f.span,
        messageId: f.message.id,
        message: render(f.message, lang),
        ...(f.data ? { data: f.data } : {}),
        ...(f.related
          ? {
              related: f.related.map((r) => ({
                ...(r.uri ? { uri: r.uri } : {}),
                span: r.span,
                message: render(r.message, lang),
              })),
            }
          : {}),
        ...(f.fix ? { fix: { title: render(f.fix.title, lang), edits: f.fix.edits } } : {}),
        ...(f.suggestions
          ? {
              suggestions: f.suggestions.map((s) => ({
                title: render(s.title, lang),
                edits: s.edits,
                ...(s.select ? { select: s.select } : {}),
              })),
            }
          : {}),
      }));
    },
    summarize(doc, config, group) {
      prepare(doc, config);
      return {
        language: doc.languageCode,
        languageRead: doc.language !== null || doc.languageCode === null,
        languageSource: doc.languageSource,
        jurisdictions: policyJurisdictions(doc, config, group ?? null),
        sections: doc.sections
          .filter((s) => s.heading)
          .map((s) => ({
            title: s.title,
            kind: s.kinds[0] ?? null,
            kinds: s.kinds,
            level: s.level,
            span: { start: s.heading!.start, end: s.heading!.end },
          })),
        clauses: clausesOutsideTheirSections(doc, kindVocabulary(config.vocabulary), configuredLexicon(config)),
        retention: retentionJson(doc, configuredLexicon(config)),
      };
    },
    explain: (doc, config, offset, lang, group) => explainAt(doc, config, offset, lang, group ?? null),
    checklist: (doc, config, group) => checklist(doc, config, group ?? null),
    fixAll(uri, text, config, group) {
      let previous: PolicyDocument | undefined;
      return fixToFixedPoint(text, (current) => {
        previous = engine.parse(uri, current, previous);
        return engine.lint(previous, config, { group: group ?? null }).flatMap((f) => (f.fix ? [f.fix.edits] : []));
      });
    },
    groupVersions: (docs, config) => groupVersions(docs, config),
    counterparts(doc, offset, config, group) {
      const versions = groupForDocument(doc, group ?? null, config);
      if (!versions) return [];
      // The alignment reads every version's section kinds, as the lint does.
      for (const member of versions.members) prepare(member.doc, config);
      return counterpartsAt(versions, doc, offset);
    },
    release: (doc) => releaseAlignments(doc),
    termPlaces: (doc, config, offset) => termPlaces(doc, config, offset),
    referenceLinks: (doc, config) => referenceLinks(doc, config),
  };
  return engine;
}

// The clause library (Insert Clause…, snippets, missing-section's suggestion).
export {
  ClauseLibrary,
  DEFAULT_LIBRARY,
  LIBRARY,
  BLANKS,
  readClause,
  plainBody,
  snippetBody,
  snippetPrefix,
  libraryFor,
  type Clause as LibraryClause,
  type ClauseProblem,
} from './clauses/index.js';
export { clauseChoices, insertionsInOtherVersions, type ClauseChoice, type ClauseChoices } from './clauses/picker.js';
export { policyParts } from './extract/requirements/parts.js';
