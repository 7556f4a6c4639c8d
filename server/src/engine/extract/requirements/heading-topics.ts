// A heading that names several topics ("Purposes and Grounds", «Цели и основания») stands for
// each of them only when its section speaks of it: a list of purposes under "Purposes and
// Grounds" states purposes and no ground. Which words show that a section speaks of a topic is
// data (vocabulary/heading-topics.yaml, a family `body-<kind>` per topic); a topic without such a
// family counts from the heading alone, as it always has, so that "Retention and deletion" over a
// period still states both.
import type { PolicyDocument, Section } from '../../model/document.js';
import type { SectionKind } from '../../types.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { strongestNonOverlapping } from '../vocabulary/phrases.js';
import { headingMatches, type KindVocabulary } from '../kinds.js';
import { othersBasisSentences } from './readings.js';

/**
 * Words that join two topics in a heading (a closed class, so code): "Purposes and Grounds",
 * «Цели и основания обработки», «Мақсаттар мен негіздер», "Storage & security".
 */
const JOINS = /\s*(?:[,;&/]|\s(?:and|и|мен|бен|пен|және|а также)\s)\s*/iu;

/**
 * The topics a heading names, each conjunct read on its own as well: «Цели и основания обработки»
 * names purposes and grounds, though «цели … обработки» read whole spans both words.
 */
export function namedTopics(section: Section, vocabulary: KindVocabulary): SectionKind[] {
  if (!section.heading) return [];
  const kinds = headingMatches(section.heading, section.title, vocabulary).map((m) => m.phrase.tag);
  const parts = section.title.split(JOINS).filter((p) => p.trim() !== '');
  if (parts.length > 1)
    for (const part of parts)
      for (const m of strongestNonOverlapping(vocabulary.headings.find(part))) kinds.push(m.phrase.tag);
  return [...new Set(kinds)];
}

const familyOf = (kind: SectionKind): string => `body-${kind}`;

/** The text under a heading: the section's blocks after it, subsections included. */
function bodyText(doc: PolicyDocument, section: Section): string {
  const texts: string[] = [];
  const first = section.heading ? section.heading.index + 1 : 0;
  for (let i = first; i < doc.blocks.length && doc.blocks[i]!.start < section.span.end; i++) {
    const block = doc.blocks[i]!;
    if (block.type !== 'code' && block.type !== 'html' && block.type !== 'frontmatter') texts.push(block.text);
  }
  return texts.join('\n');
}

/** The text without its sentences that demand a basis of the customers ("users must have consent"): not the operator's ground. */
function withoutOthersBasis(text: string, words: Lexicon): string {
  let out = text;
  for (const s of othersBasisSentences(text, words))
    out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/**
 * Of the topics a section's heading names, those it stands for: every topic of a heading that
 * names one, else those without a `body-<kind>` family and those whose words the section holds.
 */
export function headingTopics(
  doc: PolicyDocument,
  section: Section,
  kinds: readonly SectionKind[],
  words: Lexicon,
): Set<SectionKind> {
  if (kinds.length < 2) return new Set(kinds);
  let body: string | undefined;
  return new Set(
    kinds.filter((kind) => {
      const family = familyOf(kind);
      if (!words.has(family)) return true;
      body ??= withoutOthersBasis(bodyText(doc, section), words);
      return words.test(family, body);
    }),
  );
}
