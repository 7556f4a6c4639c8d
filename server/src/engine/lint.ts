// Runs the enabled rules over a document and turns their reports into findings: the configured
// severity, inline directives, and a guard so that a rule that throws costs only its own
// findings.
import type { PolicyDocument } from './model/document.js';
import type { ResolvedConfig } from './config/types.js';
import type { Rule, RuleContext } from './rules/framework.js';
import type { VersionGroup } from './model/version-group.js';
import { Suppressions } from './parse/directives.js';
import { kindVocabulary } from './extract/kinds.js';
import { prepare } from './extract/prepare.js';
import { policyJurisdictions } from './extract/jurisdictions.js';
import { unreadLanguage } from './language/codes.js';
import type { Finding, Severity } from './types.js';
import { parseNotes } from './model/notes.js';

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
}


export function lintDocument(doc: PolicyDocument, options: LintOptions): Finding[] {
  const { config, rules } = options;
  prepare(doc, config);
  const vocabulary = kindVocabulary(config.vocabulary);
  // A policy's laws are shared by its language versions.
  const laws = policyJurisdictions(doc, config, options.group);
  const unread = unreadLanguage(doc) !== null;
  const suppressions = doc.directives.length > 0 ? new Suppressions(doc.text, doc.directives) : null;
  const findings: Finding[] = options.scope === 'group' ? [] : parseNotes(doc);
  for (const rule of rules) {
    const setting = config.rules.get(rule.id);
    if (!setting || setting.level === 'off') continue;
    if (options.scope && options.scope !== 'all' && rule.meta.scope !== options.scope) continue;
    if (unread && rule.meta.readsWords) continue;
    const severity: Severity = setting.level;
    const own: Finding[] = [];
    const context: RuleContext = {
      doc, options: setting.options, config, vocabulary, jurisdictions: laws.list, policyJurisdictions: laws, group: options.group ?? null,
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
      continue;
    }
    for (const f of own) if (!suppressions?.isSuppressed(rule.id, f.span.start)) findings.push(f);
  }
  return withoutSuperseded(findings, rules).sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}

/** Drops the findings that a finding of a rule declaring `supersedes` covers at the same place. */
function withoutSuperseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const superseding = rules.filter((r) => r.meta.supersedes && r.meta.supersedes.length > 0);
  if (superseding.length === 0) return findings;
  return findings.filter((f) => !findings.some((g) => g !== f && superseding.some((r) => r.id === g.ruleId && r.meta.supersedes!.includes(f.ruleId)) && g.span.start < f.span.end && f.span.start < g.span.end));
}

const ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A rule may lower its configured severity for a finding it is less sure of, never raise it. */
function lessSevere(requested: Severity | undefined, configured: Severity): Severity {
  if (!requested) return configured;
  return ORDER[requested] < ORDER[configured] ? requested : configured;
}
