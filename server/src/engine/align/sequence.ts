// Monotonic alignment of two sequences by dynamic programming, in the manner of Gale and Church's
// sentence aligner: each step pairs `da` items of one side with `db` of the other (1-1, a
// paragraph split in two, two merged into one, …) or leaves one item without a counterpart.
// Leaving an item out scores `skip` (0, or a little below); the scorer says which pairings are
// possible at all (null: not a pairing), and the path with the best total wins.
// Long sequences are aligned within a band around the diagonal, so that the cost stays linear.
import { partitionPoint } from '../model/search.js';

export interface Step {
  /** First index on each side and how many items the step takes from each. */
  i: number;
  j: number;
  da: number;
  db: number;
  /** What the pairing scored (0 for an item left alone). */
  score: number;
}

export type PairScore = (i: number, da: number, j: number, db: number) => number | null;

const BAND_ABOVE = 40_000;

/**
 * The best path through the two sequences, in order.
 * @param moves the pairings allowed besides 1-0 and 0-1, e.g. [[1,1],[2,1],[1,2]]
 * @param score the score of pairing a[i..i+da) with b[j..j+db), or null when it must not be paired
 */
export function alignSequences(
  n: number,
  m: number,
  moves: ReadonlyArray<readonly [number, number]>,
  score: PairScore,
  skip = 0,
): Step[] {
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  const from = new Int8Array((n + 1) * width).fill(-1);
  const gains = new Float64Array((n + 1) * width);
  const all: Array<readonly [number, number]> = [...moves, [1, 0], [0, 1]];
  const band = n * m > BAND_ABOVE ? Math.max(30, Math.ceil(0.15 * Math.max(n, m))) : Infinity;
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    const lo = band === Infinity ? 0 : Math.max(0, centre - band);
    const hi = band === Infinity ? m : Math.min(m, centre + band);
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let top = -Infinity;
      let move = -1;
      let gain = 0;
      for (let k = 0; k < all.length; k++) {
        const [da, db] = all[k]!;
        const pi = i - da;
        const pj = j - db;
        if (pi < 0 || pj < 0) continue;
        const before = best[pi * width + pj]!;
        if (before === -Infinity) continue;
        let s = skip;
        if (da > 0 && db > 0) {
          const pair = score(pi, da, pj, db);
          if (pair === null) continue;
          s = pair;
        }
        if (before + s > top) {
          top = before + s;
          move = k;
          gain = s;
        }
      }
      best[i * width + j] = top;
      from[i * width + j] = move;
      gains[i * width + j] = gain;
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = from[i * width + j]!;
    if (k < 0) {
      // Outside the band: fall back to leaving items alone, which is always allowed.
      if (i > 0) steps.push({ i: --i, j, da: 1, db: 0, score: 0 });
      else steps.push({ i, j: --j, da: 0, db: 1, score: 0 });
      continue;
    }
    const [da, db] = all[k]!;
    const gain = gains[i * width + j]!;
    i -= da;
    j -= db;
    steps.push({ i, j, da, db, score: gain });
  }
  return steps.reverse();
}

/** A stretch of items left without counterpart, between two pairings (or an end). */
export interface Run {
  a: number[];
  b: number[];
  /** The pairing steps on either side of the stretch, if any. */
  previous: Step | null;
  next: Step | null;
}

/** The stretches of the path where items were left without counterpart. */
export function unpairedRuns(steps: readonly Step[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let previous: Step | null = null;
  for (const step of steps) {
    const paired = step.da > 0 && step.db > 0;
    if (paired) {
      if (current) {
        current.next = step;
        runs.push(current);
        current = null;
      }
      previous = step;
      continue;
    }
    current ??= { a: [], b: [], previous, next: null };
    if (step.da > 0) current.a.push(step.i);
    else current.b.push(step.j);
  }
  if (current) runs.push(current);
  return runs;
}

/**
 * Aligns two sequences around fixed pairings (numbered clauses that match, say): the pairings are
 * kept, and only the stretches between them are aligned by `alignSequences`.
 * @param anchors pairings in increasing order on both sides (see `increasingPairs`)
 */
export function alignAround(
  n: number,
  m: number,
  anchors: ReadonlyArray<readonly [number, number, number]>,
  moves: ReadonlyArray<readonly [number, number]>,
  score: PairScore,
  skip = 0,
): Step[] {
  const steps: Step[] = [];
  let pi = 0;
  let pj = 0;
  const gap = (ei: number, ej: number): void => {
    for (const s of alignSequences(ei - pi, ej - pj, moves, (i, da, j, db) => score(pi + i, da, pj + j, db), skip))
      steps.push({ ...s, i: s.i + pi, j: s.j + pj });
  };
  for (const [ai, aj, s] of anchors) {
    gap(ai, aj);
    steps.push({ i: ai, j: aj, da: 1, db: 1, score: s });
    pi = ai + 1;
    pj = aj + 1;
  }
  gap(n, m);
  return steps;
}

/** The longest run of pairings that increase on both sides (a pairing out of order is dropped). */
export function increasingPairs<T extends readonly [number, number, ...unknown[]]>(pairs: T[]): T[] {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0]);
  // Longest increasing subsequence by the second index, O(n log n).
  const tails: number[] = [];
  const previous: number[] = new Array(sorted.length).fill(-1);
  for (let k = 0; k < sorted.length; k++) {
    const j = sorted[k]![1];
    const lo = partitionPoint(tails, (t) => sorted[t]![1] < j);
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: T[] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) out.push(sorted[k]!);
  return out.reverse();
}
