// Aligns the sections of two versions: by their numbers first, then by structure and order, with
// their kinds (retention, rights, contacts…, whatever the heading's language), length and shared
// anchors breaking ties. Leaving a section unpaired costs something, and two sections of the same
// level and number may always pair, so that one misread topic cannot cross the pairs (see section-order.ts).
// A section of one version with nothing opposite it, where the other version has nothing left
// over either, is missing there — unless its text fits better as part of a neighbour (the other
// version merged two sections into one).
import { alignAround, increasingPairs, unpairedRuns } from './sequence.js';
import { memoOn } from './identity.js';
import { ScoreTable } from './score-table.js';
import { anchorScore, lengthScore } from './score.js';
import { UNPAIRED_SECTION, compatible, structuralPairing, undoCrossings } from './section-order.js';
import type { SectionLink, Unpaired } from './types.js';
import type { SectionUnit, VersionView } from './view.js';

const MIN_SCORE = 0.5;

function kindScore(a: SectionUnit, b: SectionUnit): number {
  const ka = a.section.kinds;
  const kb = b.section.kinds;
  if (ka.length === 0 || kb.length === 0) return 0;
  if (ka[0] === kb[0]) return 3;
  if (ka.some((k) => kb.includes(k))) return 1.5;
  return -1.5;
}

export function sectionScore(a: SectionUnit, b: SectionUnit, ratio: number, stemPair: boolean): number | null {
  const aTop = a.section.level === 0;
  const bTop = b.section.level === 0;
  // The text before the first heading pairs only with its like.
  if (aTop !== bTop) return null;
  let score = aTop ? 6 : 0;
  const kinds = kindScore(a, b);
  // Numbers first, unless the kinds disagree: a section added earlier shifts every number after it.
  if (a.label !== null && b.label !== null) score += a.label === b.label ? (kinds < 0 ? 0 : 5) : kinds > 0 ? -1 : -3;
  score += kinds;
  if (!aTop) score += a.section.level === b.section.level ? 0.5 : -1;
  score += anchorScore(a, b, stemPair, 4);
  score += 0.7 * lengthScore(a.letters, b.letters, ratio);
  return score > MIN_SCORE ? score : null;
}

export interface SectionAlignment {
  links: SectionLink[];
  unpaired: Array<Unpaired<SectionUnit>>;
  ambiguous: number;
}

/**
 * The score of two sections, remembered with the first one's heading while neither changes. The
 * aligner scores each section against hundreds of others: the scores are kept in one compact
 * table per section keyed by the other's hash (score-table.ts), since a key string per pair, and
 * then a Map per section, held much of the server's memory with three 1 MB versions open.
 */
function memoScore(a: SectionUnit, b: SectionUnit, ratio: number, stemPair: boolean): number | null {
  const scores = memoOn(a.owner, `section|${a.key}|${ratio.toFixed(2)}|${stemPair}`, () => new ScoreTable());
  const known = scores.get(b.hash);
  if (known !== undefined) return known;
  const score = sectionScore(a, b, ratio, stemPair);
  scores.set(b.hash, score);
  return score;
}

/** Sections whose numbers match, once on each side, and that do not contradict each other. */
function numberAnchors(
  as: SectionUnit[],
  bs: SectionUnit[],
  ratio: number,
  stemPair: boolean,
): Array<[number, number, number]> {
  const unique = (list: SectionUnit[]): Map<string, number> => {
    const seen = new Map<string, number>();
    list.forEach((u, k) => {
      if (u.label !== null)
        seen.set(`${u.section.level}/${u.label}`, seen.has(`${u.section.level}/${u.label}`) ? -1 : k);
    });
    return seen;
  };
  const ub = unique(bs);
  const pairs: Array<[number, number, number]> = [];
  for (const [key, i] of unique(as)) {
    const j = ub.get(key);
    if (i < 0 || j === undefined || j < 0) continue;
    // A number shifted by a section added earlier would pair the wrong sections: the kinds must agree.
    if (kindScore(as[i]!, bs[j]!) < 0) continue;
    const score = memoScore(as[i]!, bs[j]!, ratio, stemPair);
    if (score !== null) pairs.push([i, j, score]);
  }
  return increasingPairs(pairs);
}

export function alignSectionUnits(a: VersionView, b: VersionView, ratio: number, stemPair: boolean): SectionAlignment {
  const as = a.sections;
  const bs = b.sections;
  const anchors = numberAnchors(as, bs, ratio, stemPair);
  // Two compatible sections that do not score (a misread topic, a lost text) may still pair, at 0:
  // with the cost of leaving both alone, their right pairing beats a crossed one.
  const score = (i: number, j: number): number | null =>
    memoScore(as[i]!, bs[j]!, ratio, stemPair) ?? (compatible(as[i]!, bs[j]!) ? 0 : null);
  // Leaving a section alone costs something; then structure and order lead, and topics break ties.
  const aligned = alignAround(as.length, bs.length, anchors, [[1, 1]], (i, _da, j) => score(i, j), UNPAIRED_SECTION);
  const steps = undoCrossings(structuralPairing(as, bs, aligned, score), as, bs, score);
  const links: SectionLink[] = [];
  for (const step of steps)
    if (step.da > 0 && step.db > 0) links.push({ a: as[step.i]!, b: bs[step.j]!, score: step.score });

  const unpaired: Array<Unpaired<SectionUnit>> = [];
  let ambiguous = 0;
  for (const run of unpairedRuns(steps)) {
    if (run.a.length > 0 && run.b.length > 0) {
      // As many sections on each side, at one place, and nothing against pairing them: they are
      // counterparts that differ too much to score (one of them lost its text, say).
      if (
        run.a.length === run.b.length &&
        run.a.length <= 3 &&
        run.a.every((i, k) => standAlike(as[i]!, bs[run.b[k]!]!))
      ) {
        run.a.forEach((i, k) => links.push({ a: as[i]!, b: bs[run.b[k]!]!, score: 0 }));
        continue;
      }
      ambiguous += run.a.length + run.b.length;
      continue;
    }
    const side = run.a.length > 0 ? 'a' : 'b';
    const own = side === 'a' ? as : bs;
    const other = side === 'a' ? bs : as;
    const indices = side === 'a' ? run.a : run.b;
    const after = run.previous ? other[side === 'a' ? run.previous.j : run.previous.i]! : null;
    const before = run.next ? other[side === 'a' ? run.next.j : run.next.i]! : null;
    const missing = indices.map((k) => own[k]!);
    for (const unit of missing) {
      // One finding for a whole missing section: its subsections go with it.
      if (missing.some((m) => m !== unit && isAncestor(m, unit))) continue;
      const ownNeighbours =
        side === 'a'
          ? [run.previous && as[run.previous.i], run.next && as[run.next.i]]
          : [run.previous && bs[run.previous.j], run.next && bs[run.next.j]];
      const merged = [
        ownNeighbours[0] && after ? [ownNeighbours[0], after] : null,
        ownNeighbours[1] && before ? [ownNeighbours[1], before] : null,
      ].some((pair) => pair !== null && fitsBetterMerged(unit, pair[0]!, pair[1]!, side === 'a' ? ratio : 1 / ratio));
      if (merged) {
        ambiguous++;
        continue;
      }
      unpaired.push({ side, item: unit, after, before, by: unit.label !== null ? 'number' : 'content', sure: true });
    }
  }
  links.sort((x, y) => x.a.section.index - y.a.section.index);
  return { links, unpaired, ambiguous };
}

/**
 * Nothing speaks against two sections standing alone at one place being counterparts: the same
 * level and no other number. (Their kinds may differ when one lost its text.) Such a pairing
 * scores 0, and its clauses are compared only where they share anchors.
 */
function standAlike(a: SectionUnit, b: SectionUnit): boolean {
  if (a.section.level !== b.section.level) return false;
  return a.label === null || b.label === null || a.label === b.label;
}

function isAncestor(ancestor: SectionUnit, unit: SectionUnit): boolean {
  for (let s = unit.section.parent; s; s = s.parent) if (s === ancestor.section) return true;
  return false;
}

/**
 * Whether the other version's neighbour reads like the translation of both the neighbour here and
 * the unpaired section together: then the other version merged them and nothing is missing.
 */
export function fitsBetterMerged(
  unit: { letters: number },
  neighbour: { letters: number },
  counterpart: { letters: number },
  ratio: number,
): boolean {
  if (unit.letters === 0) return false;
  const alone = lengthScore(neighbour.letters, counterpart.letters, ratio);
  const merged = lengthScore(neighbour.letters + unit.letters, counterpart.letters, ratio);
  return merged > alone + 0.3;
}
