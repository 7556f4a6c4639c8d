// The facts that differ between two paired sections (their headings and every grounded pairing
// of their clauses), remembered while neither section's text changes: after a keystroke only the
// edited section is compared again.
import type { Block } from '../model/document.js';
import type { Alignment, SectionLink } from './types.js';
import type { SectionUnit } from './view.js';
import { compareFacts, type FactComparison, type FactRef } from './compare.js';
import { memoOn } from './identity.js';
import { mergeBags, sharedAnchors } from './score.js';
import type { Fact, FactType } from '../extract/anchors.js';

/** Where a block stands in its section: its heading (clause -1) or a block of one of its clauses. */
interface Place {
  clause: number;
  block: number;
  fact: Fact;
}
interface Stored {
  differs: Array<{ type: FactType; a: Place; b: Place; sure: boolean }>;
  onlyA: Place[];
  onlyB: Place[];
}

function place(unit: SectionUnit, ref: FactRef): Place {
  if (ref.block === unit.section.heading) return { clause: -1, block: 0, fact: ref.fact };
  const clause = unit.clauses.findIndex((c) => c.blocks.includes(ref.block));
  return { clause, block: clause < 0 ? -1 : unit.clauses[clause]!.blocks.indexOf(ref.block), fact: ref.fact };
}

function blockAt(unit: SectionUnit, p: Place): Block | undefined {
  return p.clause < 0 ? (unit.section.heading ?? undefined) : unit.clauses[p.clause]?.blocks[p.block];
}

const NOWHERE = { inA: () => false, inB: () => false };

function compareSection(alignment: Alignment, link: SectionLink): Stored {
  const stored: Stored = { differs: [], onlyA: [], onlyB: [] };
  const add = (c: FactComparison): void => {
    for (const d of c.differs)
      stored.differs.push({ type: d.type, a: place(link.a, d.a), b: place(link.b, d.b), sure: d.sure });
    for (const r of c.onlyA) stored.onlyA.push(place(link.a, r));
    for (const r of c.onlyB) stored.onlyB.push(place(link.b, r));
  };
  const ha = link.a.section.heading;
  const hb = link.b.section.heading;
  // A language pplint does not read spells names its own way ("Hambourg" for "Hamburg").
  const names = alignment.a.lang !== null && alignment.b.lang !== null;
  if (ha && hb) add(compareFacts([ha], [hb], NOWHERE, names));
  // Sections paired only for standing at one place: their clauses must share anchors.
  const weak = link.score <= 0;
  for (const clauses of alignment.clausesIn(link)) {
    if (!clauses.grounded) continue;
    if (
      weak &&
      clauses.by === 'content' &&
      !clauses.segments.some((s) => sharedAnchors(mergeBags(s.a), mergeBags(s.b)) > 0)
    )
      continue;
    add(
      compareFacts(
        clauses.a.flatMap((c) => c.blocks),
        clauses.b.flatMap((c) => c.blocks),
        NOWHERE,
        names,
      ),
    );
  }
  return stored;
}

/**
 * The differing facts of two paired sections. One-sided facts are kept only when the other
 * version states them nowhere (`factKeys`: every fact a version states); a name spelt differently
 * only when the other version never spells it as the primary does (`latinB`: its Latin words) —
 * then the other spelling is a slip, not a second name.
 */
export function sectionMismatches(
  alignment: Alignment,
  link: SectionLink,
  factKeys: { a: ReadonlySet<string>; b: ReadonlySet<string>; latinB?: ReadonlySet<string> },
): FactComparison & { anchorOf(ref: FactRef): Block | null } {
  const stored = memoOn(
    link.a.owner,
    `mismatch|${link.a.key}|${link.b.key}|${alignment.ratio.toFixed(2)}|${alignment.a.lang}|${alignment.b.lang}`,
    () => compareSection(alignment, link),
  );
  const ref = (unit: SectionUnit, p: Place): FactRef | null => {
    const block = blockAt(unit, p);
    return block ? { fact: p.fact, block } : null;
  };
  const result: FactComparison = { differs: [], onlyA: [], onlyB: [] };
  for (const d of stored.differs) {
    const a = ref(link.a, d.a);
    const b = ref(link.b, d.b);
    if (d.type === 'name' && factKeys.latinB?.has(d.a.fact.key)) continue;
    if (a && b) result.differs.push({ type: d.type, a, b, sure: d.sure });
  }
  for (const p of stored.onlyA) {
    const r = ref(link.a, p);
    if (r && !factKeys.b.has(`${p.fact.type}:${p.fact.key}`)) result.onlyA.push(r);
  }
  for (const p of stored.onlyB) {
    const r = ref(link.b, p);
    if (r && !factKeys.a.has(`${p.fact.type}:${p.fact.key}`)) result.onlyB.push(r);
  }
  return {
    ...result,
    // Where a fact only the primary states is reported in the other version: the first block of
    // the counterpart of its clause.
    anchorOf(r: FactRef): Block | null {
      const clause = r.block.clause;
      if (!clause) return link.b.section.heading;
      const pairing = alignment.clauseLink('a', clause);
      return pairing?.b[0]?.blocks[0] ?? link.b.section.heading;
    },
  };
}
