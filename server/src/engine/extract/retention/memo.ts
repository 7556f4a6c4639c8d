// The periods of a block, found once and kept in the block's memo across edits. The built-in
// vocabulary's reading is shared with the other extractors (anchors); an extended one (a
// configuration's `vocabulary` may add unit words) is kept under its own key.
import type { Block } from '../../model/document.js';
import { findDurations, type Duration } from '../durations.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { memoKind, memoKindOf, recall, remember } from '../../parse/memo.js';

const DURATIONS = memoKind('durations');

export function blockDurations(block: Block, lex?: Lexicon): Duration[] {
  const kind = !lex || lex.id === 'base' ? DURATIONS : memoKindOf('durations', lex.id);
  return recall<Duration[]>(block.core, kind) ?? remember(block.core, kind, findDurations(block.text, block.lang, lex));
}
