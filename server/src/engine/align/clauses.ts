// Aligns the clauses of two corresponding sections, segment by segment (paragraphs, list items,
// table rows): numbering first ("4.3" with "4.3", relative to the section's own number so that a
// section inserted earlier does not shift them), table rows with table rows, then content and
// order — shared anchors and the length a translation usually has. A version may split a
// paragraph in two or merge two in one (PDF conversions do both), so up to three segments of one
// side may pair with one or two of the other.
import { alignAround, increasingPairs, unpairedRuns, type Step } from './sequence.js';
import { memoOn } from './identity.js';
import { anchorScore, lengthScore, mergeBags, sharedAnchors } from './score.js';
import type { LinkBasis, SectionLink, SegmentLink, Unpaired } from './types.js';
import type { Segment } from './view.js';

const MIN_SCORE = 0.5;
// Leaving a segment alone costs a little, so that a paragraph split in two pairs as one with two.
const SKIP = -0.3;
const FORCED_SKIP = -3;
const NEARLY_AS_GOOD = 1;
const MOVES: Array<[number, number]> = [
  [1, 1],
  [2, 1],
  [1, 2],
  [3, 1],
  [1, 3],
  [2, 2],
  [3, 2],
  [2, 3],
];
// A segment shorter than a sentence is a fragment (a line of links, a table cell flattened into a
// line) unless it ends as a sentence or a list item does.
const MIN_WORDS = 3;
const SENTENCE_WORDS = 6;
const NOISY_SECTION = 2;
// A list item and a plain paragraph are seldom one text cut in two.
const LIST_MIX = -2;
// Between versions that never split or merge paragraphs, each extra segment of a merge costs this.
const STRICT_MERGE = -0.5;
// …and text paired in order at the same list depth is what they do: structure leads.
const STRICT_ONE_FOR_ONE = 1;
const STRICT_DEPTH = 0.5;
// In a section cut alike on both sides (see cutAlike), a segment paired with the one at its own
// place is what a translation paragraph for paragraph does: unless their anchors differ, this
// outweighs all but the worst fit of lengths.
const ALIKE_IN_PLACE = 3;

/**
 * How two versions cut their text, learnt from the whole pair: `strict` when they translate
 * paragraph for paragraph (nearly every pair of sections has as many segments on each side), so
 * that a paragraph left over is an added or dropped one, not a split.
 */
export interface Cutting {
  strict: boolean;
}

function clauseLike(seg: Segment): boolean {
  if (seg.words >= SENTENCE_WORDS) return true;
  const last = seg.blocks.at(-1)!.text.trimEnd();
  return seg.words >= MIN_WORDS && /[.;:!?…]$/.test(last);
}

const inList = (s: Segment): boolean => s.blocks[0]!.core.listDepth > 0;
const mixesList = (list: Segment[]): boolean => list.length > 1 && list.some(inList) && !list.every(inList);

function pairScore(
  a: Segment[],
  b: Segment[],
  ratio: number,
  stemPair: boolean,
  strict = false,
  inPlace = false,
): { score: number; by: LinkBasis } | null {
  let score = 0;
  if (a.length > 1 || b.length > 1) {
    // Two numbered clauses are two clauses, and rows are never merged.
    if (a.filter((c) => c.label !== null).length > 1 || b.filter((c) => c.label !== null).length > 1) return null;
    if (a.some((c) => c.row) || b.some((c) => c.row)) return null;
    if (mixesList(a) || mixesList(b)) score += LIST_MIX;
    if (strict) score += STRICT_MERGE * (a.length + b.length - 2);
  }
  if (strict)
    score +=
      STRICT_ONE_FOR_ONE +
      (a[0]!.blocks[0]!.core.listDepth === b[0]!.blocks[0]!.core.listDepth ? STRICT_DEPTH : -2 * STRICT_DEPTH);
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
    // Rows pair with rows of the same table, in order; the header row with the header row.
    if (ra.table === rb.table) {
      score += (ra.row === 0) === (rb.row === 0) ? 2 : -2;
      if (by === 'content') by = 'row';
    } else score -= 1;
  } else if (ra || rb) score -= 3;
  const bagA = mergeBags(a);
  const bagB = mergeBags(b);
  const anchors = anchorScore(bagA, bagB, stemPair);
  // Anchors that differ (a date here, a name there) say the other version moved the paragraph.
  if (inPlace && anchors >= 0) score += ALIKE_IN_PLACE;
  score += anchors + lengthScore(bagA.letters, bagB.letters, ratio);
  if (score <= MIN_SCORE) return null;
  // A split or a merge is less likely than a translation paragraph for paragraph.
  return { score: score - 0.7 * (a.length + b.length - 2), by };
}

/** An alignment of two sections' segments by their indices: reusable for any version with the same text. */
interface IndexLink {
  i: number;
  da: number;
  j: number;
  db: number;
  by: LinkBasis;
  score: number;
  grounded: boolean;
}
interface IndexUnpaired {
  side: 'a' | 'b';
  k: number;
  /** Indices on the other side. */
  after: number | null;
  before: number | null;
  by: LinkBasis;
  sure: boolean;
}
export interface IndexAlignment {
  links: IndexLink[];
  unpaired: IndexUnpaired[];
  ambiguous: number;
}

/** The alignment of two sections' segments, by index: remembered while neither section's text changes. */
export function segmentAlignment(
  section: SectionLink,
  ratio: number,
  stemPair: boolean,
  cutting: Cutting = { strict: false },
): IndexAlignment {
  const alike = cutAlike(section.a.segments, section.b.segments);
  const strict = cutting.strict || alike;
  const key = `segments|${section.a.key}|${section.b.key}|${ratio.toFixed(2)}|${stemPair}|${strict}|${alike}`;
  return memoOn(section.a.owner, key, () =>
    computeSegments(section.a.segments, section.b.segments, ratio, stemPair, strict, alike),
  );
}

/**
 * Whether a section is cut alike in both versions: as many segments, each at the list depth of its
 * counterpart. Such a section is translated paragraph for paragraph whatever the rest of the pair
 * does; the length of a short list item («Full name.» for «Фамилия, имя, отчество.») says too
 * little to pair it elsewhere.
 */
function cutAlike(as: readonly Segment[], bs: readonly Segment[]): boolean {
  return (
    as.length >= 2 &&
    as.length === bs.length &&
    as.every((s, k) => s.blocks[0]!.core.listDepth === bs[k]!.blocks[0]!.core.listDepth && !s.row === !bs[k]!.row)
  );
}

/** The pairings of an index alignment, as segments of this version of the documents. */
export function segmentLinks(section: SectionLink, raw: IndexAlignment): SegmentLink[] {
  const as = section.a.segments;
  const bs = section.b.segments;
  return raw.links.map((l) => ({
    a: as.slice(l.i, l.i + l.da),
    b: bs.slice(l.j, l.j + l.db),
    by: l.by,
    score: l.score,
    grounded: l.grounded,
    sections: section,
  }));
}

/** The segments of an index alignment left without counterpart. */
export function unpairedSegments(section: SectionLink, raw: IndexAlignment): Array<Unpaired<Segment>> {
  if (raw.unpaired.length === 0) return [];
  const as = section.a.segments;
  const bs = section.b.segments;
  return raw.unpaired.map((u) => {
    const own = u.side === 'a' ? as : bs;
    const other = u.side === 'a' ? bs : as;
    return {
      side: u.side,
      item: own[u.k]!,
      after: u.after === null ? null : other[u.after]!,
      before: u.before === null ? null : other[u.before]!,
      by: u.by,
      sure: u.sure,
      within: section,
    };
  });
}

/** Numbered clauses whose numbers match, once on each side: fixed before the rest is aligned. */
function numberAnchors(
  as: Segment[],
  bs: Segment[],
  ratio: number,
  stemPair: boolean,
): Array<[number, number, number]> {
  const unique = (list: Segment[]): Map<string, number> => {
    const seen = new Map<string, number>();
    list.forEach((s, k) => {
      if (s.label === null) return;
      seen.set(s.label, seen.has(s.label) ? -1 : k);
    });
    return seen;
  };
  const ua = unique(as);
  const ub = unique(bs);
  const pairs: Array<[number, number, number]> = [];
  for (const [label, i] of ua) {
    const j = ub.get(label);
    if (i < 0 || j === undefined || j < 0) continue;
    const score = pairScore([as[i]!], [bs[j]!], ratio, stemPair);
    if (score) pairs.push([i, j, score.score]);
  }
  return increasingPairs(pairs);
}

function computeSegments(
  as: Segment[],
  bs: Segment[],
  ratio: number,
  stemPair: boolean,
  strict: boolean,
  alike = false,
): IndexAlignment {
  const basis = new Map<string, LinkBasis>();
  const anchors = numberAnchors(as, bs, ratio, stemPair);
  const score = (i: number, da: number, j: number, db: number): number | null => {
    const inPlace = alike && da === 1 && db === 1 && i === j;
    const result = pairScore(as.slice(i, i + da), bs.slice(j, j + db), ratio, stemPair, strict, inPlace);
    if (result) basis.set(`${i}/${da}/${j}/${db}`, result.by);
    return result?.score ?? null;
  };
  const steps = alignAround(as.length, bs.length, anchors, MOVES, score, SKIP);
  // The best reading with as few segments left alone as possible: when it is nearly as good, a
  // segment left alone is a matter of how the other version cut its paragraphs, not a gap.
  const nearlyAsGood = (): boolean => {
    const forced = alignAround(as.length, bs.length, anchors, MOVES, score, FORCED_SKIP);
    return alone(forced) < alone(steps) && total(forced) >= total(steps) - NEARLY_AS_GOOD;
  };
  const links: IndexLink[] = [];
  steps.forEach((step, k) => {
    if (step.da === 0 || step.db === 0) return;
    const a = as.slice(step.i, step.i + step.da);
    const b = bs.slice(step.j, step.j + step.db);
    const by =
      basis.get(`${step.i}/${step.da}/${step.j}/${step.db}`) ??
      (a[0]!.label !== null && a[0]!.label === b[0]!.label ? 'number' : 'content');
    const held = paired(steps[k - 1], k === 0) && paired(steps[k + 1], k === steps.length - 1);
    links.push({
      i: step.i,
      da: step.da,
      j: step.j,
      db: step.db,
      by,
      score: step.score,
      grounded: by !== 'content' || sharedAnchors(mergeBags(a), mergeBags(b)) > 0 || held,
    });
  });

  const unpaired: IndexUnpaired[] = [];
  let ambiguous = 0;
  for (const run of unpairedRuns(steps)) {
    if (run.a.length > 0 && run.b.length > 0) {
      ambiguous += run.a.length + run.b.length;
      continue;
    }
    const side = run.a.length > 0 ? 'a' : 'b';
    const own = side === 'a' ? as : bs;
    const other = side === 'a' ? bs : as;
    const range = (step: Step | null, mine: boolean): [number, number] => {
      if (!step) return [0, 0];
      return (side === 'a') === mine ? [step.i, step.i + step.da] : [step.j, step.j + step.db];
    };
    const group = (step: Step | null, mine: boolean): Segment[] => {
      const [from, to] = range(step, mine);
      return ((side === 'a') === mine ? as : bs).slice(from, to);
    };
    const after = run.previous ? range(run.previous, false)[1] - 1 : null;
    const before = run.next ? range(run.next, false)[0] : null;
    const numberedMissing = (s: Segment): boolean =>
      s.label !== null && other.some((o) => o.label !== null) && !other.some((o) => o.label === s.label);
    const rowMissing = (s: Segment): boolean => s.row !== null && other.some((o) => o.row?.table === s.row!.table);
    const indices = side === 'a' ? run.a : run.b;
    const items = indices.map((k) => own[k]!);
    // A numbered clause that is missing takes its unnumbered paragraphs with it.
    const sureClauses = new Set(items.filter((s) => numberedMissing(s) || rowMissing(s)).map((s) => s.clause));
    const loose = items.filter((s) => !sureClauses.has(s.clause));
    // Text that reads as part of a neighbouring pairing was split off there, not left out (unless
    // these versions never split a paragraph).
    const absorbed =
      !strict &&
      loose.length > 0 &&
      fitsNeighbours(
        loose,
        group(run.previous, true),
        group(run.previous, false),
        group(run.next, true),
        group(run.next, false),
        side === 'a' ? ratio : 1 / ratio,
      );
    indices.forEach((k) => {
      const seg = own[k]!;
      if (sureClauses.has(seg.clause))
        unpaired.push({ side, k, after, before, by: seg.row ? 'row' : 'number', sure: true });
      else if (absorbed || !clauseLike(seg) || listedInline(seg, own, other, links, side)) ambiguous++;
      else unpaired.push({ side, k, after, before, by: 'content', sure: false });
    });
  }
  // Where a section's paragraphs pair poorly (a table flattened into lines, a PDF broken at every
  // line), what order and length suggest is not worth a finding.
  const loose = unpaired.filter((u) => u.by === 'content');
  if (loose.length > 0 && (ambiguous >= NOISY_SECTION || (!strict && nearlyAsGood()))) {
    ambiguous += loose.length;
    return { links, unpaired: unpaired.filter((u) => u.by !== 'content'), ambiguous };
  }
  const kept = settleCrossings(unpaired, links, as, bs, ratio, stemPair);
  links.sort((x, y) => x.i - y.i);
  return { links, unpaired: kept, ambiguous: ambiguous + unpaired.length - kept.length };
}

const letters = (list: readonly Segment[]): number => list.reduce((n, c) => n + c.letters, 0);

/**
 * Whether a segment left over is an item of a clause that the other version writes as one
 * paragraph: the clause's first segment pairs by number with a clause of one segment, and none of
 * its items pairs. The other version put the list into its sentence («с согласия, для исполнения
 * договора или по закону»); whether it left an item out, order and length cannot tell.
 */
function listedInline(
  seg: Segment,
  own: readonly Segment[],
  other: readonly Segment[],
  links: readonly IndexLink[],
  side: 'a' | 'b',
): boolean {
  if (seg.first) return false;
  const covering = (k: number): IndexLink | undefined =>
    links.find((l) => (side === 'a' ? k >= l.i && k < l.i + l.da : k >= l.j && k < l.j + l.db));
  const indices = own.flatMap((s, k) => (s.clause === seg.clause ? [k] : []));
  const head = indices[0]!;
  const link = covering(head);
  if (!own[head]!.first || link?.by !== 'number' || indices.slice(1).some((k) => covering(k))) return false;
  const [from, count] = side === 'a' ? [link.j, link.db] : [link.i, link.da];
  const counterpart = other[from]!;
  return count === 1 && other.filter((o) => o.clause === counterpart.clause).length === 1;
}

/** How many segments a path leaves alone. */
function alone(steps: readonly Step[]): number {
  return steps.reduce((n, s) => n + (s.da > 0 && s.db > 0 ? 0 : s.da + s.db), 0);
}

/** The score of a path, with every segment left alone costing what it costs in the first reading. */
function total(steps: readonly Step[]): number {
  return steps.reduce((sum, s) => sum + (s.da > 0 && s.db > 0 ? s.score : SKIP * (s.da + s.db)), 0);
}

/**
 * Whether segments left over on one side fit better as part of the pairings around them: the
 * other version put their text into its neighbouring paragraphs.
 */
function fitsNeighbours(
  run: Segment[],
  prevOwn: Segment[],
  prevOther: Segment[],
  nextOwn: Segment[],
  nextOther: Segment[],
  ratio: number,
): boolean {
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
function settleCrossings(
  unpaired: IndexUnpaired[],
  links: IndexLink[],
  as: Segment[],
  bs: Segment[],
  ratio: number,
  stemPair: boolean,
): IndexUnpaired[] {
  const la = unpaired.filter((u) => u.side === 'a' && u.by === 'content');
  const lb = unpaired.filter((u) => u.side === 'b' && u.by === 'content');
  if (la.length === 0 || lb.length === 0) return unpaired;
  const settled = new Set<IndexUnpaired>([...la, ...lb]);
  const used = new Set<IndexUnpaired>();
  for (const ua of la) {
    let best: { u: IndexUnpaired; score: number } | null = null;
    for (const ub of lb) {
      if (used.has(ub) || sharedAnchors(as[ua.k]!, bs[ub.k]!) === 0) continue;
      const score = pairScore([as[ua.k]!], [bs[ub.k]!], ratio, stemPair)?.score ?? 0;
      if (score > 0 && (!best || score > best.score)) best = { u: ub, score };
    }
    if (best) {
      used.add(best.u);
      links.push({ i: ua.k, da: 1, j: best.u.k, db: 1, by: 'content', score: best.score, grounded: true });
    }
  }
  return unpaired.filter((u) => !settled.has(u));
}

/** Whether the step next to a pairing is a pairing too (or the section's edge). */
function paired(step: Step | undefined, edge: boolean): boolean {
  if (!step) return edge;
  return step.da > 0 && step.db > 0;
}
