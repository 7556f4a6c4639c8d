// Aligns two language versions clause by clause: sections first (numbering, kinds, order and
// anchors), then the clauses of each pair of sections. The result is cached on the first
// version's document for as long as neither document changes, so that linting three versions
// after a keystroke aligns only the pairs that involve the edited one.
import type { Clause, PolicyDocument, Section } from '../model/document.js';
import type { VersionMember } from './group.js';
import { versionView } from './view.js';
import { alignSectionUnits } from './sections.js';
import { segmentAlignment, segmentLinks, unpairedSegments, type Cutting, type IndexAlignment } from './clauses.js';
import type {
  Alignment,
  ClauseLink,
  LinkBasis,
  SectionLink,
  SegmentLink,
  Side,
  Unpaired,
  UnpairedClause,
} from './types.js';
import type { Segment } from './view.js';

interface CacheEntry {
  other: VersionMember['doc'];
  alignment: Alignment;
}

function cacheKey(a: VersionMember, b: VersionMember): string {
  // Section kinds of both versions take part, and they depend on the configured vocabulary: an
  // alignment made before the other version was classified must not outlive its classification.
  return `align/pair/${a.part}/${b.doc.uri}#${b.part}/${String(a.doc.facts.get('classified-with'))}/${String(b.doc.facts.get('classified-with'))}`;
}

/** Aligns version `b` with version `a` (usually `a` is the primary). */
export function alignVersions(a: VersionMember, b: VersionMember): Alignment {
  const key = cacheKey(a, b);
  const cached = a.doc.facts.get(key) as CacheEntry | undefined;
  if (cached && cached.other === b.doc) return withMembers(cached.alignment, a, b);
  // An alignment with an earlier version of b is dropped before the new one is made, so that
  // two generations are not held at once (the unchanged sections' work is in the blocks' memos).
  if (cached) a.doc.facts.delete(key);
  const alignment = compute(a, b);
  a.doc.facts.set(key, { other: b.doc, alignment });
  return alignment;
}

/**
 * Drops what aligning a superseded version of a document made (its alignments with the other
 * versions, its view of sections and segments): a newer version's lint makes them again, reusing
 * the unchanged sections' work kept in the blocks' memos, and a late question to the old version
 * computes them again. Holding them meant two generations of the alignment alive after a keystroke.
 */
export function releaseAlignments(doc: PolicyDocument): void {
  for (const key of [...doc.facts.keys()])
    if (key.startsWith('align/pair/') || key.startsWith('align/view/')) doc.facts.delete(key);
}

function withMembers(alignment: Alignment, a: VersionMember, b: VersionMember): Alignment {
  if (alignment.a === a && alignment.b === b) return alignment;
  const copy = Object.create(alignment) as Alignment & { a: VersionMember; b: VersionMember };
  copy.a = a;
  copy.b = b;
  return copy;
}

/** How far the ratio of the paired sections may stray from the whole texts' before it replaces it. */
const RATIO_TOLERANCE = 1.3;
/** A pairing this sure (a number and a topic that agree) measures the ratio. */
const SURE_LINK = 3;

/** Letters of b per letter of a over the sections that pair surely, or null when they are too few. */
function pairedRatio(links: readonly SectionLink[]): number | null {
  let a = 0;
  let b = 0;
  let count = 0;
  for (const link of links) {
    if (link.score < SURE_LINK || link.a.letters === 0 || link.b.letters === 0) continue;
    a += link.a.letters;
    b += link.b.letters;
    count++;
  }
  return count >= 2 && a > 200 && b > 200 ? b / a : null;
}

/**
 * Whether two languages share word stems worth counting: Kazakh and Russian their loanwords, English
 * and a language in Latin letters (German, French…) their cognates ("profession", "identification").
 */
function sharesStems(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const cyrillic = (l: string): boolean => l === 'ru' || l === 'kk';
  if (a === 'en' || b === 'en') return a !== b && !cyrillic(a === 'en' ? b : a);
  return true;
}

function compute(a: VersionMember, b: VersionMember): Alignment {
  const va = versionView(a);
  const vb = versionView(b);
  // A language pplint does not read ("de", "fr") still has its code.
  const stemPair = sharesStems(a.lang ?? a.doc.languageCode, b.lang ?? b.doc.languageCode);
  let ratio = va.letters > 200 && vb.letters > 200 ? vb.letters / va.letters : 1;
  let sections = alignSectionUnits(va, vb, ratio, stemPair);
  // A version that lacks whole sections is no terse translation: how long one language writes the
  // same text is measured again on the sections that pair, and the sections aligned again with it
  // when it differs (else a stub's missing sections read as merged into its short neighbours).
  const paired = pairedRatio(sections.links);
  if (paired !== null && Math.abs(Math.log(paired / ratio)) > Math.log(RATIO_TOLERANCE)) {
    ratio = paired;
    sections = alignSectionUnits(va, vb, ratio, stemPair);
  }
  // Segment pairings are found (or recalled) for every pair of sections, and made into objects
  // only where a rule or a lookup asks for them.
  const cutting = cuttingOf(sections.links);
  const raw = new Map<SectionLink, IndexAlignment>(
    sections.links.map((link) => [link, segmentAlignment(link, ratio, stemPair, cutting)]),
  );
  const segmentsMade = new Map<SectionLink, SegmentLink[]>();
  const clausesMade = new Map<SectionLink, ClauseLink[]>();
  const segmentsIn = (link: SectionLink): SegmentLink[] => {
    let made = segmentsMade.get(link);
    if (!made) segmentsMade.set(link, (made = segmentLinks(link, raw.get(link)!)));
    return made;
  };
  const clausesIn = (link: SectionLink): ClauseLink[] => {
    let made = clausesMade.get(link);
    if (!made) clausesMade.set(link, (made = clauseLinks(segmentsIn(link))));
    return made;
  };
  const bySection: Record<Side, Map<Section, SectionLink>> = { a: new Map(), b: new Map() };
  for (const link of sections.links) {
    bySection.a.set(link.a.section, link);
    bySection.b.set(link.b.section, link);
  }
  let ambiguousSegments = 0;
  const unpaired: Array<Unpaired<Segment>> = [];
  for (const link of sections.links) {
    const r = raw.get(link)!;
    ambiguousSegments += r.ambiguous;
    unpaired.push(...unpairedSegments(link, r));
  }
  return {
    a,
    b,
    ratio,
    sections: sections.links,
    unpairedSections: sections.unpaired,
    unpairedClauses: groupUnpaired(unpaired),
    ambiguous: { sections: sections.ambiguous, segments: ambiguousSegments },
    segmentsIn,
    clausesIn,
    get segments() {
      return sections.links.flatMap(segmentsIn);
    },
    get clauses() {
      return sections.links.flatMap(clausesIn);
    },
    sectionLink: (side, section) => bySection[side].get(section),
    clauseLink(side, clause) {
      const link = bySection[side].get(clause.section);
      return link ? clausesIn(link).find((l) => (side === 'a' ? l.a : l.b).includes(clause)) : undefined;
    },
  };
}

// Paired sections with text, and the share of them cut into as many segments on both sides, for
// a pair of versions to count as translated paragraph for paragraph.
const STRICT_MIN_SECTIONS = 3;
const STRICT_SHARE = 0.8;

/**
 * Whether the two versions translate paragraph for paragraph: learnt from their paired sections
 * (counting segments costs nothing), so that one section with a paragraph more on one side reads
 * as an added or dropped paragraph, not as a split.
 */
function cuttingOf(links: readonly SectionLink[]): Cutting {
  let sections = 0;
  let equal = 0;
  for (const link of links) {
    const na = link.a.segments.length;
    const nb = link.b.segments.length;
    if (na + nb === 0) continue;
    sections++;
    if (na === nb) equal++;
  }
  // One section cut differently may be the very paragraph added or dropped.
  return {
    strict:
      sections >= STRICT_MIN_SECTIONS && sections - equal <= Math.max(1, Math.floor((1 - STRICT_SHARE) * sections)),
  };
}

/** Clauses whose segments pair: the connected pieces of the pairings between segments. */
function clauseLinks(segments: SegmentLink[]): ClauseLink[] {
  // Union-find over the segment pairings, joined through the clauses they touch.
  const parent = segments.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  const owner = new Map<Clause, number>();
  segments.forEach((seg, k) => {
    for (const s of seg.a.length + seg.b.length > 2 ? [...seg.a, ...seg.b] : [seg.a[0]!, seg.b[0]!]) {
      const other = owner.get(s.clause);
      if (other === undefined) owner.set(s.clause, k);
      else parent[find(k)] = find(other);
    }
  });
  const byRoot = new Map<number, ClauseLink>();
  const links: ClauseLink[] = [];
  segments.forEach((seg, k) => {
    const root = find(k);
    let link = byRoot.get(root);
    if (!link) {
      link = { a: [], b: [], by: seg.by, grounded: false, sections: seg.sections, segments: [] };
      byRoot.set(root, link);
      links.push(link);
    }
    for (const s of seg.a) if (link.a.at(-1) !== s.clause && !link.a.includes(s.clause)) link.a.push(s.clause);
    for (const s of seg.b) if (link.b.at(-1) !== s.clause && !link.b.includes(s.clause)) link.b.push(s.clause);
    link.segments.push(seg);
    link.grounded ||= seg.grounded;
    link.by = strongest(link.by, seg.by);
  });
  for (const link of links) {
    if (link.a.length > 1) link.a.sort((x, y) => x.index - y.index);
    if (link.b.length > 1) link.b.sort((x, y) => x.index - y.index);
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
