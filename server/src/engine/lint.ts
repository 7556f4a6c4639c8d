// Runs the enabled rules over a document and turns their reports into findings: the configured
// severity, inline directives, and a guard so that a rule that throws costs only its own
// findings.
import type { Block, PolicyDocument } from './model/document.js';
import type { ResolvedConfig } from './config/types.js';
import type { Rule, RuleContext } from './rules/framework.js';
import type { VersionGroup } from './model/version-group.js';
import { Suppressions } from './parse/directives.js';
import { kindVocabulary } from './extract/kinds.js';
import { forgetRecentWords } from './extract/vocabulary/phrases.js';
import { prepare, prepareSteps } from './extract/prepare.js';
import { lawReadingSteps, policyJurisdictions } from './extract/jurisdictions.js';
import { unreadLanguage } from './language/codes.js';
import type { Jurisdictions } from './extract/jurisdictions.js';
import type { Finding, Severity } from './types.js';
import { parseNotes } from './model/notes.js';
import { partitionPoint } from './model/search.js';

export { prepare };

export interface Logger {
  error(message: string): void;
  info?(message: string): void;
}

export interface LintOptions {
  rules: readonly Rule[];
  config: ResolvedConfig;
  group?: VersionGroup | null;
  logger?: Logger;
  /** Failures already logged, so that a rule failing on every keystroke is logged once. */
  loggedFailures?: Set<string>;
  /** Run only rules of this scope (the server runs `group` rules when the versions are known). */
  scope?: 'document' | 'group' | 'all';
  /** Run only rules of this reach (the server runs the `block` rules at once after a keystroke). */
  reach?: 'block' | 'document' | 'all';
  /** The blocks the block rules check (all by default): after a keystroke, those the edit made anew. */
  blocks?: readonly Block[];
  /** Findings of the rules not run this time (carried over from an earlier lint), merged in as one lint merges its own. */
  others?: readonly Finding[];
}

export function lintDocument(doc: PolicyDocument, options: LintOptions): Finding[] {
  const steps = lintSteps(doc, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same lint in steps (the document's classification, then one rule per step), for a caller
 * that yields to other work between steps and may stop early (the language server, when a newer
 * edit arrives). Each step yields what it did: `prepare` or a rule id.
 */
export function* lintSteps(doc: PolicyDocument, options: LintOptions): Generator<string, Finding[]> {
  const { config, rules } = options;
  // Block rules read no section kinds: after a keystroke they run without classifying the document.
  if (options.reach !== 'block') {
    yield* prepareSteps(doc, config);
    // The policy's laws are read for the first rule that asks: each block's reading is made ahead.
    for (const reading = lawReadingSteps(doc, config); !reading.next().done;) yield 'laws';
  }
  const vocabulary = kindVocabulary(config.vocabulary);
  // A policy's laws are shared by its language versions; read for the first rule that asks.
  let laws: Jurisdictions | undefined;
  const policyLaws = (): Jurisdictions => (laws ??= policyJurisdictions(doc, config, options.group));
  const unread = unreadLanguage(doc) !== null;
  const suppressions = doc.directives.length > 0 ? new Suppressions(doc.text, doc.directives) : null;
  // What the parser could not read is a note on the whole document, carried like the document-wide findings.
  const findings: Finding[] = options.scope === 'group' || options.reach === 'block' ? [] : parseNotes(doc);
  for (const rule of rules) {
    const setting = config.rules.get(rule.id);
    if (!setting || setting.level === 'off') continue;
    if (options.scope && options.scope !== 'all' && rule.meta.scope !== options.scope) continue;
    if (options.reach && options.reach !== 'all' && (rule.meta.reach ?? 'document') !== options.reach) continue;
    if (unread && rule.meta.readsWords) continue;
    const severity: Severity = setting.level;
    const own: Finding[] = [];
    const context: RuleContext = {
      doc,
      options: setting.options,
      config,
      vocabulary,
      group: options.group ?? null,
      blocks: rule.meta.reach === 'block' && options.blocks ? options.blocks : doc.blocks,
      get jurisdictions() {
        return policyLaws().list;
      },
      get policyJurisdictions() {
        return policyLaws();
      },
      report(report) {
        const finding: Finding = {
          ruleId: rule.id,
          severity: lessSevere(report.severity, severity),
          message: { id: `${rule.id}/${report.messageId}`, ...(report.data ? { data: report.data } : {}) },
          span: report.span,
          ...(report.related ? { related: report.related } : {}),
          ...(report.fix ? { fix: report.fix } : {}),
          ...(report.suggest && report.suggest.length > 0 ? { suggestions: report.suggest } : {}),
          ...(report.facts ? { data: report.facts } : {}),
        };
        own.push(finding);
      },
    };
    try {
      if (rule.prepareBlock) yield* prepareBlocks(rule, context);
      const steps = rule.check(context);
      if (steps) for (let step = steps.next(); !step.done; step = steps.next()) yield rule.id;
    } catch (error) {
      const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      const key = `${rule.id}:${error instanceof Error ? error.message : String(error)}`;
      if (!options.loggedFailures?.has(key)) {
        options.loggedFailures?.add(key);
        options.logger?.error(`Rule ${rule.id} failed on ${doc.uri}: ${text}`);
      }
      findings.push({
        ruleId: rule.id,
        severity: 'info',
        message: { id: 'engine/rule-failed', data: { rule: rule.id } },
        span: { start: doc.bodyStart, end: doc.bodyStart },
      });
      yield rule.id;
      continue;
    }
    for (const f of distinct(own)) if (!suppressions?.isSuppressed(rule.id, f.span.start)) findings.push(f);
    yield rule.id;
  }
  if (options.others) findings.push(...options.others);
  // The words split for this lint's searches are not kept for the next: the blocks' memos are.
  forgetRecentWords();
  return withoutSuperseded(findings, rules).sort((a, b) => a.span.start - b.span.start || byRuleId(a.ruleId, b.ruleId));
}

/** How many blocks a rule prepares in one step: small enough that a step of a 10 MB draft stays short. */
const BLOCKS_PER_STEP = 16;

/** A rule's work on each of its blocks (`Rule.prepareBlock`), a few blocks per step. */
function* prepareBlocks(rule: Rule, context: RuleContext): Generator<string, void> {
  const { blocks } = context;
  for (let i = 0; i < blocks.length; i++) {
    rule.prepareBlock!(blocks[i]!, context);
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield rule.id;
  }
}

/**
 * A rule's findings without repeats: the same message at the same place says nothing new, and a
 * reader takes two identical lines for two problems. (A rule should not repeat itself; this keeps
 * a slip in one rule from reaching the user.)
 */
function distinct(own: Finding[]): Finding[] {
  if (own.length < 2) return own;
  // Findings at one place with one message are rare: their data is compared only then.
  const seen = new Map<string, Finding[]>();
  const sameData = (a: Finding, b: Finding): boolean =>
    a.message.data === b.message.data ||
    JSON.stringify(a.message.data ?? null) === JSON.stringify(b.message.data ?? null);
  return own.filter((f) => {
    const key = `${f.span.start}:${f.span.end}:${f.message.id}`;
    const here = seen.get(key);
    if (!here) {
      seen.set(key, [f]);
      return true;
    }
    if (here.some((g) => sameData(g, f))) return false;
    here.push(f);
    return true;
  });
}

/** The order of `localeCompare`, without its cost per call (a 1 MB draft has a thousand findings). */
const byRuleId = new Intl.Collator().compare;

/**
 * Drops the findings that a finding of a rule declaring `supersedes` covers at the same place.
 * Per superseded rule, the superseding spans are sorted by start with a running maximum of their
 * ends, so each finding is checked by one binary search (thousands of findings stay cheap).
 */
function withoutSuperseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const superseding = rules.filter((r) => r.meta.supersedes && r.meta.supersedes.length > 0);
  if (superseding.length === 0) return findings;
  const covering = new Map<string, { starts: number[]; maxEnds: number[] }>();
  for (const target of new Set(superseding.flatMap((r) => r.meta.supersedes!))) {
    const by = new Set(superseding.filter((r) => r.meta.supersedes!.includes(target)).map((r) => r.id));
    const spans = findings
      .filter((g) => by.has(g.ruleId) && g.ruleId !== target)
      .map((g) => g.span)
      .sort((x, y) => x.start - y.start);
    if (spans.length === 0) continue;
    const maxEnds: number[] = [];
    let max = -1;
    for (const span of spans) maxEnds.push((max = Math.max(max, span.end)));
    covering.set(target, { starts: spans.map((sp) => sp.start), maxEnds });
  }
  return findings.filter((f) => {
    const cover = covering.get(f.ruleId);
    if (!cover) return true;
    // The last superseding span that starts before this finding ends.
    const lo = partitionPoint(cover.starts, (start) => start < f.span.end);
    return lo === 0 || cover.maxEnds[lo - 1]! <= f.span.start;
  });
}

const ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A rule may lower its configured severity for a finding it is less sure of, never raise it. */
function lessSevere(requested: Severity | undefined, configured: Severity): Severity {
  if (!requested) return configured;
  return ORDER[requested] < ORDER[configured] ? requested : configured;
}
