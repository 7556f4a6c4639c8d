// Which rights a policy grants the data subject, read in the sections that state its rights item
// (the words are in vocabulary/rights.yaml). A rights section may be only a fragment: "you may
// update your data and withdraw your consent". Every law pplint knows gives at least the rights of
// access and erasure, so a section that grants some rights but neither of those two does not state
// the subject's rights. A section whose rights are not recognised at all (a bare reference to an
// article) is left alone: the reading cannot tell what it grants. The subject's own duties in the
// section («Пользователь обязан: … обновлять данные») grant nothing (subject-duties.ts).
import type { PolicyDocument } from '../../model/document.js';
import { foldForMatch } from '../../language/normalize.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import type { PolicyStatus } from './policy.js';
import { textWithoutSubjectDuties } from './subject-duties.js';

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'blocking',
  'objection',
  'portability',
  'withdrawal',
  'complaint',
] as const;
export type Right = (typeof RIGHTS)[number];

/** The rights every law pplint knows gives; a rights section without any of them is a fragment. */
export const CORE_RIGHTS: readonly Right[] = ['access', 'erasure'];

export interface RightsFragment {
  /** The rights the policy's rights sections grant, in RIGHTS order. */
  found: Right[];
  /** The core rights none of them grants. */
  missing: Right[];
}

/**
 * The text with the words that only look like a right blanked out (`right-…-lookalike` in
 * rights.yaml: «изменения в Политику» are the operator's changes to the policy, not the subject's
 * correction of their data).
 */
function withoutLookalikes(text: string, right: Right, lex: Lexicon): string {
  const family = `right-${right}-lookalike`;
  if (!lex.has(family)) return text;
  let out = text;
  for (const m of lex.find(family, text)) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

/** The rights the text of these sections grants (cached per document and section). */
export function sectionRights(doc: PolicyDocument, section: number, lex: Lexicon): Set<Right> {
  const key = `rights/${lex.id}/${section}`;
  const cached = doc.facts.get(key) as Set<Right> | undefined;
  if (cached) return cached;
  const span = doc.sections[section]?.span;
  const found = new Set<Right>();
  if (span) {
    const text = foldForMatch(textWithoutSubjectDuties(doc, span, lex));
    for (const right of RIGHTS) if (lex.test(`right-${right}`, withoutLookalikes(text, right, lex))) found.add(right);
  }
  doc.facts.set(key, found);
  return found;
}

/**
 * For a rights item the policy states: whether the sections that state it, in every language
 * version, grant some rights but none of the core ones. Null when the item is not stated, when no
 * right is recognised, or when a core right is granted.
 */
export function rightsFragment(policy: PolicyStatus, requirement: string, lex: Lexicon): RightsFragment | null {
  const found = new Set<Right>();
  for (const version of policy.versions) {
    const state = version.items.get(requirement);
    if (state?.status !== 'satisfied') continue;
    // Every section the classifier took for a rights section, and wherever else the item is
    // stated (the evidence keeps only a few places, and a clause may come before the section).
    const { span } = version.part;
    const sections = new Set(state.evidence.map((e) => e.section));
    for (const section of version.doc.sections)
      if (section.kinds.includes('rights') && section.span.start >= span.start && section.span.start < span.end)
        sections.add(section.index);
    for (const section of sections) for (const right of sectionRights(version.doc, section, lex)) found.add(right);
  }
  if (found.size === 0 || CORE_RIGHTS.some((r) => found.has(r))) return null;
  return { found: RIGHTS.filter((r) => found.has(r)), missing: CORE_RIGHTS.filter((r) => !found.has(r)) };
}
