// A section heading that lost its number in one version ("2. Terms" there, "Terms" here), or took
// a wrong one ("5. Purposes" between 2 and 4), while the headings around it keep theirs: a
// reference to section 2 finds nothing, or the wrong section, in this version. Told only where the
// other version's number fits exactly between this version's neighbours and its own does not.
import type { Section } from '../model/document.js';
import type { Alignment, Side } from './types.js';

export interface LostHeadingNumber {
  /** The side whose heading has no number. */
  side: Side;
  section: Section;
  /** The other version's number of the same heading, and this version's (null where it has none). */
  label: string;
  own: string | null;
}

/** Numbers compared part by part: 2 < 2.1 < 3. */
function before(x: readonly number[], y: readonly number[]): boolean {
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return x.length < y.length;
}

/**
 * Headings whose number one version lost or changed: the other version's number fits between the
 * nearest numbered headings of the same level around it, and its own number (if any) does not.
 */
export function lostHeadingNumbers(alignment: Alignment): LostHeadingNumber[] {
  const out: LostHeadingNumber[] = [];
  const links = alignment.sections.filter((l) => l.a.section.heading && l.b.section.heading);
  for (const side of ['a', 'b'] as const) {
    const other = side === 'a' ? 'b' : 'a';
    links.forEach((link, i) => {
      const own = link[side].section;
      const theirs = link[other].section.number;
      if (!theirs || own.number?.label === theirs.label) return;
      // The nearest paired headings of the same level before and after, numbered on both sides.
      const level = (k: number): boolean => links[k]![side].section.level === own.level;
      const prev = links.slice(0, i).findLastIndex((_, k) => level(k));
      const next = links.findIndex((_, k) => k > i && level(k));
      const neighbours = [prev, next].filter((k) => k >= 0);
      if (neighbours.length === 0) return;
      const fits = (parts: readonly number[]): boolean =>
        neighbours.every((k) => {
          const mine = links[k]![side].section.number?.parts;
          if (!mine || !links[k]![other].section.number) return false;
          return k < i ? before(mine, parts) : before(parts, mine);
        });
      if (fits(theirs.parts) && !(own.number && fits(own.number.parts)))
        out.push({ side, section: own, label: theirs.label, own: own.number?.label ?? null });
    });
  }
  return out;
}
