// Which rights a policy grants the data subject, read in the sections that state its rights item
// (the words are in vocabulary/rights.yaml). A rights section may be only a fragment: "you may
// update your data and withdraw your consent". Every law pplint knows gives at least the rights of
// access and erasure, so a section that grants some rights but neither of those two does not state
// the subject's rights. A section whose rights are not recognised at all (a bare reference to an
// article) is left alone: the reading cannot tell what it grants. The subject's own duties in the
// section («Пользователь обязан: … обновлять данные») grant nothing (subject-duties.ts).
// A section that grants access or erasure but no other of access, correction and erasure (the
// rights every law pplint knows gives) states the item by one right: "you may delete your account".
// That is reported apart, at a lower level, unless the section refers to the subject's other rights
// under the law ("and other rights provided by the Law"), which it then states by reference. Two
// of the three are left alone: the reading of a right's words is lenient, not a full list.
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

/** The rights every law pplint knows gives in so many words (Law 94-V Art. 24, GDPR Art. 15-17, 152-FZ Art. 14, CCPA). */
export const BASIC_RIGHTS: readonly Right[] = ['access', 'rectification', 'erasure'];

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

interface SectionReading {
  rights: Set<Right>;
  /** Whether the section refers to the subject's other rights under the law (`rights-others`). */
  others: boolean;
}

/** The rights the text of a section grants, and whether it refers to others (cached per document and section). */
function readSection(doc: PolicyDocument, section: number, lex: Lexicon): SectionReading {
  const key = `rights/${lex.id}/${section}`;
  const cached = doc.facts.get(key) as SectionReading | undefined;
  if (cached) return cached;
  const span = doc.sections[section]?.span;
  const reading: SectionReading = { rights: new Set<Right>(), others: false };
  if (span) {
    const text = foldForMatch(textWithoutSubjectDuties(doc, span, lex));
    for (const right of RIGHTS)
      if (lex.test(`right-${right}`, withoutLookalikes(text, right, lex))) reading.rights.add(right);
    reading.others = lex.has('rights-others') && lex.test('rights-others', text);
  }
  doc.facts.set(key, reading);
  return reading;
}

/** The rights the text of these sections grants (cached per document and section). */
export function sectionRights(doc: PolicyDocument, section: number, lex: Lexicon): Set<Right> {
  return readSection(doc, section, lex).rights;
}

/** What the sections stating a satisfied rights item grant, over every language version. */
function grantedRights(policy: PolicyStatus, requirement: string, lex: Lexicon): SectionReading {
  const granted: SectionReading = { rights: new Set<Right>(), others: false };
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
    for (const section of sections) {
      const reading = readSection(version.doc, section, lex);
      for (const right of reading.rights) granted.rights.add(right);
      granted.others ||= reading.others;
    }
  }
  return granted;
}

/**
 * For a rights item the policy states: whether the sections that state it, in every language
 * version, grant some rights but none of the core ones. Null when the item is not stated, when no
 * right is recognised, or when a core right is granted.
 */
export function rightsFragment(policy: PolicyStatus, requirement: string, lex: Lexicon): RightsFragment | null {
  const found = grantedRights(policy, requirement, lex).rights;
  if (found.size === 0 || CORE_RIGHTS.some((r) => found.has(r))) return null;
  return { found: RIGHTS.filter((r) => found.has(r)), missing: CORE_RIGHTS.filter((r) => !found.has(r)) };
}

/**
 * For a rights item the policy states with access or erasure and no other basic right (access,
 * correction, erasure): the two it leaves out, with what it grants. Null otherwise: two basic
 * rights or more, a fragment (rightsFragment), the item not stated, or a section that refers to
 * the subject's other rights under the law.
 */
export function rightsInPart(policy: PolicyStatus, requirement: string, lex: Lexicon): RightsFragment | null {
  const granted = grantedRights(policy, requirement, lex);
  const found = granted.rights;
  if (granted.others || !CORE_RIGHTS.some((r) => found.has(r))) return null;
  const missing = BASIC_RIGHTS.filter((r) => !found.has(r));
  return missing.length === BASIC_RIGHTS.length - 1 ? { found: RIGHTS.filter((r) => found.has(r)), missing } : null;
}
