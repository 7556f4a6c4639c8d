// Retention statements of one language version paired with those of the primary version, clause
// by clause, as the alignment pairs the clauses: the n-th period of a clause translates the n-th
// period of its counterpart. The alignment is injected (a function of align/), so that this module
// needs only "the counterpart of this clause in that version".
import type { Clause, PolicyDocument } from '../../model/document.js';
import type { ResolvedConfig } from '../../config/types.js';
import type { VersionGroup } from '../../model/version-group.js';
import { documentRetention, type RetentionStatement } from './index.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { prepare } from '../prepare.js';

export type VersionMember = VersionGroup['members'][number];

/** The counterpart of a clause in another language version (the alignment provides it). */
export type CounterpartFinder = (
  group: VersionGroup,
  fromDoc: PolicyDocument,
  clause: Clause,
  to: VersionMember,
) => Clause | null;

/** The group a document is linted in: the server's, else the versions inside the file. */
export type GroupFinder = (
  doc: PolicyDocument,
  group: VersionGroup | null,
  config: ResolvedConfig,
) => VersionGroup | null;

export interface VersionLinks {
  group: VersionGroup;
  primary: VersionMember;
}

export function versionLinks(
  doc: PolicyDocument,
  given: VersionGroup | null,
  config: ResolvedConfig,
  groupFor: GroupFinder,
): VersionLinks | null {
  const group = groupFor(doc, given, config);
  // Counterparts depend on every version's section kinds: classify them all before aligning, so
  // that the answer does not depend on which version was linted first.
  for (const member of group?.members ?? []) prepare(member.doc, config);
  const primary = group ? (group.members.find((m) => m.primary) ?? group.members[0]) : undefined;
  return group && primary ? { group, primary } : null;
}

export interface VersionPair {
  /** A statement of the linted document, in a version that is not the primary. */
  own: RetentionStatement;
  /** The statement of the primary version it translates. */
  primary: RetentionStatement;
  primaryDoc: PolicyDocument;
}

/** Each period of the linted document's non-primary versions with the primary's period it translates. */
export function pairWithPrimary(
  doc: PolicyDocument,
  links: VersionLinks,
  counterpart: CounterpartFinder,
  lex?: Lexicon,
): VersionPair[] {
  const { group, primary } = links;
  const own = group.members.filter((m) => m.doc === doc && !(m.doc === primary.doc && m.part === primary.part));
  if (own.length === 0) return [];
  const theirsAll = documentRetention(primary.doc, lex).filter(
    (p) => p.duration && (primary.doc.versions.length <= 1 || p.part === primary.part),
  );
  const pairs: VersionPair[] = [];
  for (const member of own) {
    const byClause = new Map<Clause, RetentionStatement[]>();
    for (const s of documentRetention(doc, lex)) {
      if (!s.duration || !s.clause || (doc.versions.length > 1 && s.part !== member.part)) continue;
      byClause.set(s.clause, [...(byClause.get(s.clause) ?? []), s]);
    }
    for (const [clause, statements] of byClause) {
      const match = counterpart(group, doc, clause, primary);
      if (!match) continue;
      const theirs = theirsAll.filter((p) => p.clause === match);
      if (theirs.length !== statements.length) continue;
      statements.forEach((s, i) => pairs.push({ own: s, primary: theirs[i]!, primaryDoc: primary.doc }));
    }
  }
  return pairs;
}

/** Whether the alignment pairs a statement's clause with one in the primary version of the same file. */
export function alignedInFile(
  doc: PolicyDocument,
  links: VersionLinks | null,
  counterpart: CounterpartFinder | null,
): (s: RetentionStatement) => boolean {
  if (!counterpart || !links || doc.versions.length < 2 || links.primary.doc !== doc) return () => false;
  const known = new Map<Clause, boolean>();
  return (s) => {
    if (!s.clause || s.part === links.primary.part) return false;
    let has = known.get(s.clause);
    if (has === undefined) {
      has = counterpart(links.group, doc, s.clause, links.primary) !== null;
      known.set(s.clause, has);
    }
    return has;
  };
}
