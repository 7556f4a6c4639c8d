// Lookups over a document's sections, built once per sections array, so that placing an item in
// each of thousands of language versions does not scan every section of the file each time.
import type { Section } from './document.js';
import { partitionPoint } from './search.js';

interface SectionIndex {
  /** Sections with a heading, in document order (so by heading block index and by offset). */
  headed: Section[];
  /** Sections with a heading, grouped by parent, then by level, in document order. */
  byParent: Map<Section | null, Map<number, Section[]>>;
}

const indexes = new WeakMap<readonly Section[], SectionIndex>();

function indexOf(sections: readonly Section[]): SectionIndex {
  let index = indexes.get(sections);
  if (index) return index;
  index = { headed: [], byParent: new Map() };
  for (const s of sections) {
    if (!s.heading) continue;
    index.headed.push(s);
    let levels = index.byParent.get(s.parent);
    if (!levels) index.byParent.set(s.parent, (levels = new Map()));
    const group = levels.get(s.level);
    if (group) group.push(s);
    else levels.set(s.level, [s]);
  }
  indexes.set(sections, index);
  return index;
}

/** The first position in `headed` whose key is not below `key` (binary search). */
function lowerBound(headed: readonly Section[], key: number, keyOf: (s: Section) => number): number {
  return partitionPoint(headed, (s) => keyOf(s) < key);
}

const blockIndex = (s: Section): number => s.heading!.index;
const headingStart = (s: Section): number => s.heading!.start;

/** The sections whose heading is one of the blocks [firstBlock, endBlock), in document order. */
export function sectionsWithHeadingIn(sections: readonly Section[], firstBlock: number, endBlock: number): Section[] {
  const { headed } = indexOf(sections);
  return headed.slice(lowerBound(headed, firstBlock, blockIndex), lowerBound(headed, endBlock, blockIndex));
}

/**
 * The deepest section with a heading above `level` whose heading comes before `offset` and whose
 * text runs to it. Such a section contains the last heading before the offset, so it is that
 * heading's section or one of its ancestors: a walk up from there finds it.
 */
export function enclosingSection(sections: readonly Section[], offset: number, level: number): Section | null {
  const { headed } = indexOf(sections);
  let s: Section | null = headed[lowerBound(headed, offset, headingStart) - 1] ?? null;
  for (; s?.heading; s = s.parent) if (s.level < level && offset <= s.span.end) return s;
  return null;
}

/** The sections with a heading at `level` directly under `parent`, in document order. */
export function childrenAt(sections: readonly Section[], parent: Section | null, level: number): Section[] {
  return [...(indexOf(sections).byParent.get(parent)?.get(level) ?? [])];
}
