// Binary search over lists kept in order (blocks, spans, line starts), shared by every module
// that needs "the first one from here".

/**
 * The index of the first item for which `before` is false, in a list where every item for which
 * it holds comes first (the list's length when it holds for all). O(log n).
 */
export function partitionPoint<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last item that starts at or before `offset`; -1 when none does. */
export function lastStartingAt<T>(list: readonly T[], offset: number, startOf: (item: T) => number): number {
  return partitionPoint(list, (item) => startOf(item) <= offset) - 1;
}
