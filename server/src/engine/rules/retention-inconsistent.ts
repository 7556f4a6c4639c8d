// retention-inconsistent: two retention statements for the same data or purpose disagree, in one
// file (also between the language versions one file holds) or between the language versions of a
// policy, clause by clause.
// Legal source: Law 94-V Art. 12 p.2 and Art. 24 p.1 sub-para 1 (the subject must learn the
// storage period); GDPR Art. 13(2)(a) and Art. 12(1) (clear information); a policy that states two
// periods for the same data states none a regulator will accept.
// A version that disagrees with the primary version gets a fix: its period rewritten to the
// primary's value, grammatically and in its own style. No options.
import { defineRule, type Rule } from './framework.js';
import type { PolicyDocument } from '../model/document.js';
import { documentLines } from '../model/lines.js';
import {
  configuredLexicon,
  configuredRetention,
  configuredRetentionSteps,
  type RetentionStatement,
} from '../extract/retention/index.js';
import { comparable, contestedStatements, findConflictSteps, periodsDisagree } from '../extract/retention/compare.js';
import { eventKey } from '../extract/retention/covers.js';
import type { Lexicon } from '../extract/vocabulary/lexicon.js';
import { rewritePeriod } from '../extract/retention/rewrite.js';
import { formatDuration } from '../language/plural.js';
import type { FixProposal, Localized, RelatedLocation } from '../types.js';
import type { RuleContext } from './framework.js';
import { groupForDocument } from '../align/checks.js';
import type { Steps } from '../extract/steps.js';
import { primaryOf } from '../align/group.js';
import { languageName } from '../align/describe.js';
import {
  alignedInFile,
  pairWithPrimary,
  versionLinks,
  type CounterpartFinder,
  type GroupFinder,
} from '../extract/retention/versions.js';

export type { CounterpartFinder, GroupFinder } from '../extract/retention/versions.js';

function period(s: RetentionStatement): Localized {
  const d = s.duration!;
  const say = (lang: 'en' | 'ru' | 'kk'): string =>
    `${s.bound === 'min' ? { en: 'at least ', ru: 'не менее ', kk: 'кемінде ' }[lang] : s.bound === 'max' ? { en: 'at most ', ru: 'не более ', kk: 'көп дегенде ' }[lang] : ''}${formatDuration(d.value, d.unit, lang, { digits: true, words: false })}`;
  return { en: say('en'), ru: say('ru'), kk: say('kk') };
}

// One line index per document: counting line breaks for each conflict made the rule quadratic.
const lineOf = (doc: PolicyDocument, offset: number): number => documentLines(doc).lineOf(offset) + 1;

/** The statements of a document that its own language version contradicts (once per list of statements). */
const contestedCache = new WeakMap<RetentionStatement[], Set<RetentionStatement>>();
function contested(statements: RetentionStatement[], words: Lexicon): Set<RetentionStatement> {
  let set = contestedCache.get(statements);
  if (!set) contestedCache.set(statements, (set = contestedStatements(statements, words)));
  return set;
}

/**
 * The fix that writes the primary's period into another version: only when the primary states
 * that period without contradicting itself, else fix-all would copy whichever of its periods the
 * clause happens to pair with, and flip between them.
 */
function harmonise(
  target: RetentionStatement,
  primary: RetentionStatement,
  primaryStatements: RetentionStatement[],
  words: Lexicon,
): FixProposal | undefined {
  if (!primary.duration || target.bound !== primary.bound || contested(primaryStatements, words).has(primary))
    return undefined;
  const rewrite = rewritePeriod(target, primary.duration.value, primary.duration.unit, words);
  return rewrite
    ? {
        title: { id: 'retention-inconsistent/harmonise', data: { from: rewrite.from, to: rewrite.to } },
        edits: [rewrite.edit],
      }
    : undefined;
}

/**
 * Whether a statement of the primary part that speaks of the same data states this very period.
 * Comparing by what statements cover is not transitive: a broad statement («5 жыл» in a table
 * row) may be comparable with two of the primary's («3 жыл» for one purpose, «5 жыл» for another)
 * that are not comparable with each other. Then the primary gives no one period to copy, and a fix
 * would flip the row between the two, pass after pass.
 */
function primaryAgreement(
  primaryPart: number,
  statements: RetentionStatement[],
  words: Lexicon,
): (target: RetentionStatement) => boolean {
  // The primary's statements by period, built once per lint: each target reads only its own period's.
  let byPeriod: Map<string, RetentionStatement[]> | undefined;
  const key = (s: RetentionStatement) => `${s.duration!.value}/${s.duration!.unit}`;
  return (target) => {
    if (!target.duration) return false;
    if (!byPeriod) {
      byPeriod = new Map();
      for (const s of statements) {
        if (s.part !== primaryPart || !s.duration || s.conditional) continue;
        const list = byPeriod.get(key(s));
        if (list) list.push(s);
        else byPeriod.set(key(s), [s]);
      }
    }
    return (byPeriod.get(key(target)) ?? []).some(
      (s) => periodsDisagree(s, target) === false && comparable(s, target, words),
    );
  };
}

/**
 * The part of a file that is its primary version: the group's primary (marked `primary`, else
 * `primaryLanguage`, else the first of `languages`), the one the clause-by-clause comparison copies
 * from. Two notions of the primary would make two fixes copy each other's period, and fix-all flip.
 * A file whose primary version is in another file has none (-1); one without versions, its first part.
 */
function primaryPartOf(context: RuleContext, groupFor: GroupFinder): number {
  const group = groupFor(context.doc, context.group, context.config);
  if (!group) return 0;
  const primary = primaryOf(group);
  return primary.doc === context.doc ? primary.part : -1;
}

/**
 * Conflicts inside one file. Between the versions a file holds, statements are compared by what
 * they cover only when no alignment is at hand (with one, acrossVersions pairs them clause by clause).
 */
function* withinDocument(
  context: RuleContext,
  aligned: (s: RetentionStatement) => boolean,
  primaryPart: number,
): Steps<void> {
  const { doc } = context;
  const statements = yield* configuredRetentionSteps(doc, context.config);
  const words = configuredLexicon(context.config);
  const primaryAgrees = primaryAgreement(primaryPart, statements, words);
  for (const conflict of yield* findConflictSteps(statements, words)) {
    const statement = conflict.statement;
    const others = aligned(statement) ? conflict.others.filter((o) => o.part === statement.part) : conflict.others;
    if (others.length === 0) continue;
    const other = others.find((o) => o.part === primaryPart) ?? others[0]!;
    const related: RelatedLocation[] = others
      .slice(0, 3)
      .map((o) => ({ span: o.focus, message: { id: 'retention-inconsistent/other', data: { period: period(o) } } }));
    const crossPart = other.part !== statement.part && other.part === primaryPart && doc.versions.length > 1;
    const fix = crossPart && !primaryAgrees(statement) ? harmonise(statement, other, statements, words) : undefined;
    context.report({
      messageId: crossPart ? 'version-conflict' : 'conflict',
      data: {
        period: period(statement),
        other: period(other),
        line: lineOf(doc, other.focus.start),
        covers: statement.covers ?? other.covers ?? '—',
        lang: languageName(statement.lang),
        primary: languageName(other.lang),
      },
      span: statement.focus,
      related,
      ...(fix ? { fix } : {}),
    });
  }
}

function report(context: RuleContext, s: RetentionStatement, p: RetentionStatement, primaryDoc: PolicyDocument): void {
  const words = configuredLexicon(context.config);
  const ea = eventKey(s.from, words);
  const eb = eventKey(p.from, words);
  if ((ea !== null && eb !== null && ea !== eb) || periodsDisagree(p, s) !== true) return;
  const fix = harmonise(s, p, configuredRetention(primaryDoc, context.config), words);
  context.report({
    messageId: 'version-conflict',
    data: {
      period: period(s),
      other: period(p),
      line: lineOf(primaryDoc, p.focus.start),
      covers: s.covers ?? p.covers ?? '—',
      lang: languageName(s.lang),
      primary: languageName(p.lang),
    },
    span: s.focus,
    related: [
      {
        ...(primaryDoc !== context.doc ? { uri: primaryDoc.uri } : {}),
        span: p.focus,
        message: { id: 'retention-inconsistent/other', data: { period: period(p) } },
      },
    ],
    ...(fix ? { fix } : {}),
  });
}

/**
 * The rule, given how to find a clause's counterpart in another version (null: versions are
 * compared only by what their statements cover, within one file) and the group a document is
 * linted in (by default the alignment's: the server's group, else the versions inside the file).
 */
export function createRetentionInconsistent(
  counterpart: CounterpartFinder | null,
  groupFor: GroupFinder = groupForDocument,
): Rule {
  return defineRule<Record<string, unknown>>({
    id: 'retention-inconsistent',
    meta: {
      docs: {
        description: {
          en: 'Two retention statements for the same data or purpose disagree, in one file or across language versions.',
          ru: 'Два положения о сроке хранения одних и тех же данных противоречат друг другу — в одном файле или в разных языковых версиях.',
          kk: 'Бір деректерді сақтау мерзімі туралы екі ереже бір-біріне қайшы келеді — бір файлда немесе әртүрлі тілдік нұсқаларда.',
        },
        legal: ['Law 94-V, Art. 12 p.2, Art. 24 p.1 sub-para 1', 'GDPR Art. 13(2)(a), Art. 12(1)'],
      },
      defaultSeverity: 'error',
      fixable: true,
      hasSuggestions: false,
      messages: ['conflict', 'version-conflict', 'other', 'harmonise'],
      supersedes: ['translation-mismatch'],
      scope: 'document',
      readsWords: true,
    },
    *check(context) {
      const links = counterpart ? versionLinks(context.doc, context.group, context.config, groupFor) : null;
      // Where the alignment pairs a clause with the primary's, the pairs are compared; elsewhere the
      // versions one file holds are compared by what their statements cover.
      yield* withinDocument(context, alignedInFile(context.doc, links, counterpart), primaryPartOf(context, groupFor));
      if (counterpart && links)
        for (const pair of pairWithPrimary(context.doc, links, counterpart, configuredLexicon(context.config)))
          report(context, pair.own, pair.primary, pair.primaryDoc);
    },
  });
}

export default createRetentionInconsistent(null);
