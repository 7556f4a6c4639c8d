// A block's map from each index of its plain text (and one past its end) to its source offset.
// An Int32Array per block held about a tenth of the server's memory with three 1 MB versions open,
// though most maps are a few runs: plain text maps one character to the next (step 1), code and
// HTML map every character to the block's start (step 0), and only markup, entities and escapes
// start a new run. So a map is kept as its runs, found by binary search (a map of one run, most of
// them, as two numbers); a map with about as many runs as entries (entities and escapes
// everywhere) keeps the plain array.

/** Entries per run in the packed form: where the run starts in the text, its first offset, its step. */
const RUN = 3;
/** What a typed array's own objects cost, in entries of a run list (8 bytes each). */
const TABLE_OVERHEAD = 50;

export class SourceMap {
  private constructor(
    /** How many entries: the text's length and one. */
    readonly length: number,
    /** A map of one run: its first offset and its step (unused when `runs` or `table` holds the map). */
    private first: number,
    private readonly step: number,
    /** [index, offset, step] of each run, in order of index, when there are several. */
    private readonly runs: number[] | null,
    /** The plain array, when runs would cost more. */
    private readonly table: Int32Array | null,
  ) {}

  /** Every entry `offset` (a code or HTML block, whose characters all map to its start). */
  static constant(offset: number, length: number): SourceMap {
    return new SourceMap(length, offset, 0, null, null);
  }

  /** The map of these offsets, as runs or, when runs would not be smaller, as they are. */
  static of(offsets: ArrayLike<number>): SourceMap {
    const n = offsets.length;
    if (n === 0) return new SourceMap(0, 0, 0, null, new Int32Array(0));
    const runs: number[] = [];
    for (let i = 0; i < n;) {
      const first = offsets[i]!;
      const diff = i + 1 < n ? offsets[i + 1]! - first : 0;
      const step = diff === 0 || diff === 1 ? diff : 0;
      let j = i + 1;
      if (diff === step) while (j < n && offsets[j]! - offsets[j - 1]! === step) j++;
      runs.push(i, first, step);
      // Give up on runs as soon as they cost more than the array: a run takes three numbers of 8
      // bytes, an entry of the array 4, and the typed array's own objects about 200.
      if (runs.length * 2 > n + TABLE_OVERHEAD) return new SourceMap(n, 0, 0, null, Int32Array.from(offsets));
      i = j;
    }
    if (runs.length === RUN) return new SourceMap(n, runs[1]!, runs[2]!, null, null);
    // Copied to drop the slack that pushing left.
    return new SourceMap(n, 0, 0, runs.slice(), null);
  }

  /** The source offset of text index `index` (0 ≤ index < length). */
  at(index: number): number {
    if (this.table) return this.table[index]!;
    const runs = this.runs;
    if (!runs) return this.first + this.step * index;
    // The last run starting at or before `index`.
    let lo = 0;
    let hi = runs.length / RUN - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid * RUN]! <= index) lo = mid;
      else hi = mid - 1;
    }
    const k = lo * RUN;
    return runs[k + 1]! + runs[k + 2]! * (index - runs[k]!);
  }

  /** Moves every offset by `delta`, in place (a chunk parsed with a prefix). */
  shift(delta: number): void {
    if (this.table) for (let i = 0; i < this.table.length; i++) this.table[i]! += delta;
    else if (this.runs) for (let k = 1; k < this.runs.length; k += RUN) this.runs[k]! += delta;
    else this.first += delta;
  }

  /** The map of the first `count` entries. */
  head(count: number): SourceMap {
    return SourceMap.of(this.toArray().subarray(0, Math.min(count, this.length)));
  }

  /** Every entry, as the array form. */
  toArray(): Int32Array {
    if (this.table) return this.table.slice();
    const out = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
}
