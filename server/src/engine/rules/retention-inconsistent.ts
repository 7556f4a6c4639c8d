// retention-inconsistent: two retention statements for the same data or purpose disagree, in one
// file (also between the language versions one file holds) or between the language versions of a
// policy, clause by clause.
// Legal source: Law 94-V Art. 12 p.2 and Art. 24 p.1 sub-para 1 (the subject must learn the
// storage period); GDPR Art. 13(2)(a) and Art. 12(1) (clear information); a policy that states two
// periods for the same data states none a regulator will accept.
// A version that disagrees with the primary version gets a fix: its period rewritten to the
// primary's value, grammatically and in its own style. No options.
import { defineRule, type Rule, type VersionGroup } from './framework.js';
import type { Clause, PolicyDocument } from '../model/document.js';
import { documentRetention, type RetentionStatement } from '../extract/retention/index.js';
import { findConflicts, periodsDisagree } from '../extract/retention/compare.js';
import { eventKey } from '../extract/retention/covers.js';
import { rewritePeriod } from '../extract/retention/rewrite.js';
import { formatDuration } from '../language/plural.js';
import type { FixProposal, Localized, RelatedLocation } from '../types.js';
import type { RuleContext } from './framework.js';

type VersionMember = VersionGroup['members'][number];

/** The counterpart of a clause in another language version (the alignment provides it). */
export type CounterpartFinder = (group: VersionGroup, fromDoc: PolicyDocument, clause: Clause, to: VersionMember) => Clause | null;

/** The group a document is linted in: the server's, else the versions inside the file. */
export type GroupFinder = (doc: PolicyDocument, group: VersionGroup | null, config: RuleContext['config']) => VersionGroup | null;

const LANGUAGE_NAMES: Record<string, Localized> = {
  en: { en: 'English', ru: 'английской', kk: 'ағылшын' },
  ru: { en: 'Russian', ru: 'русской', kk: 'орыс' },
  kk: { en: 'Kazakh', ru: 'казахской', kk: 'қазақ' },
};

function period(s: RetentionStatement): Localized {
  const d = s.duration!;
  const say = (lang: 'en' | 'ru' | 'kk'): string => `${s.bound === 'min' ? { en: 'at least ', ru: 'не менее ', kk: 'кемінде ' }[lang] : s.bound === 'max' ? { en: 'at most ', ru: 'не более ', kk: 'көп дегенде ' }[lang] : ''}${formatDuration(d.value, d.unit, lang, { digits: true, words: false })}`;
  return { en: say('en'), ru: say('ru'), kk: say('kk') };
}

function lineOf(doc: PolicyDocument, offset: number): number {
  let line = 1;
  for (let i = doc.text.indexOf('\n'); i !== -1 && i < offset; i = doc.text.indexOf('\n', i + 1)) line++;
  return line;
}

function harmonise(target: RetentionStatement, primary: RetentionStatement): FixProposal | undefined {
  if (!primary.duration || target.bound !== primary.bound) return undefined;
  const rewrite = rewritePeriod(target, primary.duration.value, primary.duration.unit);
  return rewrite ? { title: { id: 'retention-inconsistent/harmonise', data: { from: rewrite.from, to: rewrite.to } }, edits: [rewrite.edit] } : undefined;
}

function languageName(lang: string | null): Localized {
  return LANGUAGE_NAMES[lang ?? ''] ?? { en: lang ?? '?' };
}

/**
 * Conflicts inside one file. Between the versions a file holds, statements are compared by what
 * they cover only when no alignment is at hand (with one, acrossVersions pairs them clause by clause).
 */
function withinDocument(context: RuleContext, aligned: (s: RetentionStatement) => boolean): void {
  const { doc } = context;
  const primaryLang = context.config.primaryLanguage;
  const primaryPart = Math.max(0, doc.versions.findIndex((v) => v.lang !== null && v.lang === primaryLang));
  for (const conflict of findConflicts(documentRetention(doc))) {
    const statement = conflict.statement;
    const others = aligned(statement) ? conflict.others.filter((o) => o.part === statement.part) : conflict.others;
    if (others.length === 0) continue;
    const other = others.find((o) => o.part === primaryPart) ?? others[0]!;
    const related: RelatedLocation[] = others.slice(0, 3).map((o) => ({ span: o.focus, message: { id: 'retention-inconsistent/other', data: { period: period(o) } } }));
    const crossPart = other.part !== statement.part && other.part === primaryPart && doc.versions.length > 1;
    const fix = crossPart ? harmonise(statement, other) : undefined;
    context.report({
      messageId: crossPart ? 'version-conflict' : 'conflict',
      data: {
        period: period(statement), other: period(other), line: lineOf(doc, other.focus.start), covers: statement.covers ?? other.covers ?? '—',
        lang: languageName(statement.lang), primary: languageName(other.lang),
      },
      span: statement.focus,
      related,
      ...(fix ? { fix } : {}),
    });
  }
}

function acrossVersions(context: RuleContext, counterpart: CounterpartFinder, groupFor: GroupFinder | null): void {
  const { doc } = context;
  const found = versionLinks(context, counterpart, groupFor);
  if (!found) return;
  const { group, primary } = found;
  const own = group.members.filter((m) => m.doc === doc && !(m.doc === primary.doc && m.part === primary.part));
  if (own.length === 0) return;
  const mine = documentRetention(doc);
  const primaryStatements = documentRetention(primary.doc).filter((p) => p.duration && (primary.doc.versions.length <= 1 || p.part === primary.part));
  for (const member of own) {
    const byClause = new Map<Clause, RetentionStatement[]>();
    for (const s of mine) {
      if (!s.duration || !s.clause || (doc.versions.length > 1 && s.part !== member.part)) continue;
      byClause.set(s.clause, [...(byClause.get(s.clause) ?? []), s]);
    }
    for (const [clause, statements] of byClause) {
      const match = counterpart(group, doc, clause, primary);
      if (!match) continue;
      const theirs = primaryStatements.filter((p) => p.clause === match);
      // Periods are paired in order: the n-th period of a clause translates the n-th of its counterpart.
      if (theirs.length !== statements.length) continue;
      statements.forEach((s, i) => report(context, s, theirs[i]!, primary.doc));
    }
  }
}

interface Links {
  group: VersionGroup;
  primary: VersionMember;
}

function versionLinks(context: RuleContext, _counterpart: CounterpartFinder, groupFor: GroupFinder | null): Links | null {
  const { doc } = context;
  const group = groupFor ? groupFor(doc, context.group, context.config) : (context.group?.members.some((m) => m.doc === doc) ? context.group : null) ?? partsOf(doc, context);
  const primary = group ? (group.members.find((m) => m.primary) ?? group.members[0]) : undefined;
  return group && primary ? { group, primary } : null;
}

/** Whether the alignment pairs a statement's clause with one in the primary version of the same file. */
function alignedInFile(context: RuleContext, counterpart: CounterpartFinder | null, groupFor: GroupFinder | null): (s: RetentionStatement) => boolean {
  if (!counterpart || context.doc.versions.length < 2) return () => false;
  const links = versionLinks(context, counterpart, groupFor);
  if (!links || links.primary.doc !== context.doc) return () => false;
  const known = new Map<Clause, boolean>();
  return (s) => {
    if (!s.clause || s.part === links.primary.part) return false;
    let has = known.get(s.clause);
    if (has === undefined) {
      has = counterpart(links.group, context.doc, s.clause, links.primary) !== null;
      known.set(s.clause, has);
    }
    return has;
  };
}

/** The versions one file holds (`<!-- lang: xx -->`), the primary first: the group when no other is given. */
function partsOf(doc: PolicyDocument, context: RuleContext): VersionGroup | null {
  const parts = doc.versions.map((v, part) => ({ lang: v.lang, part })).filter((p) => p.lang !== null);
  if (parts.length < 2 || new Set(parts.map((p) => p.lang)).size < 2) return null;
  const primary = parts.find((p) => p.lang === context.config.primaryLanguage) ?? parts[0]!;
  const members = parts.map((p) => ({ doc, part: p.part, lang: p.lang, primary: p === primary }));
  return { members: [...members.filter((m) => m.primary), ...members.filter((m) => !m.primary)] };
}

function report(context: RuleContext, s: RetentionStatement, p: RetentionStatement, primaryDoc: PolicyDocument): void {
  const ea = eventKey(s.from);
  const eb = eventKey(p.from);
  if ((ea !== null && eb !== null && ea !== eb) || periodsDisagree(p, s) !== true) return;
  const fix = harmonise(s, p);
  context.report({
    messageId: 'version-conflict',
    data: { period: period(s), other: period(p), line: lineOf(primaryDoc, p.focus.start), covers: s.covers ?? p.covers ?? '—', lang: languageName(s.lang), primary: languageName(p.lang) },
    span: s.focus,
    related: [{ ...(primaryDoc !== context.doc ? { uri: primaryDoc.uri } : {}), span: p.focus, message: { id: 'retention-inconsistent/other', data: { period: period(p) } } }],
    ...(fix ? { fix } : {}),
  });
}

/**
 * The rule, given how to find a clause's counterpart in another version and the group a document
 * is linted in (null: versions are compared only by what their statements cover, within one file).
 */
export function createRetentionInconsistent(counterpart: CounterpartFinder | null, groupFor: GroupFinder | null = null): Rule {
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
      scope: 'document',
    },
    check(context) {
      // Where the alignment pairs a clause with the primary's, acrossVersions compares them; elsewhere
      // versions in one file are compared by what their statements cover.
      withinDocument(context, alignedInFile(context, counterpart, groupFor));
      if (counterpart) acrossVersions(context, counterpart, groupFor);
    },
  });
}

export default createRetentionInconsistent(null);
