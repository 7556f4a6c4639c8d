// What the alignment of two language versions says: which sections and clauses correspond, and
// which have nothing opposite them on the other side.
import type { Clause, Section } from '../model/document.js';
import type { VersionMember } from './group.js';
import type { Segment, SectionUnit } from './view.js';

export type Side = 'a' | 'b';

/** How a pairing was found: by the clause number, by the table row, or by content and order. */
export type LinkBasis = 'number' | 'row' | 'content';

export interface SectionLink {
  a: SectionUnit;
  b: SectionUnit;
  score: number;
}

/** Segments (paragraphs, list items, table rows) of the two versions that translate each other. */
export interface SegmentLink {
  /** One segment, or several that one version splits where the other does not. */
  a: Segment[];
  b: Segment[];
  by: LinkBasis;
  score: number;
  /** Numbered, a table row, sharing anchors, or held in place by paired neighbours on both sides. */
  grounded: boolean;
  sections: SectionLink;
}

/** Clauses of the two versions whose segments pair with each other (one with one, as a rule). */
export interface ClauseLink {
  a: Clause[];
  b: Clause[];
  /** The strongest basis of its segments' pairings. */
  by: LinkBasis;
  grounded: boolean;
  sections: SectionLink;
  segments: SegmentLink[];
}

/** An item of one side with nothing opposite it, where nothing else on the other side is left over. */
export interface Unpaired<T> {
  /** The side that has the item (the other side lacks it). */
  side: Side;
  item: T;
  /** On the other side: what the item would follow, and what it would precede. */
  after: T | null;
  before: T | null;
  by: LinkBasis;
  /** Numbered or a table row: the gap is certain; by content and order it is likely. */
  sure: boolean;
  /** For clauses: the sections they stand in (on both sides). */
  within?: SectionLink;
}

/** A clause, or part of one (a paragraph, a list item), that the other version lacks. */
export interface UnpairedClause extends Unpaired<Segment> {
  clause: Clause;
  /** The clause's segments that have no counterpart, in order (`item` is the first). */
  segments: Segment[];
  /** The whole clause lacks a counterpart (else a paragraph or list item of it does). */
  whole: boolean;
  within: SectionLink;
}

export interface Alignment {
  a: VersionMember;
  b: VersionMember;
  /** Letters of b per letter of a: how much longer one language writes the same text. */
  ratio: number;
  sections: SectionLink[];
  unpairedSections: Array<Unpaired<SectionUnit>>;
  unpairedClauses: UnpairedClause[];
  /** Items left without counterpart on both sides of one place: not reported, counted for quality. */
  ambiguous: { sections: number; segments: number };
  /** The pairings of the segments, and of the clauses, of two paired sections. */
  segmentsIn(link: SectionLink): SegmentLink[];
  clausesIn(link: SectionLink): ClauseLink[];
  /** Every pairing of segments, and of clauses, in order (made on demand). */
  readonly segments: SegmentLink[];
  readonly clauses: ClauseLink[];
  /** The pairing of a clause of either side. */
  clauseLink(side: Side, clause: Clause): ClauseLink | undefined;
  sectionLink(side: Side, section: Section): SectionLink | undefined;
}
