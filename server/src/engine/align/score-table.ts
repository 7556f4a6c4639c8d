// The scores of one section against the sections of another version, kept between keystrokes.
// The aligner scores a section against up to a few hundred others; a Map per section, with a boxed
// number per score, held about a tenth of the server's memory with three 1 MB versions open. Here
// the scores are pairs of plain numbers in one array sorted by the other section's key (a 53-bit
// hash, exact in a double), found by binary search: 16 bytes a score. No score is NaN, so NaN
// stands for "does not pair" (null).

/** Scores kept per section before the table starts afresh (a version edited a lot leaves stale keys). */
export const MAX_SCORES = 300;

export class ScoreTable {
  /** [key, score] pairs, sorted by key; NaN for null. */
  private readonly pairs: number[] = [];

  get size(): number {
    return this.pairs.length / 2;
  }

  /** The score kept for `key`: a number, null (does not pair), or undefined when none is kept. */
  get(key: number): number | null | undefined {
    const at = this.find(key);
    if (at < 0) return undefined;
    const score = this.pairs[at + 1]!;
    return Number.isNaN(score) ? null : score;
  }

  set(key: number, score: number | null): void {
    const at = this.find(key);
    const value = score ?? NaN;
    if (at >= 0) {
      this.pairs[at + 1] = value;
      return;
    }
    // Scores are pure: forgetting them all costs only their computing again.
    if (this.size >= MAX_SCORES) this.pairs.length = 0;
    this.pairs.splice(this.insertionPoint(key), 0, key, value);
  }

  /** The index of `key`'s pair in `pairs`, or -1. */
  private find(key: number): number {
    const at = this.insertionPoint(key);
    return at < this.pairs.length && this.pairs[at] === key ? at : -1;
  }

  /** The index in `pairs` of the first pair whose key is not below `key`. */
  private insertionPoint(key: number): number {
    let lo = 0;
    let hi = this.pairs.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid * 2]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo * 2;
  }
}
