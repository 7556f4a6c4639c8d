// Transfer instruments relied on that a court has invalidated: the EU-US Privacy Shield (Court of
// Justice of the EU, 16 July 2020, C-311/18 Schrems II) and the Safe Harbor principles (6 October
// 2015, C-362/14 Schrems I). A sentence that says the instrument is no longer valid speaks of it
// rightly and is left alone. The words are in vocabulary/instruments.yaml.
import type { Block } from '../../model/document.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { sentenceBounds } from '../jurisdictions/sentences.js';
import { emptyList, memoKind, recall, remember } from '../../parse/memo.js';

export type Instrument = 'privacy-shield' | 'safe-harbor';

export interface InstrumentCitation {
  instrument: Instrument;
  block: Block;
  /** Indices into the block's text. */
  start: number;
  end: number;
}

const INSTRUMENTS: readonly Instrument[] = ['privacy-shield', 'safe-harbor'];

/** The citations in these blocks (a document's, or those an edit made anew). */
export function invalidInstruments(blocks: readonly Block[], vocabulary: Lexicon): InstrumentCitation[] {
  const out: InstrumentCitation[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'tableCell' && block.type !== 'heading') continue;
    for (const found of inBlock(block, vocabulary)) out.push({ ...found, block });
  }
  return out;
}

type Found = Omit<InstrumentCitation, 'block'>;

/**
 * One block's citations, kept with the block for the vocabulary they were read with: the rule runs
 * on every keystroke, and only the edited block is new.
 */
function inBlock(block: Block, vocabulary: Lexicon): Found[] {
  const cached = recall<{ vocabulary: Lexicon; found: Found[] }>(block.core, MEMO);
  if (cached?.vocabulary === vocabulary) return cached.found;
  const found: Found[] = [];
  for (const [start, end] of sentenceBounds(block.text)) {
    const sentence = block.text.slice(start, end);
    if (vocabulary.test('instrument-invalid-words', sentence)) continue;
    for (const instrument of INSTRUMENTS) {
      const m = vocabulary.find(instrument, sentence)[0];
      if (m) found.push({ instrument, start: start + m.start, end: start + m.end });
    }
  }
  // Most blocks cite no instrument: they share one memo per vocabulary.
  if (found.length === 0 && noneFound?.vocabulary !== vocabulary)
    noneFound = Object.freeze({ vocabulary, found: emptyList<Found>() });
  return remember(block.core, MEMO, found.length === 0 ? noneFound! : { vocabulary, found }).found;
}

/** The memo of a block that cites no instrument, for the vocabulary last read with. */
let noneFound: { vocabulary: Lexicon; found: Found[] } | undefined;

const MEMO = memoKind('invalid-instruments');
