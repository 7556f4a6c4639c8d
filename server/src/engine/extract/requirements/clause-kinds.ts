// What the JSON contract shows of the clauses: each topic a clause states outside a section whose
// heading names that topic ("a retention sentence inside «How we use your data»"), so that the
// engine's reading can be checked from outside. Definitions state no topic, and a basis demanded
// of the operator's customers ("users must have a lawful basis") states no basis (readings.ts).
import type { Clause, PolicyDocument, Section } from '../../model/document.js';
import { clauseStatements, headingMatches, statementMatches, type KindVocabulary } from '../kinds.js';
import type { SectionKind, Span } from '../../types.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { BASIS_KINDS, othersBasisSentences } from './readings.js';

/** Whether every place in the clause that states `kind` demands a basis of someone else. */
function onlyOthersBasis(clause: Clause, kind: SectionKind, vocabulary: KindVocabulary, words: Lexicon): boolean {
  let found = false;
  for (const block of clause.blocks) {
    const others = othersBasisSentences(block.text, words);
    for (const m of statementMatches(block, vocabulary)) {
      if (m.phrase.tag !== kind) continue;
      if (!others.some((o) => o.start < m.end && m.start < o.end)) return false;
      found = true;
    }
  }
  return found;
}

export interface ClauseKind {
  kind: SectionKind;
  span: Span;
}

/** The kinds the headings of a section and of the sections above it name. */
function headedKinds(
  section: Section | null,
  vocabulary: KindVocabulary,
  out = new Set<SectionKind>(),
): Set<SectionKind> {
  for (let s = section; s; s = s.parent)
    if (s.heading) for (const m of headingMatches(s.heading, s.title, vocabulary)) out.add(m.phrase.tag);
  return out;
}

export function clausesOutsideTheirSections(
  doc: PolicyDocument,
  vocabulary: KindVocabulary,
  words: Lexicon,
): ClauseKind[] {
  const out: ClauseKind[] = [];
  const headed = new Map<Section, Set<SectionKind>>();
  for (const clause of doc.clauses) {
    const kinds = clauseStatements(clause, vocabulary);
    if (kinds.length === 0 || kinds.includes('definitions')) continue;
    let around = headed.get(clause.section);
    if (!around) headed.set(clause.section, (around = headedKinds(clause.section, vocabulary)));
    if (around.has('definitions')) continue;
    for (const kind of kinds)
      if (!around.has(kind) && !(BASIS_KINDS.has(kind) && onlyOthersBasis(clause, kind, vocabulary, words)))
        out.push({ kind, span: { start: clause.span.start, end: clause.span.end } });
  }
  return out;
}
