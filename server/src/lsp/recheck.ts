// After a keystroke the block rules (`reach: 'block'`) run again only on the blocks the edit made
// anew: each of their findings depends on nothing but its block, so in every other block the
// previous analysis's findings are carried over like the document-wide ones (carry.ts). A
// keystroke in a 1 MB draft then checks a few blocks, not ten thousand.
import type { Block, PolicyDocument } from '../engine/index.js';
import type { TextChange } from './carry.js';
import { lastStartingAt, partitionPoint } from '../engine/model/search.js';

/**
 * Beyond this many blocks made anew (a pasted page, an edited link definition that re-parses the
 * chunks citing it) the block rules run on every block, as a complete analysis does.
 */
const MAX_RECHECKED = 256;

export interface Recheck {
  /** The blocks to check, in document order. */
  blocks: Block[];
  /** Whether the block holding this offset of the new text is checked again. */
  covers(offset: number): boolean;
}

/**
 * The run of blocks of `doc` between those it shares with `previous` at its start and at its end
 * (the chunk cache hands an unchanged chunk's blocks on as the same objects), widened to every
 * block the change touches; null when the run is too long to be worth it, or when an HTML
 * comment changed (a `pplint-disable` directive reaches beyond its block). Comparing the two
 * lists from both ends costs a pointer comparison per unchanged block.
 */
export function blocksToRecheck(
  previous: PolicyDocument,
  doc: PolicyDocument,
  change: TextChange | null,
): Recheck | null {
  if (!sameComments(previous, doc)) return null;
  const before = previous.blocks;
  const after = doc.blocks;
  const shared = Math.min(before.length, after.length);
  let first = 0;
  while (first < shared && before[first]!.core === after[first]!.core) first++;
  let fromEnd = 0;
  while (
    fromEnd < shared - first &&
    before[before.length - 1 - fromEnd]!.core === after[after.length - 1 - fromEnd]!.core
  )
    fromEnd++;
  let end = after.length - fromEnd;
  if (change) {
    // A block the change touches (overlaps or borders on) is checked even when its text is one seen before.
    const touchedFrom = firstEndingFrom(after, change.start);
    let touchedTo = touchedFrom;
    while (touchedTo < after.length && after[touchedTo]!.start <= change.newEnd) touchedTo++;
    if (touchedTo > touchedFrom) {
      first = Math.min(first, touchedFrom);
      end = Math.max(end, touchedTo);
    }
  }
  if (end - first > MAX_RECHECKED) return null;
  const lo = first;
  const hi = Math.max(first, end);
  return {
    blocks: after.slice(lo, hi),
    covers: (offset) => {
      const i = holding(after, offset);
      return i >= lo && i < hi;
    },
  };
}

/** The index of the first block that ends at or after the offset (blocks are in document order). */
const firstEndingFrom = (blocks: readonly Block[], offset: number): number =>
  partitionPoint(blocks, (b) => b.end < offset);

/** The index of the last block that starts at or before the offset; -1 before the first block. */
const holding = (blocks: readonly Block[], offset: number): number => lastStartingAt(blocks, offset, (b) => b.start);

function sameComments(a: PolicyDocument, b: PolicyDocument): boolean {
  return a.comments.length === b.comments.length && a.comments.every((c, i) => c.value === b.comments[i]!.value);
}
