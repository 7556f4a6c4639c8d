// What a rule is: an id, its `meta` (everything the editor, the CLI, the docs and the schema
// derive from) and `check`, which reads the document's facts and reports findings.
import type { Block, PolicyDocument } from '../model/document.js';
import type { VersionGroup } from '../model/version-group.js';
import type { ResolvedConfig } from '../config/types.js';
import type { KindVocabulary } from '../extract/kinds.js';
import type { Jurisdictions } from '../extract/jurisdictions.js';
import type { JsonSchema } from '../config/options.js';
import type { FixProposal, Lang, Localized, MessageRef, RelatedLocation, Severity, Span } from '../types.js';

export interface RuleMeta {
  docs: {
    /** One line for the rule index and the SARIF rule. */
    description: Localized;
    /** The legal sources the rule rests on, as shown to lawyers. */
    legal?: string[];
  };
  defaultSeverity: Severity;
  /** Reports a mechanical fix that "Fix all" and `--fix` may apply. */
  fixable: boolean;
  /** Reports suggestions that a person applies one at a time. */
  hasSuggestions: boolean;
  /** JSON schema of the options object, with defaults. */
  schema?: JsonSchema & { properties?: Record<string, JsonSchema & { default?: unknown }> };
  /** Message ids this rule reports: `<rule-id>/<id>` in every catalogue. */
  messages: string[];
  /**
   * `document` rules read one document; `group` rules also read the other language versions
   * of the policy (they run once the versions are known).
   */
  scope: 'document' | 'group';
  /**
   * The rule matches words of the document's language (en, ru, kk): it stays silent on a document
   * in a language pplint does not read (a German or French version), instead of reading it as English.
   */
  readsWords?: boolean;
  /**
   * `block`: each finding depends on nothing but the block it stands in (its text and type), so
   * after an edit only the edited blocks' findings can change; the language server publishes these
   * at once and the others after a short pause in typing. `document` (the default): a finding may
   * depend on any part of the document (section kinds, other clauses, the laws it cites). A block
   * rule reads the blocks of `context.blocks`, not `doc.blocks`.
   */
  reach?: 'block' | 'document';
  /**
   * Rules whose findings this rule's findings replace where they overlap: one problem is reported
   * once, by the rule that knows it best (a retention period that differs between versions is
   * retention-inconsistent's, not also translation-mismatch's).
   */
  supersedes?: string[];
}

export type { VersionGroup } from '../model/version-group.js';

export interface Report {
  messageId: string;
  data?: MessageRef['data'];
  span: Span;
  related?: RelatedLocation[];
  fix?: FixProposal;
  suggest?: FixProposal[];
  /** Overrides the configured level, for findings the rule is less sure of. */
  severity?: Severity;
  /** Machine-readable facts for formatters. */
  facts?: Record<string, string | number | boolean>;
}

export interface RuleContext<Options = Record<string, unknown>> {
  doc: PolicyDocument;
  options: Options;
  config: ResolvedConfig;
  vocabulary: KindVocabulary;
  /** The laws the policy answers to: front matter (of any version), else configuration, else the text. */
  jurisdictions: string[];
  /** The same with how they were found: set, read from the law the text applies, guessed, or none. */
  policyJurisdictions: Jurisdictions;
  group: VersionGroup | null;
  /**
   * The blocks a `reach: 'block'` rule checks: every block of the document, or after a keystroke
   * only those the edit made anew (the server carries the findings of the others).
   */
  blocks: readonly Block[];
  report(report: Report): void;
}

export interface Rule<Options = Record<string, unknown>> {
  id: string;
  meta: RuleMeta;
  /**
   * The share of `check`'s work that one block of `context.blocks` costs, cached with the block
   * (its memo) and reporting nothing. The runner calls it for each block before `check`, in steps
   * that a caller may spread over time (the language server on a large draft answers requests
   * between them); `check` then finds the block's facts ready.
   */
  prepareBlock?(block: Block, context: RuleContext<Options>): void;
  /**
   * Reports the rule's findings. A rule whose work is long on a large draft may be a generator
   * that yields between pieces of it (`extract/steps.ts`): the runner passes its steps on.
   */
  check(context: RuleContext<Options>): void | Generator<void, void, undefined>;
}

/** Declares a rule with typed options (keeps rule files free of casts). */
export function defineRule<Options>(rule: Rule<Options>): Rule {
  return rule as unknown as Rule;
}

/**
 * Where a rule's page lies inside the package (the editor and the CLI make a link of it): the
 * English page in docs/rules, its Russian and Kazakh translations in docs/rules/ru and docs/rules/kk.
 */
export function docsPath(ruleId: string, lang: Lang = 'en'): string {
  return lang === 'en' ? `docs/rules/${ruleId}.md` : `docs/rules/${lang}/${ruleId}.md`;
}
