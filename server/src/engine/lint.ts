// Runs the enabled rules over a document and turns their reports into findings: the configured
// severity, inline directives, and a guard so that a rule that throws costs only its own
// findings.
import type { PolicyDocument } from './model/document.js';
import type { ResolvedConfig } from './config/types.js';
import type { Rule, RuleContext, VersionGroup } from './rules/framework.js';
import { Suppressions } from './parse/directives.js';
import { classifySections, kindVocabulary } from './extract/kinds.js';
import { jurisdictionsOf } from './extract/jurisdictions.js';
import type { Finding, Severity } from './types.js';

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
  /** Findings of the rules not run this time (carried over from an earlier lint), merged in as one lint merges its own. */
  others?: readonly Finding[];
}

/** Classifies the document's sections with the configuration's vocabulary (cached per block). */
export function prepare(doc: PolicyDocument, config: ResolvedConfig): void {
  const vocabulary = kindVocabulary(config.vocabulary);
  if (doc.facts.get('classified-with') !== vocabulary.id) {
    classifySections(doc, vocabulary);
    doc.facts.set('classified-with', vocabulary.id);
  }
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
    prepare(doc, config);
    yield 'prepare';
  }
  const vocabulary = kindVocabulary(config.vocabulary);
  let jurisdictions: string[] | undefined;
  const suppressions = doc.directives.length > 0 ? new Suppressions(doc.text, doc.directives) : null;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = config.rules.get(rule.id);
    if (!setting || setting.level === 'off') continue;
    if (options.scope && options.scope !== 'all' && rule.meta.scope !== options.scope) continue;
    if (options.reach && options.reach !== 'all' && (rule.meta.reach ?? 'document') !== options.reach) continue;
    const severity: Severity = setting.level;
    const own: Finding[] = [];
    const context: RuleContext = {
      doc, options: setting.options, config, vocabulary, group: options.group ?? null,
      // Read from the whole document: computed for the first rule that asks.
      get jurisdictions() {
        return (jurisdictions ??= jurisdictionsOf(doc, config).list);
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
      rule.check(context);
    } catch (error) {
      const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      const key = `${rule.id}:${error instanceof Error ? error.message : String(error)}`;
      if (!options.loggedFailures?.has(key)) {
        options.loggedFailures?.add(key);
        options.logger?.error(`Rule ${rule.id} failed on ${doc.uri}: ${text}`);
      }
      findings.push({ ruleId: rule.id, severity: 'info', message: { id: 'engine/rule-failed', data: { rule: rule.id } }, span: { start: doc.bodyStart, end: doc.bodyStart } });
      yield rule.id;
      continue;
    }
    for (const f of own) if (!suppressions?.isSuppressed(rule.id, f.span.start)) findings.push(f);
    yield rule.id;
  }
  if (options.others) findings.push(...options.others);
  return withoutSuperseded(findings, rules).sort((a, b) => a.span.start - b.span.start || byRuleId(a.ruleId, b.ruleId));
}

/** The order of `localeCompare`, without its cost per call (a 1 MB draft has a thousand findings). */
const byRuleId = new Intl.Collator().compare;

/** Drops the findings that a finding of a rule declaring `supersedes` covers at the same place. */
function withoutSuperseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const superseding = rules.filter((r) => r.meta.supersedes && r.meta.supersedes.length > 0);
  if (superseding.length === 0) return findings;
  // Compared with the superseding rules' findings only: few, where a draft may have thousands.
  const covering = findings.filter((g) => superseding.some((r) => r.id === g.ruleId));
  if (covering.length === 0) return findings;
  return findings.filter((f) => !covering.some((g) => g !== f && superseding.some((r) => r.id === g.ruleId && r.meta.supersedes!.includes(f.ruleId)) && g.span.start < f.span.end && f.span.start < g.span.end));
}

const ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A rule may lower its configured severity for a finding it is less sure of, never raise it. */
function lessSevere(requested: Severity | undefined, configured: Severity): Severity {
  if (!requested) return configured;
  return ORDER[requested] < ORDER[configured] ? requested : configured;
}
