// Statements that use an item's words but say the opposite (a profile item's `refutedBy`).
// "Our servers are located in Germany" has the words of a statement of where data are stored, yet
// it says they are kept abroad: it does not state Law 94-V's storage in Kazakhstan; nor does a copy
// kept abroad or a possibility ("may be kept in Ireland"). A clause counts by its own sentence; a
// heading ("Where we store data") by what its section says.
import type { Block, PolicyDocument } from '../../model/document.js';
import type { ProfileItem } from '../../profiles/index.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import type { Evidence } from './evidence.js';
import { partitionPoint } from '../../model/search.js';
import { sentenceBounds } from '../jurisdictions/sentences.js';
import { speaksOfStorageAbroad } from '../storage-abroad.js';
import type { Sentence } from '../statement-sentences.js';
import { memoKindOf, recall, remember } from '../../parse/memo.js';

export interface Refuted {
  /** Whether this statement of the item says the opposite of it. */
  refutes(item: ProfileItem, evidence: Evidence): boolean;
}

/**
 * The sentences of a block that keep data abroad, as source spans. Kept with the block (its memo
 * per vocabulary): a keystroke elsewhere reads the evidence again, not the blocks it stands in.
 */
function abroadSentences(block: Block, words: Lexicon): Array<{ start: number; end: number }> {
  const readNow = (): Array<[number, number]> =>
    sentenceBounds(block.text).filter(([start, end]) => {
      const sentence: Sentence = { block, start, text: block.text.slice(start, end) };
      return speaksOfStorageAbroad(sentence, words);
    });
  const kind = memoKindOf('requirements/storage-abroad', words.id);
  // A table cell is read with its row (the provider may stand in another cell): not kept.
  const read =
    block.type === 'tableCell'
      ? readNow()
      : (recall<Array<[number, number]>>(block.core, kind) ?? remember(block.core, kind, readNow()));
  return read.map(([start, end]) => block.sourceSpan(start, end));
}

/** The prose blocks (paragraphs, table cells) from one source offset to another. */
function proseBetween(doc: PolicyDocument, start: number, end: number): Block[] {
  const out: Block[] = [];
  for (let i = partitionPoint(doc.blocks, (b) => b.end <= start); i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    if (block.start >= end) break;
    if (block.type === 'paragraph' || block.type === 'tableCell') out.push(block);
  }
  return out;
}

export function refutationsIn(doc: PolicyDocument, words: Lexicon): Refuted {
  const abroad = (block: Block, at?: number): boolean =>
    abroadSentences(block, words).some((s) => at === undefined || (s.start <= at && at < s.end));
  const atHome = (text: string): boolean => words.test('kz-country', text) || words.test('kz-cities', text);
  return {
    refutes(item, evidence) {
      if (!item.refutedBy?.includes('storage-abroad')) return false;
      if (evidence.via === 'heading') {
        const section = doc.sections[evidence.section];
        if (section === undefined) return false;
        const prose = proseBetween(doc, section.span.start, section.span.end);
        // A section that names Kazakhstan may keep the database there in words no phrase reads.
        return prose.some((b) => abroad(b)) && !prose.some((b) => atHome(b.text));
      }
      const block = proseBetween(doc, evidence.span.start, evidence.span.start + 1)[0];
      return block !== undefined && abroad(block, evidence.span.start);
    },
  };
}
