// The periods of a block, found once and kept in the block's memo across edits. The built-in
// vocabulary's reading is shared with the other extractors (anchors); an extended one (a
// configuration's `vocabulary` may add unit words) is kept under its own key.
import type { Block } from '../../model/document.js';
import { findDurations, type Duration } from '../durations.js';
import type { Lexicon } from '../vocabulary/lexicon.js';

export function blockDurations(block: Block, lex?: Lexicon): Duration[] {
  const key = !lex || lex.id === 'base' ? 'durations' : `durations/${lex.id}`;
  let found = block.core.memo.get(key) as Duration[] | undefined;
  if (!found) {
    found = findDurations(block.text, block.lang, lex);
    block.core.memo.set(key, found);
  }
  return found;
}
