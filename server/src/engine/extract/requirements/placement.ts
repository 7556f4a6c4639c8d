// Where a missing item belongs, and the text that supplies it: the item's clause from the clause
// library (a firm's own first), with its blanks in square brackets, in the part's language (the
// profile's template paragraph when no clause states the item), placed where the profile's usual
// order puts the item (after the last section that usually comes before it), at the level of the
// neighbouring sections; the numbering is fixes/insert-section.ts's (the next free number, or
// none; nothing is renumbered).
import type { PolicyDocument, Section } from '../../model/document.js';
import { headingMatches, type KindVocabulary } from '../kinds.js';
import { isPolicyTitle } from '../policy-title.js';
import type { CompiledProfile, ProfileItem } from '../../profiles/index.js';
import type { FixProposal, Lang, SectionKind, Span, TextEdit } from '../../types.js';
import type { PolicyPart } from './parts.js';
import { BLANKS, DEFAULT_LIBRARY, plainBody, type ClauseLibrary } from '../../clauses/index.js';
import { insertSection, type Numbering } from '../../fixes/insert-section.js';
import { sectionsWithHeadingIn } from '../../model/section-index.js';
import { lexicon, type Lexicon } from '../vocabulary/lexicon.js';

export interface Placement {
  /** The section the new one goes after (or before, when `before`), for "go to where it belongs". */
  anchor: Span | null;
  before: boolean;
  /** Where the new section is inserted. */
  offset: number;
  /** The inserted heading line, as it will read ("## 8. Withdrawal of consent"). */
  headingLine: string | null;
  /** Whether the inserted heading continues its neighbours' numbering (null: nothing to insert). */
  numbering: Numbering | null;
  /** The first blank of the inserted text, as offsets in the edit's text, for the editor to select. */
  blank: Span | null;
  /** The insertion, when the item has a heading to insert (duties have none). */
  edits: TextEdit[];
  lang: Lang;
}

function sectionsIn(doc: PolicyDocument, part: PolicyPart): Section[] {
  return sectionsWithHeadingIn(doc.sections, part.firstBlock, part.endBlock);
}

/** The policy's title in this part: a first heading that names the policy or stands above the rest. */
export function partTitle(doc: PolicyDocument, part: PolicyPart, words: Lexicon = lexicon()): Section | null {
  const sections = sectionsIn(doc, part);
  const first = sections[0];
  if (!first) return null;
  const others = sections.slice(1);
  if (
    isPolicyTitle(first.heading!.text, words) ||
    (first.level === 1 && others.length > 0 && others.every((s) => s.level > 1))
  )
    return first;
  return null;
}

/** The sections one level below the title: the ones a new item stands beside. */
function siblings(doc: PolicyDocument, part: PolicyPart, title: Section | null): Section[] {
  const rest = sectionsIn(doc, part).filter((s) => s !== title);
  if (title && title.children.length > 0) {
    // A set: a policy may have hundreds of headings, and this runs once per missing item.
    const inPart = new Set(rest);
    return title.children.filter((s) => inPart.has(s));
  }
  if (rest.length === 0) return [];
  const level = Math.min(...rest.map((s) => s.level));
  return rest.filter((s) => s.level === level);
}

function orderOf(section: Section, profile: CompiledProfile, vocabulary: KindVocabulary): number | undefined {
  if (!section.heading) return undefined;
  const kinds = headingMatches(section.heading, section.title, vocabulary).map((m) => m.phrase.tag);
  const positions = kinds.map((k) => profile.order.get(k)).filter((n): n is number => n !== undefined);
  return positions.length > 0 ? Math.min(...positions) : undefined;
}

export function placeItem(
  doc: PolicyDocument,
  part: PolicyPart,
  profile: CompiledProfile,
  item: ProfileItem,
  vocabulary: KindVocabulary,
  library: ClauseLibrary = DEFAULT_LIBRARY,
  words: Lexicon = lexicon(),
): Placement {
  const lang: Lang = part.lang ?? doc.language ?? 'en';
  const title = partTitle(doc, part, words);
  const beside = siblings(doc, part, title);
  const target = profile.order.get(item.position as SectionKind) ?? profile.order.size;
  const end = (s: Section): number => Math.min(s.span.end, part.span.end);

  let after: Section | undefined;
  let afterOrder = -1;
  let before: Section | undefined;
  for (const s of beside) {
    const order = orderOf(s, profile, vocabulary);
    if (order === undefined) continue;
    if (order <= target && order >= afterOrder) {
      after = s;
      afterOrder = order;
    } else if (order > target && !before) {
      before = s;
    }
  }
  let offset: number;
  let anchor: Section | undefined;
  if (after) {
    offset = end(after);
    anchor = after;
  } else if (before) {
    offset = before.heading!.start;
    anchor = before;
  } else if (beside.length > 0) {
    anchor = beside[beside.length - 1]!;
    offset = end(anchor);
  } else {
    offset = title ? end(title) : part.span.end;
  }

  const model = anchor ?? beside[0];
  let headingLine: string | null = null;
  let numbering: Numbering | null = null;
  let blank: Span | null = null;
  const edits: TextEdit[] = [];
  const clause = item.heading ? library.forRequirement(`${profile.id}:${item.id}`, lang) : undefined;
  const clauseTitle = clause?.title ?? item.heading?.[lang];
  const text = clause ? plainBody(clause, BLANKS) : item.placeholder?.[lang];
  if (clauseTitle && text) {
    const level = model?.level ?? (title ? Math.min(6, title.level + 1) : 2);
    const inserted = insertSection(doc, { offset, level, implicit: model?.implicit ?? false }, clauseTitle, text);
    ({ headingLine, numbering } = inserted);
    if (inserted.blank) blank = { start: inserted.blank.start - offset, end: inserted.blank.end - offset };
    edits.push(inserted.edit);
  }
  return {
    anchor: anchor?.heading ? { start: anchor.heading.start, end: anchor.heading.end } : null,
    before: anchor !== undefined && anchor === before && !after,
    offset,
    headingLine,
    numbering,
    blank,
    edits,
    lang,
  };
}

/**
 * The suggestion that inserts the item where it belongs, as missing-section offers it and the
 * checklist's "insert" applies it; null when the item has no section to insert (a duty).
 */
export function insertSuggestion(placement: Placement): FixProposal | null {
  if (placement.edits.length === 0) return null;
  return {
    title: {
      id: placement.numbering === 'needs-attention' ? 'missing-section/insert-unnumbered' : 'missing-section/insert',
      data: { heading: placement.headingLine ?? '' },
    },
    edits: placement.edits,
    ...(placement.blank ? { select: placement.blank } : {}),
  };
}
