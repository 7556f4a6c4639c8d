// Structure and order lead the pairing of sections; their topics only break ties. A topic read
// from a heading's words can be wrong (a wording the vocabulary lacks), and a wrong topic must not
// shift the pairing: that would report two sections that both exist as missing, one on each side.
// Two checks on the aligner's path, both linear:
// - when both versions have the same sequence of heading levels, the sections pair position for
//   position, unless the aligner's path (which pays for every section it leaves alone) is clearly better;
// - a shift — sections left alone on one side, a few pairings, as many left alone on the other
//   side — is undone when pairing the stretch position for position scores at least as well.
import type { Step } from './sequence.js';
import type { SectionUnit } from './view.js';

/** What leaving one section without a counterpart costs: two unpaired never beat their right pairing. */
export const UNPAIRED_SECTION = -1;
/** How much better the aligner's path must be to override two identical heading structures. */
const STRUCTURE_LEADS = 3;
/** The longest stretch of pairings between the two halves of a shift that is looked at. */
const MAX_SHIFTED = 4;

type PairScore = (i: number, j: number) => number | null;

/**
 * Nothing speaks against two sections at one place being counterparts: the same level and no
 * other number. (Their topics may differ: one of them was misread, or lost its text.)
 */
export function compatible(a: SectionUnit, b: SectionUnit): boolean {
  if (a.section.level !== b.section.level) return false;
  if (a.label === null || b.label === null) return true;
  // Equal numbers whose topics disagree: a section added earlier shifted the numbers (sections.ts).
  return a.label === b.label && !kindsDisagree(a, b);
}

function kindsDisagree(a: SectionUnit, b: SectionUnit): boolean {
  const ka = a.section.kinds;
  const kb = b.section.kinds;
  return ka.length > 0 && kb.length > 0 && !ka.some((k) => kb.includes(k));
}

/** The total of a path: what its pairings scored, less the cost of every section left alone. */
export function pathTotal(steps: readonly Step[]): number {
  let total = 0;
  for (const s of steps) total += s.da > 0 && s.db > 0 ? s.score : UNPAIRED_SECTION * (s.da + s.db);
  return total;
}

/** Pairs as[ia[k]] with bs[ib[k]] for every k, or null when a pair is not compatible. */
function positional(
  as: readonly SectionUnit[],
  bs: readonly SectionUnit[],
  ia: readonly number[],
  ib: readonly number[],
  score: PairScore,
): Step[] | null {
  if (ia.length !== ib.length) return null;
  const steps: Step[] = [];
  for (let k = 0; k < ia.length; k++) {
    const i = ia[k]!;
    const j = ib[k]!;
    if (!compatible(as[i]!, bs[j]!)) return null;
    // A compatible pair that does not score is still a pairing, at 0 (as the aligner's leftovers are).
    steps.push({ i, j, da: 1, db: 1, score: Math.max(0, score(i, j) ?? 0) });
  }
  return steps;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);

/** The position-for-position pairing when both versions have the same heading structure and it is not clearly worse. */
export function structuralPairing(
  as: readonly SectionUnit[],
  bs: readonly SectionUnit[],
  aligned: Step[],
  score: PairScore,
): Step[] {
  if (as.length !== bs.length || as.length === 0) return aligned;
  for (let k = 0; k < as.length; k++) if (as[k]!.section.level !== bs[k]!.section.level) return aligned;
  const steps = positional(as, bs, range(as.length), range(bs.length), score);
  if (!steps) return aligned;
  return pathTotal(steps) + STRUCTURE_LEADS >= pathTotal(aligned) ? steps : aligned;
}

interface Run {
  from: number;
  to: number;
  side: 'a' | 'b' | 'both';
}

/** The maximal stretches of unpaired steps, as step ranges [from, to). */
function runsOf(steps: readonly Step[]): Run[] {
  const runs: Run[] = [];
  let k = 0;
  while (k < steps.length) {
    if (steps[k]!.da > 0 && steps[k]!.db > 0) {
      k++;
      continue;
    }
    const from = k;
    let a = false;
    let b = false;
    for (; k < steps.length && !(steps[k]!.da > 0 && steps[k]!.db > 0); k++) {
      if (steps[k]!.da > 0) a = true;
      else b = true;
    }
    runs.push({ from, to: k, side: a && b ? 'both' : a ? 'a' : 'b' });
  }
  return runs;
}

/**
 * Undoes shifts: sections left alone on one side, then a few one-to-one pairings, then as many left
 * alone on the other side, where pairing the whole stretch in order scores at least as well.
 */
export function undoCrossings(
  steps: Step[],
  as: readonly SectionUnit[],
  bs: readonly SectionUnit[],
  score: PairScore,
): Step[] {
  const runs = runsOf(steps);
  const out: Step[] = [];
  let copied = 0;
  for (let r = 0; r + 1 < runs.length; r++) {
    const first = runs[r]!;
    const second = runs[r + 1]!;
    if (first.side === 'both' || second.side === 'both' || first.side === second.side) continue;
    if (first.to - first.from !== second.to - second.from) continue;
    const between = second.from - first.to;
    if (between < 1 || between > MAX_SHIFTED) continue;
    if (first.from < copied) continue;
    const window = steps.slice(first.from, second.to);
    if (!window.every((s) => (s.da === 1 && s.db === 1) || s.da + s.db === 1)) continue;
    const ia = window.filter((s) => s.da > 0).map((s) => s.i);
    const ib = window.filter((s) => s.db > 0).map((s) => s.j);
    const straight = positional(as, bs, ia, ib, score);
    if (!straight || pathTotal(straight) < pathTotal(window)) continue;
    out.push(...steps.slice(copied, first.from), ...straight);
    copied = second.to;
    r++;
  }
  out.push(...steps.slice(copied));
  return out;
}
