// A version whose numbering skips a number (3.3.1, 3.3.2, 3.3.4, 3.3.5 against 3.3.1–3.3.4) pairs
// its clauses by number with the wrong ones from the skip on: the other version's 3.3.3 finds no
// 3.3.3, and this version's last clause finds no counterpart of its number. Clauses left over by
// number on both sides of one pair of sections, where one side's numbering has a gap, are such a
// shift far more often than a clause dropped and another added: they are not reported as missing.
import type { SectionLink, UnpairedClause } from './types.js';
import type { SectionUnit } from './view.js';

/** Whether the section numbers its clauses with a gap: 1, 2, 4 under one parent. */
function skipsNumber(unit: SectionUnit): boolean {
  const byParent = new Map<string, number[]>();
  for (const s of unit.segments) {
    const m = s.label === null ? null : /^(?:(.*)\.)?(\d+)$/.exec(s.label);
    if (!m) continue;
    const parent = m[1] ?? '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), Number(m[2])]);
  }
  for (const numbers of byParent.values()) {
    const sorted = [...new Set(numbers)].sort((x, y) => x - y);
    if (sorted.some((n, k) => k > 0 && n - sorted[k - 1]! > 1)) return true;
  }
  return false;
}

/** The clauses left over by number only because one version's numbering skips (reported by nothing). */
export function shiftedByNumbering(unpaired: readonly UnpairedClause[]): Set<UnpairedClause> {
  const bySection = new Map<SectionLink, UnpairedClause[]>();
  for (const u of unpaired) if (u.by === 'number') bySection.set(u.within, [...(bySection.get(u.within) ?? []), u]);
  const out = new Set<UnpairedClause>();
  for (const [link, list] of bySection) {
    if (!list.some((u) => u.side === 'a') || !list.some((u) => u.side === 'b')) continue;
    if (!skipsNumber(link.a) && !skipsNumber(link.b)) continue;
    for (const u of list) out.add(u);
  }
  return out;
}
