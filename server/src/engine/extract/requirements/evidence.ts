// What one part of a policy states, gathered once for every profile item: the kinds its headings
// name, the topics its clauses state (by the `clause` phrases of section-kinds.yaml, wherever
// they stand), the items the profiles' own phrases find, and facts (contacts, dates, a BIN).
// Two readings keep a careful lawyer's precision:
// - a definitions section or clause states nothing but the meaning of words ("cross-border
//   transfer means …" says nothing of whether data leave the country);
// - a clause about the subject's rights states only rights-like items: "the right to learn the
//   retention period" is not a retention period.
import type { Block, PolicyDocument, Section } from '../../model/document.js';
import { clauseStatements, headingMatches, statementMatches, type KindVocabulary } from '../kinds.js';
import type { CompiledProfile, ItemPhraseTag } from '../../profiles/index.js';
import { requirementId } from '../../profiles/index.js';
import type { FactKind } from '../../profiles/types.js';
import type { PhraseMatch } from '../vocabulary/phrases.js';
import type { SectionKind, Span } from '../../types.js';
import { blockFacts } from './facts.js';
import type { PolicyPart } from './parts.js';

export interface Evidence {
  /** The heading, words or fact that state the item. */
  span: Span;
  via: 'heading' | 'clause' | 'phrase' | 'fact';
  kind?: SectionKind;
  fact?: FactKind;
  /** Index of the section the evidence stands in. */
  section: number;
}

export interface Trigger {
  span: Span;
  text: string;
  section: number;
}

export interface PartEvidence {
  kinds: Map<SectionKind, Evidence[]>;
  /** By requirement id (`kz:consent-term`): what the item's own phrases found. */
  items: Map<string, Evidence[]>;
  facts: Map<FactKind, Evidence[]>;
  /** By requirement id: words that show the situation of a `when-mentioned` item. */
  triggers: Map<string, Trigger[]>;
}

/** Topics a clause about the subject's rights may state. */
const RIGHTS_LIKE: ReadonlySet<SectionKind> = new Set(['rights', 'consent_withdrawal', 'requests', 'complaints', 'automated_decisions', 'sale_share', 'statutory_requirement']);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function profileMatches(block: Block, profile: CompiledProfile): PhraseMatch<ItemPhraseTag>[] {
  const key = `requirements/phrases/${profile.id}`;
  let matches = block.core.memo.get(key) as PhraseMatch<ItemPhraseTag>[] | undefined;
  if (!matches) {
    matches = block.type === 'code' || block.type === 'html' || block.type === 'frontmatter' ? [] : profile.phrases.find(block.text);
    block.core.memo.set(key, matches);
  }
  return matches;
}

/** The kinds a section's heading names; for a heading that names none, its nearest ancestor's. */
function contextKinds(section: Section, vocabulary: KindVocabulary, cache: Map<Section, SectionKind[]>): SectionKind[] {
  const cached = cache.get(section);
  if (cached) return cached;
  let kinds: SectionKind[] = [];
  if (section.heading) kinds = [...new Set(headingMatches(section.heading, section.title, vocabulary).map((m) => m.phrase.tag))];
  if (kinds.length === 0 && section.parent) kinds = contextKinds(section.parent, vocabulary, cache);
  cache.set(section, kinds);
  return kinds;
}

function ownHeadingKinds(section: Section, vocabulary: KindVocabulary): SectionKind[] {
  return section.heading ? [...new Set(headingMatches(section.heading, section.title, vocabulary).map((m) => m.phrase.tag))] : [];
}

export function collectEvidence(doc: PolicyDocument, ranges: readonly PolicyPart[], profiles: readonly CompiledProfile[], vocabulary: KindVocabulary): PartEvidence {
  const evidence: PartEvidence = { kinds: new Map(), items: new Map(), facts: new Map(), triggers: new Map() };
  const context = new Map<Section, SectionKind[]>();
  for (const range of ranges) {
    for (let i = range.firstBlock; i < range.endBlock; i++) {
      const block = doc.blocks[i]!;
      if (block.type === 'code' || block.type === 'html' || block.type === 'frontmatter') continue;
      const section = block.section;
      const isHeading = section.heading === block;
      const sectionKinds = contextKinds(section, vocabulary, context);
      const clauseKinds = block.clause ? clauseStatements(block.clause, vocabulary) : [];
      const definitions = sectionKinds[0] === 'definitions' || clauseKinds.includes('definitions');
      const aboutRights = sectionKinds.includes('rights') || clauseKinds.includes('rights');

      for (const fact of blockFacts(block)) push(evidence.facts, fact.kind, { span: block.sourceSpan(fact.start, fact.end), via: 'fact', fact: fact.kind, section: section.index });

      if (isHeading) {
        const own = ownHeadingKinds(section, vocabulary);
        if (own[0] !== 'definitions') for (const kind of own) push(evidence.kinds, kind, { span: { start: block.start, end: block.end }, via: 'heading', kind, section: section.index });
      } else if (!definitions) {
        for (const m of statementMatches(block, vocabulary)) {
          if (aboutRights && !RIGHTS_LIKE.has(m.phrase.tag)) continue;
          push(evidence.kinds, m.phrase.tag, { span: block.sourceSpan(m.start, m.end), via: 'clause', kind: m.phrase.tag, section: section.index });
        }
      }
      if (definitions && !isHeading) continue;

      for (const profile of profiles) {
        for (const m of profileMatches(block, profile)) {
          const id = requirementId(profile.id, m.phrase.tag.item);
          const span = block.sourceSpan(m.start, m.end);
          if (m.phrase.tag.role === 'trigger') push(evidence.triggers, id, { span, text: block.text.slice(m.start, m.end), section: section.index });
          else if (m.phrase.tag.role === 'phrase' || isHeading) push(evidence.items, id, { span, via: 'phrase', section: section.index });
        }
      }
    }
  }
  return evidence;
}
