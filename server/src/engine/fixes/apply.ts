// The offset-based fixer. Each fix is a set of edits applied together or not at all; fixes that
// overlap a fix already taken are dropped (the next pass, on the new text, offers them again).
import type { TextEdit } from '../types.js';

export interface AppliedEdits {
  text: string;
  /** How many fixes were applied. */
  applied: number;
  /** How many were dropped because they overlapped another. */
  dropped: number;
}

export function applyFixes(text: string, fixes: TextEdit[][]): AppliedEdits {
  const ordered = fixes
    .filter((edits) => edits.length > 0 && edits.every((e) => fitsText(e, text)))
    .map((edits) => [...edits].sort((a, b) => a.start - b.start))
    .sort((a, b) => a[0]!.start - b[0]!.start);
  const taken: TextEdit[] = [];
  let applied = 0;
  let dropped = 0;
  for (const edits of ordered) {
    const clashes =
      edits.some((e) => taken.some((t) => overlaps(e, t))) ||
      edits.some((e, i) => edits.some((o, j) => i < j && overlaps(e, o)));
    if (clashes) {
      dropped++;
      continue;
    }
    taken.push(...edits);
    applied++;
  }
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of taken) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, applied, dropped };
}

/** An edit applies only inside the text and, when it says what it replaces, only over exactly that. */
function fitsText(edit: TextEdit, text: string): boolean {
  if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) return false;
  return edit.expect === undefined || text.slice(edit.start, edit.end) === edit.expect;
}

/** Two edits clash when their ranges overlap, or when both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return (
    (a.start < b.end && b.start < a.end) ||
    (a.start === a.end && a.start > b.start && a.start < b.end) ||
    (b.start === b.end && b.start > a.start && b.start < a.end)
  );
}

/**
 * Applies fixes until none is left or nothing changes: `lint` returns the fixes for a text.
 * Fixes that undo one another (a version's period harmonised one way, then back, as the clauses
 * pair differently after each edit) would loop: when a pass returns to a text already seen, the
 * fixer stops at the first text of that cycle, so a second run changes nothing either. `maxPasses`
 * bounds the rest.
 */
export function fixToFixedPoint(
  text: string,
  lint: (text: string) => TextEdit[][],
  maxPasses = 10,
): { text: string; applied: number; passes: number } {
  let current = text;
  let applied = 0;
  let passes = 0;
  // Each text reached, with the count of fixes applied to reach it.
  const seen = new Map<string, number>([[text, 0]]);
  while (passes < maxPasses) {
    const fixes = lint(current);
    if (fixes.length === 0) break;
    passes++;
    const result = applyFixes(current, fixes);
    if (result.applied === 0 || result.text === current) break;
    const before = seen.get(result.text);
    if (before !== undefined) {
      // A cycle: keep the text it started from (the fixes of the cycle cancel out).
      return { text: result.text, applied: before, passes };
    }
    applied += result.applied;
    current = result.text;
    seen.set(current, applied);
  }
  return { text: current, applied, passes };
}
