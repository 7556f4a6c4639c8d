// Measures the engine on the development corpus (../shared/corpus): real policies nobody here
// wrote, with a lawyer's expectations in expected.json (see its README). The corpus is read at
// test time and never copied into the repository.
//
// The run is the CLI's (`pplint --format json .` in the corpus folder), so what is measured is
// what a compliance engineer would see. It yields:
// - law items: every `missing-section` finding is a claim "the policy does not state X"; it is
//   right when the lawyer rated X missing, wrong when she rated it present, and not counted when
//   she rated it partial or did not rate it. Recall is over the items she rated missing.
// - retention statements: each expected statement is found when a statement the engine read
//   covers its line.
// - must / must-not findings per rule.
// - the same item verdicts for every language version of one policy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main.js';

export const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus');

export type Rating = 'present' | 'partial' | 'missing';

export interface ExpectedFinding {
  kind: string;
  line: number | null;
  detail: string;
  sections?: string[];
  also_ok?: string[];
  counterpart?: string;
  related_line?: number;
}

export interface ExpectedFile {
  file: string;
  jurisdiction: string | null;
  items: Record<string, Rating>;
  retention: Array<{ line: number; text: string; period: string | null; kind: string; note?: string }>;
  must: ExpectedFinding[];
  must_not: ExpectedFinding[];
}

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: Range;
  requirement?: string;
}

export interface JsonFile {
  file: string;
  language: string | null;
  jurisdictions: string[];
  diagnostics: JsonDiagnostic[];
  retention: Array<{ text: string; period: string | null; bound: string | null; range: Range }>;
}

/** The corpus's item names for each profile item (items the lawyer did not rate map to nothing). */
export const ITEM_NAMES: Record<string, string | null> = {
  'kz:operator': 'operator_identity',
  'kz:operator-bin': 'operator_bin',
  'kz:contacts': 'operator_contacts',
  'kz:data-list': 'data_categories',
  'kz:purposes': 'purposes',
  'kz:legal-basis': 'legal_basis',
  'kz:consent-term': 'consent_term',
  'kz:third-parties': 'third_party_transfer',
  'kz:cross-border': 'cross_border_transfer',
  'kz:public-sources': 'public_sources',
  'kz:retention': 'retention_period',
  'kz:localisation': 'localisation',
  'kz:rights': 'subject_rights',
  'kz:consent-withdrawal': 'consent_withdrawal',
  'kz:requests': 'requests_procedure',
  'kz:security': 'security_measures',
  'kz:responsible-person': 'responsible_person',
  'kz:automated-processing': null,
  'kz:complaints': 'complaints',
  'gdpr:controller': 'operator_identity',
  'gdpr:representative': null,
  'gdpr:dpo': 'responsible_person',
  'gdpr:purposes': 'purposes',
  'gdpr:legal-basis': 'legal_basis',
  'gdpr:legitimate-interests': null,
  'gdpr:data-categories': 'data_categories',
  'gdpr:recipients': 'third_party_transfer',
  'gdpr:transfers': 'cross_border_transfer',
  'gdpr:retention': 'retention_period',
  'gdpr:rights': 'subject_rights',
  'gdpr:withdraw-consent': 'consent_withdrawal',
  'gdpr:complaint': 'complaints',
  'gdpr:statutory-requirement': null,
  'gdpr:source': null,
  'gdpr:automated-decisions': null,
  'gdpr:further-processing': null,
  'gdpr:timing': null,
  'ru:operator': 'operator_identity',
  'ru:purposes': 'purposes',
  'ru:legal-basis': 'legal_basis',
  'ru:data-categories': 'data_categories',
  'ru:subject-categories': null,
  'ru:processing-actions': null,
  'ru:retention': 'retention_period',
  'ru:destruction': null,
  'ru:rights': 'subject_rights',
  'ru:consent-withdrawal': 'consent_withdrawal',
  'ru:requests': 'requests_procedure',
  'ru:cross-border': 'cross_border_transfer',
  'ru:processor': null,
  'ru:localisation': 'localisation',
  'ru:security': 'security_measures',
  'ru:responsible-person': 'responsible_person',
  'ru:sources': null,
  'ru:automated-decisions': null,
  'ru:complaints': 'complaints',
  'ccpa:business': 'operator_identity',
  'ccpa:categories-collected': 'data_categories',
  'ccpa:sources': null,
  'ccpa:purposes': 'purposes',
  'ccpa:sale-share': null,
  'ccpa:business-purpose-disclosure': 'third_party_transfer',
  'ccpa:third-parties': 'third_party_transfer',
  'ccpa:sensitive': null,
  'ccpa:retention': 'retention_period',
  'ccpa:right-to-know': 'subject_rights',
  'ccpa:right-to-delete': 'subject_rights',
  'ccpa:right-to-correct': 'subject_rights',
  'ccpa:right-to-opt-out': null,
  'ccpa:right-to-limit': null,
  'ccpa:non-discrimination': 'subject_rights',
  'ccpa:requests': 'requests_procedure',
  'ccpa:authorized-agent': null,
  'ccpa:minors': null,
  'ccpa:last-updated': 'policy_changes',
  'ccpa:changes-notice': 'policy_changes',
  'core:operator': 'operator_identity',
  'core:contacts': 'operator_contacts',
  'core:data-list': 'data_categories',
  'core:purposes': 'purposes',
  'core:third-parties': 'third_party_transfer',
  'core:retention': 'retention_period',
  'core:rights': 'subject_rights',
};

/** Languages the engine reads; other versions are aligned by structure only. */
const READ_LANGUAGES = new Set(['ru', 'kk', 'en']);

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'expected.json'));
}

export function loadExpected(): ExpectedFile[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8')) as ExpectedFile[];
}

export async function lintCorpus(): Promise<{ files: JsonFile[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  await main({
    argv: ['--format', 'json', '.'],
    cwd: CORPUS_DIR,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { files: JSON.parse(stdout) as JsonFile[], stderr };
}

export interface ItemClaim {
  file: string;
  requirement: string;
  item: string;
  rating: Rating | 'unrated';
  severity: string;
}

export interface FindingCheck {
  file: string;
  expected: ExpectedFinding;
  /** For a missing-section expectation: the one item this check is about. */
  section?: string;
  met: boolean;
  /** What the engine reported there (for a must-not that was broken). */
  reported?: string;
}

export interface CorpusReport {
  claims: ItemClaim[];
  /** Items rated missing, and whether the engine said so. */
  missingItems: Array<{ file: string; item: string; found: boolean; jurisdiction: string | null; read: boolean }>;
  retention: Array<{
    file: string;
    line: number;
    text: string;
    expectedPeriod: string | null;
    found: boolean;
    period: string | null;
  }>;
  /** Statements the engine read that the lawyer did not list. */
  extraRetention: Array<{ file: string; line: number; text: string; period: string | null }>;
  retentionMissingWrong: string[];
  musts: FindingCheck[];
  mustNots: FindingCheck[];
  /** Groups whose versions got different item verdicts. */
  groupDisagreements: Array<{ policy: string; verdicts: Record<string, string[]> }>;
  jurisdictions: Array<{ file: string; expected: string | null; detected: string[] }>;
  /** The lawyer's item ratings per file. */
  expectedItems: Map<string, Record<string, Rating>>;
  files: JsonFile[];
}

const lineOf = (range: Range): number => range.start.line + 1;
const covers = (range: Range, line: number): boolean => range.start.line + 1 <= line && line <= range.end.line + 1;
const near = (range: Range, line: number): boolean => covers(range, line) || Math.abs(lineOf(range) - line) <= 1;

/**
 * Rule ids that did not exist when the expectations were written, and the kinds whose part they
 * now report: a must that accepts one of those kinds is met by them too. `law-citation` reports
 * the cited instruments that are no longer valid (the EU-US Privacy Shield), which the lawyer
 * filed under broken-reference or wrong-jurisdiction. A must-not is never widened this way.
 */
const REFINES: Record<string, string[]> = { 'law-citation': ['wrong-jurisdiction', 'broken-reference'] };

/** Findings whose place does not matter: they speak of the whole policy. */
const FILE_LEVEL = new Set(['missing-section', 'retention-missing']);

export function evaluate(expected: ExpectedFile[], files: JsonFile[]): CorpusReport {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const report: CorpusReport = {
    claims: [],
    missingItems: [],
    retention: [],
    extraRetention: [],
    retentionMissingWrong: [],
    musts: [],
    mustNots: [],
    groupDisagreements: [],
    jurisdictions: [],
    expectedItems: new Map(expected.map((e) => [e.file, e.items])),
    files,
  };
  const verdictsByPolicy = new Map<string, Record<string, string[]>>();

  for (const exp of expected) {
    const got = byFile.get(exp.file);
    const diagnostics = got?.diagnostics ?? [];
    report.jurisdictions.push({ file: exp.file, expected: exp.jurisdiction, detected: got?.jurisdictions ?? [] });
    const missingReported = new Map<string, JsonDiagnostic>();
    for (const d of diagnostics) {
      if (d.rule !== 'missing-section' || !d.requirement) continue;
      const item = ITEM_NAMES[d.requirement] ?? null;
      if (item === null) continue;
      report.claims.push({
        file: exp.file,
        requirement: d.requirement,
        item,
        rating: exp.items[item] ?? 'unrated',
        severity: d.severity,
      });
      missingReported.set(item, d);
    }
    for (const [item, rating] of Object.entries(exp.items)) {
      if (rating === 'missing')
        report.missingItems.push({
          file: exp.file,
          item,
          found: missingReported.has(item),
          jurisdiction: exp.jurisdiction,
          read: READ_LANGUAGES.has(exp.file.split('.')[1]!),
        });
    }
    const language = exp.file.split('.')[1]!;
    if (READ_LANGUAGES.has(language)) {
      const policy = exp.file.split('.')[0]!;
      const verdicts = verdictsByPolicy.get(policy) ?? {};
      verdicts[language] = [...missingReported.keys()].sort();
      verdictsByPolicy.set(policy, verdicts);
    }

    // Retention statements.
    const statements = got?.retention ?? [];
    const matched = new Set<number>();
    for (const r of exp.retention) {
      const index = statements.findIndex((s) => covers(s.range, r.line));
      if (index >= 0) matched.add(index);
      report.retention.push({
        file: exp.file,
        line: r.line,
        text: r.text,
        expectedPeriod: r.period,
        found: index >= 0,
        period: index >= 0 ? statements[index]!.period : null,
      });
    }
    statements.forEach((s, i) => {
      if (!matched.has(i))
        report.extraRetention.push({ file: exp.file, line: lineOf(s.range), text: s.text, period: s.period });
    });
    if (
      exp.items.retention_period &&
      exp.items.retention_period !== 'missing' &&
      diagnostics.some((d) => d.rule === 'retention-missing')
    )
      report.retentionMissingWrong.push(exp.file);

    // Must and must-not findings.
    for (const m of exp.must) {
      const kinds = new Set([m.kind, ...(m.also_ok ?? [])]);
      for (const [rule, refined] of Object.entries(REFINES)) if (refined.some((k) => kinds.has(k))) kinds.add(rule);
      if (m.kind === 'missing-section' && m.sections) {
        for (const section of m.sections)
          report.musts.push({ file: exp.file, expected: m, section, met: missingReported.has(section) });
        continue;
      }
      const met = diagnostics.some(
        (d) => kinds.has(d.rule) && (m.line === null || FILE_LEVEL.has(d.rule) || near(d.range, m.line)),
      );
      report.musts.push({ file: exp.file, expected: m, met });
    }
    for (const m of exp.must_not) {
      if (m.kind === 'missing-section' && m.sections) {
        for (const section of m.sections) {
          const hit = missingReported.get(section);
          report.mustNots.push({
            file: exp.file,
            expected: m,
            section,
            met: !hit,
            ...(hit ? { reported: hit.message } : {}),
          });
        }
        continue;
      }
      const hit = diagnostics.find(
        (d) => d.rule === m.kind && (m.line === null || FILE_LEVEL.has(d.rule) || covers(d.range, m.line)),
      );
      report.mustNots.push({
        file: exp.file,
        expected: m,
        met: !hit,
        ...(hit ? { reported: `${lineOf(hit.range)}: ${hit.message}` } : {}),
      });
    }
  }
  for (const [policy, verdicts] of verdictsByPolicy) {
    const distinct = new Set(Object.values(verdicts).map((v) => v.join(',')));
    if (distinct.size > 1) report.groupDisagreements.push({ policy, verdicts });
  }
  return report;
}

export interface CorpusScores {
  /** Of the "the policy does not state X" claims, the share where the lawyer rated X missing. */
  precision: number;
  /**
   * Law-item recall as the product defines a verdict: per policy. An item counts as missing when
   * the lawyer rated it missing in every version of the policy the engine reads (a version that
   * lacks what another states is `untranslated-clause`'s finding, not `missing-section`'s); over
   * the files whose lawyer named a law, in a language the engine reads.
   */
  recall: number;
  /** The same files, counting every item the lawyer rated missing in that file. */
  recallPerFile: number;
  /** Every item the lawyer rated missing, including policies under no named law and unread languages. */
  recallAll: number;
  truePositives: number;
  falsePositives: number;
  retentionFound: number;
  retentionTotal: number;
  mustMet: number;
  mustTotal: number;
  mustNotBroken: number;
  mustNotTotal: number;
}

export function scores(report: CorpusReport): CorpusScores {
  const tp = report.claims.filter((c) => c.rating === 'missing').length;
  const fp = report.claims.filter((c) => c.rating === 'present').length;
  const named = report.missingItems.filter((m) => m.jurisdiction !== null && m.read);
  const ratings = new Map<string, Rating[]>();
  for (const j of report.jurisdictions) {
    const [policy, lang] = j.file.split('.');
    if (!READ_LANGUAGES.has(lang!)) continue;
    for (const [item, rating] of Object.entries(report.expectedItems.get(j.file) ?? {}))
      ratings.set(`${policy}/${item}`, [...(ratings.get(`${policy}/${item}`) ?? []), rating]);
  }
  const policyMissing = named.filter((m) =>
    ratings.get(`${m.file.split('.')[0]}/${m.item}`)?.every((r) => r === 'missing'),
  );
  const found = (list: CorpusReport['missingItems']): number => list.filter((m) => m.found).length;
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: ratio(found(policyMissing), policyMissing.length),
    recallPerFile: ratio(found(named), named.length),
    recallAll: ratio(found(report.missingItems), report.missingItems.length),
    truePositives: tp,
    falsePositives: fp,
    retentionFound: report.retention.filter((r) => r.found).length,
    retentionTotal: report.retention.length,
    mustMet: report.musts.filter((m) => m.met).length,
    mustTotal: report.musts.length,
    mustNotBroken: report.mustNots.filter((m) => !m.met).length,
    mustNotTotal: report.mustNots.length,
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Per rule: musts met / all, must-nots broken / all. */
export function perRule(
  report: CorpusReport,
): Map<string, { met: number; must: number; broken: number; mustNot: number }> {
  const rows = new Map<string, { met: number; must: number; broken: number; mustNot: number }>();
  const row = (kind: string) => {
    let r = rows.get(kind);
    if (!r) rows.set(kind, (r = { met: 0, must: 0, broken: 0, mustNot: 0 }));
    return r;
  };
  for (const m of report.musts) {
    const r = row(m.expected.kind);
    r.must++;
    if (m.met) r.met++;
  }
  for (const m of report.mustNots) {
    const r = row(m.expected.kind);
    r.mustNot++;
    if (!m.met) r.broken++;
  }
  return new Map([...rows].sort(([a], [b]) => a.localeCompare(b)));
}

/** The report in words, for the test output and `npm run corpus`. */
export function describe(report: CorpusReport, verbose: boolean): string {
  const s = scores(report);
  const pct = (x: number): string => x.toFixed(3);
  const lines: string[] = [];
  lines.push(
    `law items: precision ${pct(s.precision)} (${s.truePositives} right, ${s.falsePositives} wrong "missing" claims; ${report.claims.length - s.truePositives - s.falsePositives} on partial or unrated items), recall ${pct(s.recall)} per policy where the lawyer named a law (${pct(s.recallPerFile)} per file; ${pct(s.recallAll)} over every item she rated missing)`,
  );
  lines.push(
    `retention statements found: ${s.retentionFound}/${s.retentionTotal}; read beyond the lawyer's list: ${report.extraRetention.length}; retention-missing on a policy that states retention: ${report.retentionMissingWrong.length}`,
  );
  lines.push(
    `must: ${s.mustMet}/${s.mustTotal} met; must-not: ${s.mustNotBroken}/${s.mustNotTotal} broken; versions disagreeing on items: ${report.groupDisagreements.length}`,
  );
  lines.push('per rule (must met/all, must-not broken/all):');
  for (const [kind, r] of perRule(report))
    lines.push(`  ${kind.padEnd(24)} ${r.met}/${r.must}   ${r.broken}/${r.mustNot}`);
  const wrong = report.claims.filter((c) => c.rating === 'present');
  if (wrong.length > 0)
    lines.push('wrong "missing" claims:', ...wrong.map((c) => `  ${c.file}: ${c.requirement} (${c.severity})`));
  const broken = report.mustNots.filter((m) => !m.met);
  if (broken.length > 0)
    lines.push(
      'must-not findings reported:',
      ...broken.map((m) =>
        `  ${m.file}:${m.expected.line ?? '-'} ${m.expected.kind}${m.section ? ` [${m.section}]` : ''}: ${m.reported ?? ''}`.slice(
          0,
          300,
        ),
      ),
    );
  if (report.retentionMissingWrong.length > 0)
    lines.push(`retention-missing wrongly on: ${report.retentionMissingWrong.join(', ')}`);
  if (report.groupDisagreements.length > 0)
    for (const g of report.groupDisagreements)
      lines.push(`versions of ${g.policy} disagree: ${JSON.stringify(g.verdicts)}`);
  if (verbose) {
    lines.push(
      'jurisdictions (expected → detected):',
      ...report.jurisdictions.map((j) => `  ${j.file}: ${j.expected ?? 'none'} → ${j.detected.join(',') || 'none'}`),
    );
    const unmet = report.musts.filter((m) => !m.met);
    if (unmet.length > 0)
      lines.push(
        'musts not met:',
        ...unmet.map(
          (m) =>
            `  ${m.file}:${m.expected.line ?? '-'} ${m.expected.kind}${m.section ? ` [${m.section}]` : ''}: ${m.expected.detail.slice(0, 140)}`,
        ),
      );
    const missed = report.missingItems.filter((m) => !m.found);
    if (missed.length > 0)
      lines.push('items rated missing that were not reported:', ...missed.map((m) => `  ${m.file}: ${m.item}`));
    const notFound = report.retention.filter((r) => !r.found);
    if (notFound.length > 0)
      lines.push(
        'retention statements not read:',
        ...notFound.map((r) => `  ${r.file}:${r.line} ${r.text.slice(0, 120)}`),
      );
    if (report.extraRetention.length > 0)
      lines.push(
        'retention read beyond the list:',
        ...report.extraRetention.map((r) => `  ${r.file}:${r.line} ${r.period ?? '-'} ${r.text.slice(0, 120)}`),
      );
  }
  return lines.join('\n');
}
