// What one block contributes to the evidence of its part of the policy: the kinds its heading or
// clause states, the profile items and triggers its phrases find, and its facts. Worked out once
// per context (heading, in a definition, about rights) and kept with the block in its memo, so that
// a keystroke merges the contributions of unchanged blocks instead of reading them again.
import type { Block, Section } from '../../model/document.js';
import { blockWords, statementMatches, type KindVocabulary } from '../kinds.js';
import type { CompiledProfile, ItemPhraseTag } from '../../profiles/index.js';
import { requirementId } from '../../profiles/index.js';
import type { PhraseMatch } from '../vocabulary/phrases.js';
import type { SectionKind } from '../../types.js';
import { blockFacts, type Fact } from './facts.js';
import { BASIS_KINDS, blockReadings } from './readings.js';
import { namedTopics } from './heading-topics.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { compactList, emptyList, memoKindOf, proseMemo, recall, remember, type MemoKind } from '../../parse/memo.js';

/** Topics a clause about the subject's rights may state. */
const RIGHTS_LIKE: ReadonlySet<SectionKind> = new Set([
  'rights',
  'consent_withdrawal',
  'requests',
  'complaints',
  'automated_decisions',
  'sale_share',
  'statutory_requirement',
]);

/** What one block contributes in its context, in indices of the block's text (cached with the block). */
export interface Contribution {
  kinds: Array<{ kind: SectionKind; start: number; end: number; via: 'heading' | 'clause' }>;
  items: Array<{ id: string; start: number; end: number }>;
  triggers: Array<{ id: string; start: number; end: number }>;
  facts: Fact[];
}

function profileMatches(block: Block, profile: CompiledProfile): PhraseMatch<ItemPhraseTag>[] {
  return proseMemo(block, memoKindOf('requirements/phrases', profile.id), (text) =>
    profile.phrases.find(text, blockWords(block)),
  );
}

/** The topics a section's heading names, each joined one read on its own too (heading-topics.ts). */
export function headingKinds(section: Section, vocabulary: KindVocabulary): SectionKind[] {
  return namedTopics(section, vocabulary);
}

/**
 * A block's contribution, one per context (heading, in a definition, about rights), cached with the
 * block in the memo `kind` (which names the vocabulary and the profiles).
 */
export function contribution(
  block: Block,
  context: { heading: boolean; definitions: boolean; aboutRights: boolean },
  profiles: readonly CompiledProfile[],
  vocabulary: KindVocabulary,
  words: Lexicon,
  kind: MemoKind,
): Contribution {
  const slot = (context.heading ? 4 : 0) + (context.definitions ? 2 : 0) + (context.aboutRights ? 1 : 0);
  const kept = recall<KeptContributions>(block.core, kind);
  const cached = keptIn(kept, slot);
  if (cached) return cached;
  const made = contributionIn(block, context, profiles, vocabulary, words, slot);
  keep(block, kind, kept, made);
  return made;
}

/** The block's contribution in one context (`slot`), made afresh. */
function contributionIn(
  block: Block,
  context: { heading: boolean; definitions: boolean; aboutRights: boolean },
  profiles: readonly CompiledProfile[],
  vocabulary: KindVocabulary,
  words: Lexicon,
  slot: number,
): KeptContribution {
  const facts = blockFacts(block, words);
  const readings = blockReadings(block, facts, words);
  const found: Contribution = { kinds: [], items: [], triggers: [], facts: readings.instruction ? [] : facts };
  if (readings.instruction) return compact(found, slot);
  if (context.heading) {
    const own = headingKinds(block.section, vocabulary);
    if (own[0] !== 'definitions')
      for (const kind of own) found.kinds.push({ kind, start: -1, end: -1, via: 'heading' });
  } else if (!context.definitions) {
    const within = (spans: ReadonlyArray<{ start: number; end: number }>, m: { start: number; end: number }): boolean =>
      spans.some((n) => n.start < m.end && m.start < n.end);
    for (const m of statementMatches(block, vocabulary)) {
      if (m.phrase.tag === 'rights' && within(readings.notRights, m)) continue;
      if (BASIS_KINDS.has(m.phrase.tag) && within(readings.othersBasis, m)) continue;
      if (!context.aboutRights || RIGHTS_LIKE.has(m.phrase.tag))
        found.kinds.push({ kind: m.phrase.tag, start: m.start, end: m.end, via: 'clause' });
    }
    if (readings.requests) found.kinds.push({ kind: 'requests', ...readings.requests, via: 'clause' });
    if (readings.contactForm) found.facts = [...found.facts, { kind: 'contact-form', ...readings.contactForm }];
  }
  if (context.heading || !context.definitions) {
    for (const profile of profiles) {
      for (const m of profileMatches(block, profile)) {
        const id = requirementId(profile.id, m.phrase.tag.item);
        if (m.phrase.tag.role === 'trigger') found.triggers.push({ id, start: m.start, end: m.end });
        else if (m.phrase.tag.role === 'phrase' || context.heading)
          found.items.push({ id, start: m.start, end: m.end });
      }
    }
  }
  return compact(found, slot);
}

/** The contexts a block's contribution is kept for: heading, in a definition, about rights. */
const CONTEXTS = 8;

/** A contribution as kept with the block, with the context (0-7) it was made in. */
interface KeptContribution extends Contribution {
  readonly slot: number;
}

/**
 * A block's memo of contributions: most blocks are read in one context only, kept on its own; a
 * list of one per context once a second is asked for (an array of eight per block, and an object
 * per empty contribution, held several megabytes with three 1 MB versions open).
 */
type KeptContributions = KeptContribution | Array<KeptContribution | undefined>;

function keptIn(kept: KeptContributions | undefined, slot: number): KeptContribution | undefined {
  if (kept === undefined) return undefined;
  if (Array.isArray(kept)) return kept[slot];
  return kept.slot === slot ? kept : undefined;
}

function keep(block: Block, kind: MemoKind, kept: KeptContributions | undefined, made: KeptContribution): void {
  if (kept === undefined) remember(block.core, kind, made);
  else if (Array.isArray(kept)) kept[made.slot] = made;
  else {
    const slots = new Array<KeptContribution | undefined>(CONTEXTS);
    slots[kept.slot] = kept;
    slots[made.slot] = made;
    remember(block.core, kind, slots);
  }
}

/** What most blocks contribute in each context: nothing, one shared object per context. */
const NOTHING: readonly KeptContribution[] = Array.from({ length: CONTEXTS }, (_, slot) =>
  Object.freeze<KeptContribution>({
    kinds: emptyList(),
    items: emptyList(),
    triggers: emptyList(),
    facts: emptyList(),
    slot,
  }),
);

/** A contribution as kept with the block: most of its lists are empty, and share one. */
function compact(found: Contribution, slot: number): KeptContribution {
  if (found.kinds.length + found.items.length + found.triggers.length + found.facts.length === 0) return NOTHING[slot]!;
  return {
    kinds: compactList(found.kinds),
    items: compactList(found.items),
    triggers: compactList(found.triggers),
    facts: compactList(found.facts),
    slot,
  };
}
