// What Insert Clause… offers in a policy: the clauses in the document's language for the policy's
// laws (and the common sections), a firm's own first; the ones that state an item the policy still
// lacks ahead of the rest; each with where it would go. And the same clause placed in every other
// language version of the policy, so that no version is left without it.
import { checklist } from '../extract/requirements/checklist.js';
import { kindVocabulary } from '../extract/kinds.js';
import { getProfile, PROFILES, type CompiledProfile } from '../profiles/index.js';
import type { ResolvedConfig } from '../config/types.js';
import type { PolicyDocument } from '../model/document.js';
import type { VersionGroup } from '../model/version-group.js';
import { LANGUAGES, type Lang } from '../types.js';
import { DEFAULT_LIBRARY, type ClauseLibrary } from './index.js';
import { partFor, planInsertion, type ClauseInsertion, type SectionPlacer } from './insertion.js';
import type { Clause } from './types.js';

export interface ClauseChoice {
  clause: Clause;
  /** The requirements it states that the policy lacks ("kz:retention"), first the reason to list it first. */
  missing: string[];
  insertion: ClauseInsertion | null;
}

export interface ClauseChoices {
  lang: Lang;
  jurisdictions: string[];
  choices: ClauseChoice[];
}

function langOf(value: string | null | undefined): Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Lang) : 'en';
}

/** The profile whose usual order places the clause: its own law's, else the policy's first. */
function profileFor(clause: Clause, jurisdictions: string[]): CompiledProfile {
  const own =
    clause.items.map((r) => r.split(':')[0]!).find((p) => jurisdictions.includes(p)) ?? clause.items[0]?.split(':')[0];
  return getProfile(own ?? '') ?? getProfile(jurisdictions[0] ?? '') ?? PROFILES.values().next().value!;
}

export function clauseChoices(
  doc: PolicyDocument,
  config: ResolvedConfig,
  group: VersionGroup | null,
  library: ClauseLibrary = DEFAULT_LIBRARY,
  partIndex = 0,
  place?: SectionPlacer,
): ClauseChoices {
  const part = partFor(doc, partIndex);
  const lang = langOf(part?.lang ?? doc.language);
  const list = checklist(doc, config, group);
  const jurisdictions = list.jurisdictions.list;
  const missing = new Set(
    list.profiles
      .flatMap((p) => p.items)
      .filter((i) => i.status === 'missing')
      .map((i) => i.requirement),
  );
  const vocabulary = kindVocabulary(config.vocabulary);
  const relevant = (c: Clause): boolean =>
    c.origin === 'firm' ||
    c.items.length === 0 ||
    jurisdictions.length === 0 ||
    c.items.some((r) => jurisdictions.includes(r.split(':')[0]!));
  const choices = library
    .inLanguage(lang)
    .filter(relevant)
    .map((clause): ClauseChoice => {
      const profile = profileFor(clause, jurisdictions);
      return {
        clause,
        missing: clause.items.filter((r) => missing.has(r)),
        insertion: part ? planInsertion(doc, part, profile, clause, vocabulary, place) : null,
      };
    });
  // Missing first; within each, the firm's approved wording first; then the usual order of the policy's first law.
  const order = getProfile(jurisdictions[0] ?? 'kz')?.order ?? new Map();
  const rank = (c: ClauseChoice): number[] => [
    c.missing.length > 0 ? 0 : 1,
    c.clause.origin === 'firm' ? 0 : 1,
    order.get(c.clause.kind) ?? order.size,
  ];
  const sorted = choices
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((a, b) => a.r[0]! - b.r[0]! || a.r[1]! - b.r[1]! || a.r[2]! - b.r[2]! || a.i - b.i)
    .map((x) => x.c);
  return { lang, jurisdictions, choices: sorted };
}

/**
 * The clause `id` placed in each other language version of the policy (`group`), in that version's
 * language: the insertions the "all versions" option applies, keyed by document URI.
 */
export function insertionsInOtherVersions(
  doc: PolicyDocument,
  config: ResolvedConfig,
  group: VersionGroup | null,
  id: string,
  library: ClauseLibrary = DEFAULT_LIBRARY,
  place?: SectionPlacer,
): Array<{ uri: string; insertion: ClauseInsertion }> {
  const out: Array<{ uri: string; insertion: ClauseInsertion }> = [];
  const jurisdictions = checklist(doc, config, group).jurisdictions.list;
  const vocabulary = kindVocabulary(config.vocabulary);
  for (const member of group?.members ?? []) {
    if (member.doc === doc || member.doc.uri === doc.uri) continue;
    const clause = library.byId(id, langOf(member.lang));
    const part = partFor(member.doc, member.part);
    if (!clause || !part) continue;
    const insertion = planInsertion(member.doc, part, profileFor(clause, jurisdictions), clause, vocabulary, place);
    if (insertion) out.push({ uri: member.doc.uri, insertion });
  }
  return out;
}
