// Aligns the clauses of two corresponding sections, segment by segment (paragraphs, list items,
// table rows): numbering first ("4.3" with "4.3", relative to the section's own number so that a
// section inserted earlier does not shift them), table rows with table rows, then content and
// order — shared anchors and the length a translation usually has. A version may split a
// paragraph in two or merge two in one (PDF conversions do both), so up to three segments of one
// side may pair with one or two of the other.
import { alignSequences, unpairedRuns, type Step } from './sequence.js';
import { anchorScore, lengthScore, mergeBags, sharedAnchors } from './score.js';
import type { LinkBasis, SectionLink, SegmentLink, Unpaired } from './types.js';
import type { Segment } from './view.js';

const MIN_SCORE = 0.5;
const MOVES: Array<[number, number]> = [[1, 1], [2, 1], [1, 2], [3, 1], [1, 3], [2, 2], [3, 2], [2, 3]];
// A segment with fewer words is a fragment (a line of links, a number) that nobody translates.
const MIN_WORDS = 3;

function pairScore(a: Segment[], b: Segment[], ratio: number, cyrillicPair: boolean): { score: number; by: LinkBasis } | null {
  if (a.length > 1 || b.length > 1) {
    // Two numbered clauses are two clauses, and rows are never merged.
    if (a.filter((c) => c.label !== null).length > 1 || b.filter((c) => c.label !== null).length > 1) return null;
    if (a.some((c) => c.row) || b.some((c) => c.row)) return null;
  }
  let score = 0;
  let by: LinkBasis = 'content';
  const la = a.find((c) => c.label !== null)?.label ?? null;
  const lb = b.find((c) => c.label !== null)?.label ?? null;
  if (la !== null && lb !== null) {
    if (la === lb) {
      score += 5;
      by = 'number';
    } else score -= 3;
  }
  const ra = a[0]!.row;
  const rb = b[0]!.row;
  if (ra && rb) {
    if (ra.table === rb.table && ra.row === rb.row) {
      score += 4;
      if (by === 'content') by = 'row';
    } else score -= 1;
  } else if (ra || rb) score -= 3;
  const bagA = mergeBags(a);
  const bagB = mergeBags(b);
  score += anchorScore(bagA, bagB, cyrillicPair) + lengthScore(bagA.letters, bagB.letters, ratio);
  score -= 0.7 * (a.length + b.length - 2);
  return score > MIN_SCORE ? { score, by } : null;
}

export interface SegmentAlignment {
  links: SegmentLink[];
  unpaired: Array<Unpaired<Segment>>;
  ambiguous: number;
}

export function alignSegmentsIn(section: SectionLink, ratio: number, cyrillicPair: boolean): SegmentAlignment {
  const as = section.a.segments;
  const bs = section.b.segments;
  const basis = new Map<string, LinkBasis>();
  const steps = alignSequences(as.length, bs.length, MOVES, (i, da, j, db) => {
    const result = pairScore(as.slice(i, i + da), bs.slice(j, j + db), ratio, cyrillicPair);
    if (result) basis.set(`${i}/${da}/${j}/${db}`, result.by);
    return result?.score ?? null;
  });
  const links: SegmentLink[] = [];
  steps.forEach((step, k) => {
    if (step.da === 0 || step.db === 0) return;
    const a = as.slice(step.i, step.i + step.da);
    const b = bs.slice(step.j, step.j + step.db);
    const by = basis.get(`${step.i}/${step.da}/${step.j}/${step.db}`) ?? 'content';
    const held = paired(steps[k - 1], k === 0) && paired(steps[k + 1], k === steps.length - 1);
    links.push({ a, b, by, score: step.score, grounded: by !== 'content' || sharedAnchors(mergeBags(a), mergeBags(b)) > 0 || held, sections: section });
  });

  const unpaired: Array<Unpaired<Segment>> = [];
  let ambiguous = 0;
  for (const run of unpairedRuns(steps)) {
    if (run.a.length > 0 && run.b.length > 0) {
      ambiguous += run.a.length + run.b.length;
      continue;
    }
    const side = run.a.length > 0 ? 'a' : 'b';
    const own = side === 'a' ? as : bs;
    const other = side === 'a' ? bs : as;
    const group = (step: Step | null, mine: boolean): Segment[] => {
      if (!step) return [];
      return (side === 'a') === mine ? as.slice(step.i, step.i + step.da) : bs.slice(step.j, step.j + step.db);
    };
    const after = group(run.previous, false).at(-1) ?? null;
    const before = group(run.next, false)[0] ?? null;
    const numberedMissing = (s: Segment): boolean => s.label !== null && other.some((o) => o.label !== null) && !other.some((o) => o.label === s.label);
    const rowMissing = (s: Segment): boolean => s.row !== null && other.some((o) => o.row?.table === s.row!.table);
    const items = (side === 'a' ? run.a : run.b).map((k) => own[k]!);
    // A numbered clause that is missing takes its unnumbered paragraphs with it.
    const sureClauses = new Set(items.filter((s) => numberedMissing(s) || rowMissing(s)).map((s) => s.clause));
    const loose = items.filter((s) => !sureClauses.has(s.clause));
    // Text that reads as part of a neighbouring pairing was split off there, not left out.
    const absorbed = loose.length > 0 && fitsNeighbours(loose, group(run.previous, true), group(run.previous, false), group(run.next, true), group(run.next, false), side === 'a' ? ratio : 1 / ratio);
    for (const seg of items) {
      if (sureClauses.has(seg.clause)) {
        unpaired.push({ side, item: seg, after, before, by: seg.row ? 'row' : 'number', sure: true, within: section });
      } else if (absorbed || seg.words < MIN_WORDS) {
        ambiguous++;
      } else {
        unpaired.push({ side, item: seg, after, before, by: 'content', sure: false, within: section });
      }
    }
  }
  const kept = settleCrossings(unpaired, links, section, ratio, cyrillicPair);
  links.sort((x, y) => as.indexOf(x.a[0]!) - as.indexOf(y.a[0]!));
  return { links, unpaired: kept, ambiguous: ambiguous + unpaired.length - kept.length };
}

const letters = (list: readonly Segment[]): number => list.reduce((n, c) => n + c.letters, 0);

/**
 * Whether segments left over on one side fit better as part of the pairings around them: the
 * other version put their text into its neighbouring paragraphs.
 */
function fitsNeighbours(run: Segment[], prevOwn: Segment[], prevOther: Segment[], nextOwn: Segment[], nextOther: Segment[], ratio: number): boolean {
  const fit = (own: number, other: number, present: boolean): number => (present ? lengthScore(own, other, ratio) : 0);
  const [pa, pb, na, nb] = [letters(prevOwn), letters(prevOther), letters(nextOwn), letters(nextOther)];
  const hasPrev = prevOwn.length > 0;
  const hasNext = nextOwn.length > 0;
  const missing = fit(pa, pb, hasPrev) + fit(na, nb, hasNext);
  let best = -Infinity;
  for (let k = 0; k <= run.length; k++) {
    const head = letters(run.slice(0, k));
    const tail = letters(run.slice(k));
    if ((head > 0 && !hasPrev) || (tail > 0 && !hasNext)) continue;
    best = Math.max(best, fit(pa + head, pb, hasPrev) + fit(na + tail, nb, hasNext));
  }
  return best > missing + 0.3;
}

/**
 * Segments left without counterpart on both sides of one section are, most likely, the same text
 * moved, or translated too freely to pair by order: those sharing anchors are paired across, and
 * the rest are not reported (a false alarm costs more than a missed one).
 */
function settleCrossings(unpaired: Array<Unpaired<Segment>>, links: SegmentLink[], section: SectionLink, ratio: number, cyrillicPair: boolean): Array<Unpaired<Segment>> {
  const loose = (side: 'a' | 'b') => unpaired.filter((u) => u.side === side && u.by === 'content');
  const la = loose('a');
  const lb = loose('b');
  if (la.length === 0 || lb.length === 0) return unpaired;
  const settled = new Set<Unpaired<Segment>>([...la, ...lb]);
  const used = new Set<Unpaired<Segment>>();
  for (const ua of la) {
    let best: { u: Unpaired<Segment>; score: number } | null = null;
    for (const ub of lb) {
      if (used.has(ub) || sharedAnchors(ua.item, ub.item) === 0) continue;
      const score = pairScore([ua.item], [ub.item], ratio, cyrillicPair)?.score ?? 0;
      if (score > 0 && (!best || score > best.score)) best = { u: ub, score };
    }
    if (best) {
      used.add(best.u);
      links.push({ a: [ua.item], b: [best.u.item], by: 'content', score: best.score, grounded: true, sections: section });
    }
  }
  return unpaired.filter((u) => !settled.has(u));
}

/** Whether the step next to a pairing is a pairing too (or the section's edge). */
function paired(step: Step | undefined, edge: boolean): boolean {
  if (!step) return edge;
  return step.da > 0 && step.db > 0;
}
