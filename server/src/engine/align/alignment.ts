// Aligns two language versions clause by clause: sections first (numbering, kinds, order and
// anchors), then the clauses of each pair of sections. The result is cached on the first
// version's document for as long as neither document changes, so that linting three versions
// after a keystroke aligns only the pairs that involve the edited one.
import type { Clause, Section } from '../model/document.js';
import type { VersionMember } from './group.js';
import { versionView } from './view.js';
import { alignSectionUnits } from './sections.js';
import { alignSegmentsIn } from './clauses.js';
import type { Alignment, ClauseLink, LinkBasis, SectionLink, SegmentLink, Side, Unpaired, UnpairedClause } from './types.js';
import type { Segment } from './view.js';

interface CacheEntry {
  other: VersionMember['doc'];
  alignment: Alignment;
}

function cacheKey(a: VersionMember, b: VersionMember): string {
  // Section kinds take part, and they depend on the configured vocabulary.
  return `align/pair/${a.part}/${b.doc.uri}#${b.part}/${String(a.doc.facts.get('classified-with'))}`;
}

/** Aligns version `b` with version `a` (usually `a` is the primary). */
export function alignVersions(a: VersionMember, b: VersionMember): Alignment {
  const key = cacheKey(a, b);
  const cached = a.doc.facts.get(key) as CacheEntry | undefined;
  if (cached && cached.other === b.doc) return withMembers(cached.alignment, a, b);
  const reverse = b.doc.facts.get(cacheKey(b, a)) as CacheEntry | undefined;
  const alignment = reverse && reverse.other === a.doc ? swap(reverse.alignment) : compute(a, b);
  a.doc.facts.set(key, { other: b.doc, alignment });
  return withMembers(alignment, a, b);
}

function withMembers(alignment: Alignment, a: VersionMember, b: VersionMember): Alignment {
  return alignment.a === a && alignment.b === b ? alignment : { ...alignment, a, b };
}

function compute(a: VersionMember, b: VersionMember): Alignment {
  const va = versionView(a);
  const vb = versionView(b);
  const cyrillicPair = a.lang !== 'en' && b.lang !== 'en' && a.lang !== null && b.lang !== null;
  const ratio = va.letters > 200 && vb.letters > 200 ? vb.letters / va.letters : 1;
  const sections = alignSectionUnits(va, vb, ratio, cyrillicPair);
  const segments: SegmentLink[] = [];
  const unpaired: Array<Unpaired<Segment>> = [];
  let ambiguousSegments = 0;
  for (const link of sections.links) {
    const result = alignSegmentsIn(link, ratio, cyrillicPair);
    segments.push(...result.links);
    unpaired.push(...result.unpaired);
    ambiguousSegments += result.ambiguous;
  }
  return build(a, b, ratio, sections.links, segments, sections.unpaired, groupUnpaired(unpaired), { sections: sections.ambiguous, segments: ambiguousSegments });
}

/** Clauses whose segments pair: the connected pieces of the pairings between segments. */
function clauseLinks(segments: SegmentLink[]): ClauseLink[] {
  const byClause = new Map<Clause, ClauseLink>();
  const links: ClauseLink[] = [];
  for (const seg of segments) {
    const touched = new Set<ClauseLink>();
    for (const s of [...seg.a, ...seg.b]) {
      const link = byClause.get(s.clause);
      if (link) touched.add(link);
    }
    let target: ClauseLink;
    if (touched.size === 0) {
      target = { a: [], b: [], by: seg.by, grounded: seg.grounded, sections: seg.sections, segments: [] };
      links.push(target);
    } else {
      [target] = touched;
      for (const other of touched) {
        if (other === target) continue;
        for (const c of other.a) if (!target.a.includes(c)) target.a.push(c);
        for (const c of other.b) if (!target.b.includes(c)) target.b.push(c);
        target.segments.push(...other.segments);
        target.grounded ||= other.grounded;
        target.by = strongest(target.by, other.by);
        links.splice(links.indexOf(other), 1);
      }
    }
    for (const s of seg.a) if (!target.a.includes(s.clause)) target.a.push(s.clause);
    for (const s of seg.b) if (!target.b.includes(s.clause)) target.b.push(s.clause);
    target.segments.push(seg);
    target.grounded ||= seg.grounded;
    target.by = strongest(target.by, seg.by);
    for (const c of [...target.a, ...target.b]) byClause.set(c, target);
  }
  for (const link of links) {
    link.a.sort((x, y) => x.index - y.index);
    link.b.sort((x, y) => x.index - y.index);
  }
  return links.sort((x, y) => x.a[0]!.index - y.a[0]!.index);
}

function strongest(x: LinkBasis, y: LinkBasis): LinkBasis {
  const rank: Record<LinkBasis, number> = { number: 2, row: 1, content: 0 };
  return rank[x] >= rank[y] ? x : y;
}

/** Unpaired segments of one clause, side by side, make one finding: the clause or a part of it. */
function groupUnpaired(unpaired: Array<Unpaired<Segment>>): UnpairedClause[] {
  const out: UnpairedClause[] = [];
  for (const u of unpaired) {
    const last = out.at(-1);
    if (last && last.side === u.side && last.clause === u.item.clause && last.within === u.within) {
      last.segments.push(u.item);
      last.before = u.before;
      continue;
    }
    out.push({ ...u, clause: u.item.clause, segments: [u.item], whole: false, within: u.within! });
  }
  for (const g of out) g.whole = g.segments.length === segmentCount(g);
  return out;
}

function segmentCount(g: UnpairedClause): number {
  const unit = g.side === 'a' ? g.within.a : g.within.b;
  return unit.segments.filter((s) => s.clause === g.clause).length;
}

function build(
  a: VersionMember, b: VersionMember, ratio: number, sections: SectionLink[], segments: SegmentLink[],
  unpairedSections: Alignment['unpairedSections'], unpairedClauses: UnpairedClause[], ambiguous: Alignment['ambiguous'],
): Alignment {
  const clauses = clauseLinks(segments);
  const byClause: Record<Side, Map<Clause, ClauseLink>> = { a: new Map(), b: new Map() };
  for (const link of clauses) {
    for (const c of link.a) byClause.a.set(c, link);
    for (const c of link.b) byClause.b.set(c, link);
  }
  const bySection: Record<Side, Map<Section, SectionLink>> = { a: new Map(), b: new Map() };
  for (const link of sections) {
    bySection.a.set(link.a.section, link);
    bySection.b.set(link.b.section, link);
  }
  return {
    a, b, ratio, sections, segments, clauses, unpairedSections, unpairedClauses, ambiguous,
    clauseLink: (side, clause) => byClause[side].get(clause),
    sectionLink: (side, section) => bySection[side].get(section),
  };
}

/** The same alignment seen from the other version. */
function swap(x: Alignment): Alignment {
  const flip = <T extends { side: Side }>(u: T): T => ({ ...u, side: u.side === 'a' ? 'b' : 'a' });
  const sections = x.sections.map((l) => ({ a: l.b, b: l.a, score: l.score }));
  const sectionOf = new Map(x.sections.map((l, i) => [l, sections[i]!]));
  const segments = x.segments.map((l) => ({ ...l, a: l.b, b: l.a, sections: sectionOf.get(l.sections)! }));
  const unpairedClauses = x.unpairedClauses.map((u) => ({ ...flip(u), within: sectionOf.get(u.within)! }));
  return build(x.b, x.a, 1 / x.ratio, sections, segments, x.unpairedSections.map(flip), unpairedClauses, x.ambiguous);
}
