// Lookups in lists of spans sorted by their start (the phrase hits of a block, its periods), by
// binary search, so that a sentence with thousands of hits costs no more than its length.
import { partitionPoint } from '../../model/search.js';

export interface SpanLike {
  start: number;
  end: number;
}

/** Index of the first span that starts at or after `pos` (the list's length when none does). */
export function firstFrom<T extends SpanLike>(spans: readonly T[], pos: number): number {
  return partitionPoint(spans, (s) => s.start < pos);
}

/** The spans that lie within [start, end). */
export function spansWithin<T extends SpanLike>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(spans, start); i < spans.length && spans[i]!.start < end; i++)
    if (spans[i]!.end <= end) out.push(spans[i]!);
  return out;
}

// Phrases are a few words long: a span that ends at a place starts no further back than this.
const PHRASE_REACH = 400;

/** The spans that end at or before `pos`, nearest first, as far back as a phrase reaches. */
export function* endingBy<T extends SpanLike>(spans: readonly T[], pos: number, reach = PHRASE_REACH): Generator<T> {
  for (let i = firstFrom(spans, pos) - 1; i >= 0 && spans[i]!.start >= pos - reach; i--)
    if (spans[i]!.end <= pos) yield spans[i]!;
}

/**
 * The gap in characters between a place and the nearest span (0 when one overlaps it). Spans more
 * than a phrase's reach away count as none (Infinity): nothing that far is "near".
 */
export function nearestGap(spans: readonly SpanLike[], place: SpanLike): number {
  let best = Infinity;
  for (let i = firstFrom(spans, place.start - PHRASE_REACH); i < spans.length; i++) {
    const s = spans[i]!;
    const gap = s.end <= place.start ? place.start - s.end : s.start >= place.end ? s.start - place.end : 0;
    if (gap < best) best = gap;
    if (s.start >= place.end) break;
  }
  return best;
}

/** Whether some span holds the place wholly. */
export function covering(spans: readonly SpanLike[], place: SpanLike): boolean {
  for (let i = firstFrom(spans, place.start + 1) - 1; i >= 0 && spans[i]!.start >= place.start - PHRASE_REACH; i--)
    if (spans[i]!.end >= place.end) return true;
  return false;
}
