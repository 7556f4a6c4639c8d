// The periods of a block, found once and kept in the block's memo across edits.
import type { Block } from '../../model/document.js';
import { findDurations, type Duration } from '../durations.js';

export function blockDurations(block: Block): Duration[] {
  let found = block.core.memo.get('durations') as Duration[] | undefined;
  if (!found) {
    found = findDurations(block.text, block.lang);
    block.core.memo.set('durations', found);
  }
  return found;
}
