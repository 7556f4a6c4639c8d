// What the JSON contract shows of the clauses: each topic a clause states outside a section whose
// heading names that topic ("a retention sentence inside «How we use your data»"), so that the
// engine's reading can be checked from outside. Definitions state no topic.
import type { PolicyDocument, Section } from '../../model/document.js';
import { clauseStatements, headingMatches, type KindVocabulary } from '../kinds.js';
import type { SectionKind, Span } from '../../types.js';

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

export function clausesOutsideTheirSections(doc: PolicyDocument, vocabulary: KindVocabulary): ClauseKind[] {
  const out: ClauseKind[] = [];
  const headed = new Map<Section, Set<SectionKind>>();
  for (const clause of doc.clauses) {
    const kinds = clauseStatements(clause, vocabulary);
    if (kinds.length === 0 || kinds.includes('definitions')) continue;
    let around = headed.get(clause.section);
    if (!around) headed.set(clause.section, (around = headedKinds(clause.section, vocabulary)));
    if (around.has('definitions')) continue;
    for (const kind of kinds)
      if (!around.has(kind)) out.push({ kind, span: { start: clause.span.start, end: clause.span.end } });
  }
  return out;
}
