// The scores of one section against the sections of another version, kept between keystrokes.
// The aligner scores a section against up to a few hundred others; a Map per section, with a boxed
// number per score, held about a tenth of the server's memory with three 1 MB versions open. Here
// the scores are plain numbers in arrays sorted by the other section's key (a 53-bit hash, exact
// in a double), found by binary search. Most scores are null (the two sections do not pair: nine
// in ten with three 1 MB versions open), so a null is kept as its key alone (8 bytes), and a score
// as its key and value (16 bytes).

/** Scores kept per section before the table starts afresh (a version edited a lot leaves stale keys). */
export const MAX_SCORES = 300;

export class ScoreTable {
  /** [key, score] pairs, sorted by key. */
  private readonly scored: number[] = [];
  /** The keys whose score is null, sorted. */
  private readonly unpaired: number[] = [];

  get size(): number {
    return this.scored.length / 2 + this.unpaired.length;
  }

  /** How many numbers the table keeps, 8 bytes each (what it costs beyond its two arrays). */
  get numbers(): number {
    return this.scored.length + this.unpaired.length;
  }

  /** The score kept for `key`: a number, null (does not pair), or undefined when none is kept. */
  get(key: number): number | null | undefined {
    if (this.indexOf(this.unpaired, 1, key) >= 0) return null;
    const at = this.indexOf(this.scored, 2, key);
    return at < 0 ? undefined : this.scored[at + 1];
  }

  set(key: number, score: number | null): void {
    const nullAt = this.indexOf(this.unpaired, 1, key);
    const scoreAt = this.indexOf(this.scored, 2, key);
    if (score === null) {
      if (nullAt >= 0) return;
      if (scoreAt >= 0) this.scored.splice(scoreAt, 2);
    } else {
      if (scoreAt >= 0) {
        this.scored[scoreAt + 1] = score;
        return;
      }
      if (nullAt >= 0) this.unpaired.splice(nullAt, 1);
    }
    // Scores are pure: forgetting them all costs only their computing again.
    if (this.size >= MAX_SCORES) {
      this.scored.length = 0;
      this.unpaired.length = 0;
    }
    if (score === null) this.unpaired.splice(insertionPoint(this.unpaired, 1, key), 0, key);
    else this.scored.splice(insertionPoint(this.scored, 2, key), 0, key, score);
  }

  /** The index in `list` (entries of `width` numbers, the key first) of `key`'s entry, or -1. */
  private indexOf(list: number[], width: number, key: number): number {
    const at = insertionPoint(list, width, key);
    return at < list.length && list[at] === key ? at : -1;
  }
}

/** The index in `list` (entries of `width` numbers, sorted by their first) of the first entry whose key is not below `key`. */
function insertionPoint(list: number[], width: number, key: number): number {
  let lo = 0;
  let hi = list.length / width;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid * width]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo * width;
}
