// Clause numbers that skip one (1.1.2, 1.1.4) tell which of two versions changed. Where the
// other version has a clause of exactly the skipped number and nothing here pairs with it, this
// version lost that clause (even when it is the master text). Where both versions have as many
// clauses under that number and all of them pair, only the numbering differs: a slip to report
// softly, since references to these clauses may now point at the wrong one.
import type { Clause } from '../model/document.js';
import type { Alignment, Side, UnpairedClause } from './types.js';
import type { SectionUnit } from './view.js';
import { shiftedByNumbering } from './renumbered.js';

/** A version's clause numbers that skip: the clause after the gap and the numbers left out. */
export interface NumberingSkip {
  side: Side;
  /** The first clause after the gap. */
  clause: Clause;
  /** The number before the gap ("3.3.2") and the first one skipped ("3.3.3"). */
  previous: string;
  missing: string;
}

const parentOf = (parts: readonly number[]): string => parts.slice(0, -1).join('.');
const label = (parent: string, n: number): string => (parent ? `${parent}.${n}` : String(n));

/** A section's own numbered clauses by parent number, each list ordered by its last part. */
function byParent(unit: SectionUnit): Map<string, Array<{ n: number; clause: Clause }>> {
  const out = new Map<string, Array<{ n: number; clause: Clause }>>();
  for (const clause of unit.clauses) {
    const parts = clause.number?.parts;
    if (!parts || parts.length < 2) continue;
    const parent = parentOf(parts);
    out.set(parent, [...(out.get(parent) ?? []), { n: parts.at(-1)!, clause }]);
  }
  for (const list of out.values()) list.sort((x, y) => x.n - y.n);
  return out;
}

/** Whether a section numbers the clauses before and after `parts` but not `parts` itself. */
function skipsNumber(unit: SectionUnit, parts: readonly number[]): boolean {
  const n = parts.at(-1)!;
  const numbers = new Set((byParent(unit).get(parentOf(parts)) ?? []).map((c) => c.n));
  return n > 1 && numbers.has(n - 1) && numbers.has(n + 1) && !numbers.has(n);
}

/**
 * Clauses only the other version has whose number the primary skips at that very place: the
 * primary lost them (1.1.3 there; 1.1.2 and 1.1.4 here).
 */
export function lostInPrimary(alignment: Alignment): UnpairedClause[] {
  const shifted = shiftedByNumbering(alignment.unpairedClauses);
  return alignment.unpairedClauses.filter(
    (u) =>
      u.side === 'b' &&
      u.whole &&
      u.by === 'number' &&
      !shifted.has(u) &&
      u.clause.number !== null &&
      skipsNumber(u.within.a, u.clause.number.parts),
  );
}

const consecutive = (list: ReadonlyArray<{ n: number }>): boolean =>
  list.every((c, k) => k === 0 || c.n === list[k - 1]!.n + 1);

/**
 * Numbering gaps of one side where the other side numbers as many clauses under the same parent
 * in sequence, and no clause under it on either side is left without a counterpart for any
 * reason but the shift itself: the same clauses, numbered differently.
 */
export function numberingSkips(alignment: Alignment): NumberingSkip[] {
  const shifted = shiftedByNumbering(alignment.unpairedClauses);
  const unpaired = new Set(alignment.unpairedClauses.filter((u) => !shifted.has(u)).map((u) => u.clause));
  const out: NumberingSkip[] = [];
  for (const link of alignment.sections) {
    const sides = { a: byParent(link.a), b: byParent(link.b) };
    for (const side of ['a', 'b'] as const) {
      const other = sides[side === 'a' ? 'b' : 'a'];
      for (const [parent, list] of sides[side]) {
        const theirs = other.get(parent);
        if (!theirs || theirs.length !== list.length || !consecutive(theirs) || theirs[0]!.n !== list[0]!.n) continue;
        if ([...list, ...theirs].some((c) => unpaired.has(c.clause))) continue;
        for (let k = 1; k < list.length; k++) {
          const previous = list[k - 1]!.n;
          if (list[k]!.n - previous <= 1) continue;
          out.push({
            side,
            clause: list[k]!.clause,
            previous: label(parent, previous),
            missing: label(parent, previous + 1),
          });
        }
      }
    }
  }
  return out;
}
