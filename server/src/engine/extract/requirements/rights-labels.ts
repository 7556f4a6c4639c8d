// A list of the subject's rights that names each right by a bare label ("Deletion", "Correction",
// «Удаление») under a heading on the subject's rights: the heading says what the labels are, so
// each label states its right. Only a short item counts, so that a sentence in a rights section
// about deleting old logs states no right to delete; the words of each right are rights.yaml's.
import type { Block } from '../../model/document.js';
import type { CompiledProfile } from '../../profiles/index.js';
import type { SectionKind } from '../../types.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { splitWords } from '../vocabulary/phrases.js';

/** The most words a label may have ("Access / Portability", "Right to Delete"). */
const MAX_LABEL_WORDS = 4;

/** The ids of the profile items (with a `right`) whose right this block names as a label. */
export function labelledRights(
  block: Block,
  sectionKinds: readonly SectionKind[],
  profiles: readonly CompiledProfile[],
  words: Lexicon,
): Array<{ profile: string; item: string }> {
  if (!sectionKinds.includes('rights')) return [];
  if (block.type !== 'tableCell' && block.core.listMarker === undefined) return [];
  if (splitWords(block.text).words.length > MAX_LABEL_WORDS) return [];
  const out: Array<{ profile: string; item: string }> = [];
  for (const profile of profiles)
    for (const item of profile.items)
      if (item.right && words.test(`right-${item.right}`, block.text)) out.push({ profile: profile.id, item: item.id });
  return out;
}
